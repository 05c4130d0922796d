import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { loadUserViewer } from "@/lib/dal/viewers";
import type { Viewer } from "@/lib/policies/viewer";
import { auth } from "./index";

/**
 * The viewer of the current request, from the session cookie and the user's row. Memoized
 * per request: one object, so the data layer's per-request memoization (keyed on it) hits.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return { kind: "anonymous" };
  return (await loadUserViewer(db, id, session.sessionVersion)) ?? { kind: "anonymous" };
});
