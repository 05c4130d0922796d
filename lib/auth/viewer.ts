import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/dal/viewer";

/**
 * The viewer of the current request. Until accounts land every request is anonymous;
 * the data access layer already takes the viewer, so access rules plug in here.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  // One object per request, so the data layer's per-request memoization (keyed on it) hits.
  return { kind: "anonymous" };
});
