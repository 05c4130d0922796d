import "server-only";
import type { Viewer } from "@/lib/dal/viewer";

/**
 * The viewer of the current request. Until accounts land every request is anonymous;
 * the data access layer already takes the viewer, so access rules plug in here.
 */
export async function getViewer(): Promise<Viewer> {
  return { kind: "anonymous" };
}
