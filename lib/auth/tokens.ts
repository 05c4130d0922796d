// Single-use tokens for links sent by email (verify an address, reset a password). Only a
// SHA-256 of the token is stored, so a leaked database cannot be turned into working links.
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/lib/db/client";

export type TokenPurpose = "verify-email" | "reset-password";

export const tokenLifetimeMs: Record<TokenPurpose, number> = {
  "verify-email": 24 * 60 * 60 * 1000,
  "reset-password": 60 * 60 * 1000,
};

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const newToken = () => randomBytes(32).toString("base64url");
const identifier = (purpose: TokenPurpose, email: string) => `${purpose}:${email}`;

/** Issues a token for `email`, replacing any earlier one for the same purpose. */
export async function issueToken(db: Database, purpose: TokenPurpose, email: string): Promise<{ token: string; expires: Date }> {
  const token = newToken();
  const expires = new Date(Date.now() + tokenLifetimeMs[purpose]);
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { identifier: identifier(purpose, email) } }),
    db.verificationToken.create({ data: { identifier: identifier(purpose, email), token: hashToken(token), expires } }),
  ]);
  return { token, expires };
}

/** Uses up a token: true only once, and only before it expires. */
export async function consumeToken(db: Database, purpose: TokenPurpose, email: string, token: string): Promise<boolean> {
  const { count } = await db.verificationToken.deleteMany({
    where: { identifier: identifier(purpose, email), token: hashToken(token), expires: { gt: new Date() } },
  });
  return count === 1;
}

/** Whether a token would be accepted, without using it (to show the form it unlocks). */
export async function isTokenValid(db: Database, purpose: TokenPurpose, email: string, token: string): Promise<boolean> {
  const row = await db.verificationToken.findFirst({
    where: { identifier: identifier(purpose, email), token: hashToken(token), expires: { gt: new Date() } },
    select: { expires: true },
  });
  return row !== null;
}
