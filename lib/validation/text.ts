// The text primitives every schema builds on, so each field refuses (or, for queries, cleans)
// the same characters: C0 and C1 control characters (NUL reaches PostgreSQL as error 22021),
// lone UTF-16 surrogates (not text at all), and the bidi embedding, override and isolate
// characters U+202A–U+202E and U+2066–U+2069, which make a stored title or excerpt display
// reversed. Stored fields REFUSE them with a field error, so nothing is saved other than what
// the person sees; search queries CLEAN them, since a query is never stored and "no results"
// for an invisible character would help nobody. Messages are catalog keys under Errors.
//
// Adopting them in a new schema:
//   name: singleLine({ max: 100, required: "name_required" }),
//   note: optional(longText({ max: 2000 })),
//   q:    searchText(200),
import { z } from "zod";

export const textCodes = {
  invalidCharacters: "text_invalid_characters",
  tooLong: "text_too_long",
  required: "value_required",
  invalid: "value_invalid",
} as const;

// C0 controls except TAB, LF and CR; DEL and C1; the bidi embeddings, overrides and isolates.
const controls = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F";
const bidi = "\\u202A-\\u202E\\u2066-\\u2069";
// With the u flag, \p{Cs} matches only surrogates that are not half of a pair.
const forbidden = new RegExp(`[${controls}${bidi}]|\\p{Cs}`, "u");
const forbiddenGlobal = new RegExp(forbidden.source, "gu");

/** True when `value` holds a character no stored text may hold (TAB, LF and CR are allowed). */
export function hasForbiddenCharacters(value: string): boolean {
  return forbidden.test(value);
}

/** `value` without the characters no stored text may hold (nothing else changes). */
export function stripForbiddenCharacters(value: string): string {
  return value.replace(forbiddenGlobal, "");
}

/** For queries: forbidden characters removed, whitespace runs made one space, trimmed. */
export function cleanSearchText(value: string): string {
  return stripForbiddenCharacters(value).replace(/\s+/g, " ").trim();
}

interface TextOptions {
  max: number;
  /** At least this many characters (after trimming); 0 (the default) allows an empty string. */
  min?: number;
  /** Message keys for the length checks. */
  required?: string;
  tooLong?: string;
}

const refuseForbidden = <T extends z.ZodString>(schema: T) =>
  schema.refine((value) => !hasForbiddenCharacters(value), { message: textCodes.invalidCharacters, abort: true });

/**
 * One line of text (titles, names, labels): tabs and line breaks become a space (a pasted
 * line is what the person meant), the value is trimmed, anything else invisible is refused.
 */
export function singleLine({ max, min = 0, required = textCodes.required, tooLong = textCodes.tooLong }: TextOptions) {
  const base = z.string({ error: textCodes.invalid }).overwrite((value) => value.replace(/[\t\n\r]+/g, " ")).trim();
  return refuseForbidden(base).min(min, required).max(max, tooLong);
}

/** Paragraphs (summaries, bodies, comments): tabs and line breaks are kept. */
export function longText({ max, min = 0, required = textCodes.required, tooLong = textCodes.tooLong, trim = true }: TextOptions & { trim?: boolean }) {
  const base = z.string({ error: textCodes.invalid });
  return refuseForbidden(trim ? base.trim() : base).min(min, required).max(max, tooLong);
}

/**
 * Text with its own format (DOIs, URLs) gets the same refusal in front of its format check,
 * so a bidi override inside a URL is reported as such.
 */
export function plainText(schema: z.ZodString = z.string({ error: textCodes.invalid })) {
  return refuseForbidden(schema);
}

/** A search query: cleaned rather than refused, then bounded (strict: an error; lenient: cut). */
export function searchText(max: number, { strict }: { strict: boolean }) {
  const cleaned = z.string({ error: textCodes.invalid }).overwrite(cleanSearchText);
  return strict ? cleaned.max(max, textCodes.tooLong) : cleaned.overwrite((value) => value.slice(0, max).trim());
}

/** A blank form field means "not given". */
export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** An optional field: blank or absent is undefined, anything else must pass `schema`. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional());
}

/**
 * Database identifiers (cuid) in forms, URLs and API paths: only these characters, so a NUL or
 * a stray quote answers "not found" instead of reaching a query.
 */
export const idSchema = z.string({ error: textCodes.invalid }).trim().regex(/^[A-Za-z0-9_-]{1,50}$/, textCodes.invalid);

/** Tokens of emailed links (base64url). */
export const tokenSchema = z.string({ error: "link_invalid" }).regex(/^[A-Za-z0-9_-]{10,200}$/, "link_invalid");
