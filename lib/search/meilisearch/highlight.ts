// Snippets are HTML whose text is escaped and whose matches are wrapped in <mark>. Meilisearch
// inserts its highlight tags into the raw text without escaping it, so asking it for "<mark>"
// would mix its tags with the document's own "<": instead it marks matches with two private-use
// characters (stripped from indexed text by record.ts), the whole string is escaped, and only
// then are the placeholder pairs turned into <mark> elements. A third one marks where a text
// was cropped, so snippets can say so with "…" (../snippet-text.ts).

export const PRE = "\uE000";
export const POST = "\uE001";
/** Where Meilisearch cropped a text (its crop marker). */
export const CROP = "\uE002";

const placeholders = /[\uE000-\uE002]/g;
const markedPair = /\uE000([^\uE000\uE001]*)\uE001/g;
const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c]!);
}

/** Removes the placeholder characters, so indexed text can never fake a highlight. */
export function stripPlaceholders(text: string): string {
  return text.replace(placeholders, "");
}

/** Escaped HTML with <mark> around matches; a stray placeholder is dropped, never emitted. */
export function toMarkedHtml(formatted: string): string {
  return escapeHtml(formatted).replace(markedPair, "<mark>$1</mark>").replace(placeholders, "");
}

export function hasHighlight(formatted: string): boolean {
  return formatted.includes(PRE);
}

/** The highlighted fragments, as Meilisearch matched them (a prefix match marks only the prefix). */
export function highlightedFragments(formatted: string): string[] {
  return [...formatted.matchAll(markedPair)].map((m) => m[1]!).filter(Boolean);
}

const wordChar = /[\p{L}\p{N}\p{M}]/u;

/**
 * The whole words in which highlights start. A prefix match, including a typo-tolerant one on
 * the last query word, marks only as many letters as were typed ("<securit>y" for "securty").
 */
export function highlightedWords(formatted: string): string[] {
  let plain = "";
  const starts: number[] = [];
  for (const char of formatted) {
    if (char === PRE) starts.push(plain.length);
    else if (char !== POST) plain += char;
  }
  return starts.flatMap((start) => {
    let end = start;
    while (end < plain.length && wordChar.test(plain[end]!)) end++;
    return end > start ? [plain.slice(start, end)] : [];
  });
}

/**
 * The strings of a _formatted value: a string, an array of them (array attributes), or an
 * object of either per language (localized text, record.ts: `{ en: "…" }`), in order.
 */
export function formattedStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(formattedStrings);
  return [];
}

/** Lowercase without accents: how Meilisearch compares words, and how we compare them to it. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
