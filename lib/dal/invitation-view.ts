import "server-only";
import { isNotFound } from "@/lib/errors";
import { getInvitationByToken } from "./invitations";

/** The invitation behind a link, or null when the link is malformed, used, withdrawn or expired. */
export async function findInvitationForLink(token: unknown) {
  if (typeof token !== "string" || token.length < 10 || token.length > 200) return null;
  try {
    return await getInvitationByToken(token);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
