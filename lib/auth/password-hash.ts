// Password hashing: argon2id with the library's defaults (19 MiB, 2 passes), OWASP's baseline.
import { hash, verify } from "@node-rs/argon2";

export const hashPassword = (password: string) => hash(password);

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a stored hash (unknown email, or an account
 * that never set a password) it still spends the same time on a throwaway hash, so response
 * times do not tell which emails have accounts.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash("puente-timing-equalizer");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
