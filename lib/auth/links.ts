import "server-only";
import { db } from "@/lib/db";
import { isTokenValid } from "./tokens";

/** Whether a password-reset link can still be used (checked before showing its form). */
export const isResetLinkValid = (link: { email: string; token: string }) => isTokenValid(db, "reset-password", link.email, link.token);
