import { COMMON_PASSWORDS_TEXT } from "./common-passwords";

/**
 * Password policy for sign-up, reset and change, after NIST SP 800-63B: a length floor, a
 * blocklist of passwords attackers try first, and no composition rules (they push people to
 * "Password1!", which the blocklist catches anyway).
 */

export const MIN_PASSWORD_LENGTH = 12;
// High enough for any passphrase or manager-generated secret, low enough that hashing a
// hostile request's password stays cheap.
export const MAX_PASSWORD_LENGTH = 128;

export const PASSWORD_PROBLEMS = ["too_short", "too_long", "repetitive", "contains_email", "contains_name", "common"] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

// Shorter personal fragments ("ana", "li") occur by chance in good passwords.
const MIN_PERSONAL_FRAGMENT = 4;
// A short common base ("sex", "1234") followed by many digits is not what people type;
// flagging it would reject random strings for no gain.
const MIN_COMMON_BASE = 4;
const MIN_DISTINCT_CHARACTERS = 4;

// Trailing decoration people add to satisfy old rules: "Password123!", "qwerty 2024".
const DECORATION = /^[\p{N}\p{P}\p{S}\s]*$/u;

let commonPasswords: Set<string> | undefined;

/** The blocklist, built on first use so modules importing the schema pay nothing until then. */
export function getCommonPasswords(): ReadonlySet<string> {
  commonPasswords ??= new Set(COMMON_PASSWORDS_TEXT.split("\n").filter((line) => line !== ""));
  return commonPasswords;
}

/**
 * Length in code points, so "contraseña" is 10 whichever way the browser composed the ñ; UTF-16
 * units or bytes would let a short non-Latin password pass and reject a long one.
 */
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

/** The first problem found, most fundamental first so the user fixes one thing at a time. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordProblem | null {
  // Each code point takes one or two UTF-16 units: past this, the password is too long for sure,
  // and a megabyte-long request body is rejected before any per-character work.
  if (password.length > MAX_PASSWORD_LENGTH * 2) return "too_long";
  const length = passwordLength(password);
  if (length < MIN_PASSWORD_LENGTH) return "too_short";
  if (length > MAX_PASSWORD_LENGTH) return "too_long";

  const lower = password.normalize("NFC").toLowerCase();
  if (new Set(lower).size < MIN_DISTINCT_CHARACTERS) return "repetitive";
  const folded = fold(password);
  if (emailFragments(context.email).some((fragment) => folded.includes(fragment))) return "contains_email";
  if (nameFragments(context.name).some((fragment) => folded.includes(fragment))) return "contains_name";
  if (isCommonPassword(lower)) return "common";
  return null;
}

/**
 * Whether the password is on the list, case-insensitively, including the variants people make of
 * listed ones: a listed base followed by digits or symbols ("Password123!") and a listed entry
 * typed several times ("qwertyqwerty"), or both ("qwertyqwerty1").
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFC").toLowerCase();
  if (isCommonOrRepeated(lower)) return true;
  // Every split point, not only the longest suffix: "1234567890" + "12" is a listed base whose
  // suffix is digits too, which stripping all trailing digits would miss.
  // A suffix that is not all decoration only grows worse as the split moves left, so stop there.
  for (let end = lower.length - 1; end >= MIN_COMMON_BASE && DECORATION.test(lower.slice(end)); end--) {
    if (isCommonOrRepeated(lower.slice(0, end))) return true;
  }
  return false;
}

function isCommonOrRepeated(candidate: string): boolean {
  const list = getCommonPasswords();
  if (list.has(candidate)) return true;
  for (let unit = 1; unit <= candidate.length / 2; unit++) {
    if (candidate.length % unit !== 0) continue;
    const base = candidate.slice(0, unit);
    if (list.has(base) && base.repeat(candidate.length / unit) === candidate) return true;
  }
  return false;
}

function emailFragments(email: string | null | undefined): string[] {
  const at = email?.lastIndexOf("@") ?? -1;
  if (!email || at <= 0) return [];
  const local = fold(email.slice(0, at));
  // "ana.gomez+puente@…" identifies the person as "ana.gomez" too.
  const untagged = local.split("+")[0] ?? local;
  return [...new Set([local, untagged])].filter((part) => passwordLength(part) >= MIN_PERSONAL_FRAGMENT);
}

function nameFragments(name: string | null | undefined): string[] {
  if (!name) return [];
  const words = fold(name).split(/[^\p{L}\p{N}]+/u);
  return words.filter((word) => passwordLength(word) >= MIN_PERSONAL_FRAGMENT);
}

// Personal details are compared without accents or case: "Gómez" is as guessable as "gomez".
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
