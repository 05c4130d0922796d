import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { loadUserSession, type SessionProfile } from "@/lib/dal/viewers";
import type { Viewer } from "@/lib/policies/viewer";
import { auth } from "./index";

/** The session behind the current request, read from the cookie and the user's row once per request. */
const currentSession = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadUserSession(db, id, session.sessionVersion) : null;
});

/**
 * The viewer of the current request. Memoized per request: one object, so the data layer's
 * per-request memoization (keyed on it) hits.
 */
export const getViewer = cache(async (): Promise<Viewer> => (await currentSession())?.viewer ?? { kind: "anonymous" });

/** The signed-in person's name and email for the header; null for visitors. */
export const getSignedInProfile = async (): Promise<SessionProfile | null> => (await currentSession())?.profile ?? null;
