// The first administrator of a production installation, which never seeds the demo accounts:
// the person signs up and verifies their address like anyone, then whoever runs the server
// grants them the role from a shell (npm run admin:grant). Only a verified, active account
// qualifies, so a typo cannot hand the role to an address nobody controls.
import { z } from "zod";
import type { Database } from "../db/client";
import { emailSchema } from "../validation/auth";

export const grantAdminInput = z.object({ email: emailSchema });

export type GrantAdminResult = { outcome: "granted" | "already_admin"; userId: string };

/** A refusal that names what to do instead (typed, never matched by message). */
export class GrantAdminError extends Error {
  constructor(
    readonly code: "invalid_email" | "no_such_account" | "not_verified" | "inactive",
    message: string,
  ) {
    super(message);
  }
}

export async function grantAdmin(db: Database, input: unknown): Promise<GrantAdminResult> {
  const parsed = grantAdminInput.safeParse(input);
  if (!parsed.success) throw new GrantAdminError("invalid_email", "that is not an email address");
  const { email } = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, emailVerified: true, active: true } });
    if (!user) throw new GrantAdminError("no_such_account", `no account has the address ${email}: sign up with it first, then run this again`);
    if (!user.emailVerified) throw new GrantAdminError("not_verified", `${email} has not confirmed its address yet: open the link in the confirmation email first`);
    if (!user.active) throw new GrantAdminError("inactive", `${email} is deactivated`);
    if (user.role === "ADMIN") return { outcome: "already_admin", userId: user.id };
    await tx.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
    return { outcome: "granted", userId: user.id };
  });
}
