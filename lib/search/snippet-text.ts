// The snippet a result shows, made from an engine's highlighted excerpts (both engines): plain
// text on one line, at most SNIPPET_MAX_CHARS long, cut between words, with "…" wherever the
// text goes on before or after it, and only content words marked. Engines mark matches with
// two private characters; the text is HTML-escaped before the only markup, our own <mark>
// elements, is added, so nothing from a document can become markup.
import { escapeHtml } from "@/lib/mail/templates/escape-html";
import { isFunctionWord } from "./function-words";

export const ELLIPSIS = "…";
/** About two lines of a result card. */
export const SNIPPET_MAX_CHARS = 240;

export interface Marks {
  start: string;
  stop: string;
}

export interface Segment {
  text: string;
  marked: boolean;
}

/** One excerpt of the text, and whether the text goes on before and after it. */
export interface Excerpt {
  segments: Segment[];
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The excerpt's runs of marked and unmarked text, whitespace collapsed. A marked function
 * word ("de" matched through the English analysis of a Spanish text) is not marked.
 */
export function toSegments(text: string, marks: Marks): Segment[] {
  const out: Segment[] = [];
  const add = (part: string, marked: boolean) => {
    if (!part) return;
    const words = part.replace(/\s+/g, " ");
    const keep = marked && /[\p{L}\p{N}]/u.test(words) && !isFunctionWord(words.trim());
    const last = out.at(-1);
    if (last && last.marked === keep) last.text += words;
    else out.push({ text: words, marked: keep });
  };
  let marked = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== marks.start && text[i] !== marks.stop) continue;
    add(text.slice(from, i), marked);
    marked = text[i] === marks.start;
    from = i + 1;
  }
  add(text.slice(from), marked);
  return out;
}

const plainOf = (segments: Segment[]) => segments.map((s) => s.text).join("");

/** Where to cut text longer than `max`: after the last whole word that fits, else inside a word too long for any line. */
function cutIndex(text: string, max: number): number {
  const space = text.lastIndexOf(" ", max);
  if (space > 0) return space;
  // One word longer than the whole snippet: cut it, but never between a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** The segments shortened to at most `max` characters (trimmed), and whether anything was cut. */
export function limitLength(segments: Segment[], max: number): { segments: Segment[]; cut: boolean } {
  const text = plainOf(segments).trimEnd();
  if (text.length <= max) return { segments, cut: false };
  let left = cutIndex(text, max);
  const out: Segment[] = [];
  for (const segment of segments) {
    if (left <= 0) break;
    out.push({ text: segment.text.slice(0, left), marked: segment.marked });
    left -= segment.text.length;
  }
  return { segments: out, cut: true };
}

function segmentsHtml(segments: Segment[]): string {
  return segments.map((s) => (s.marked ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join("").trim();
}

/** The excerpts as one snippet of escaped HTML; each gets an equal share of the length. */
export function snippetHtml(excerpts: Excerpt[], max: number = SNIPPET_MAX_CHARS): string {
  const shown = excerpts.filter((e) => plainOf(e.segments).trim() !== "");
  const share = Math.floor(max / Math.max(1, shown.length));
  let html = "";
  shown.forEach((excerpt, i) => {
    const trimmed = trimSegments(excerpt.segments);
    const { segments, cut } = limitLength(trimmed, share);
    if (i > 0) html += ` ${ELLIPSIS} `;
    else if (excerpt.cutBefore) html += `${ELLIPSIS} `;
    html += segmentsHtml(segments);
    if (i === shown.length - 1 && (cut || excerpt.cutAfter)) html += ` ${ELLIPSIS}`;
  });
  return html;
}

function trimSegments(segments: Segment[]): Segment[] {
  const out = segments.map((s) => ({ ...s }));
  if (out[0]) out[0].text = out[0].text.trimStart();
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.trimEnd();
  return out.filter((s) => s.text !== "");
}

/** The beginning of a text as a snippet (nothing to highlight): cut between words, "…" when it goes on (`more`). */
export function leadSnippet(text: string, more: boolean, max: number = SNIPPET_MAX_CHARS): string {
  const segments = [{ text: text.replace(/\s+/g, " "), marked: false }];
  return snippetHtml([{ segments, cutBefore: false, cutAfter: more }], max);
}

/** Whitespace collapsed, and without what surrounds the first and last word (an excerpt runs from word to word). */
const normalized = (text: string) => text.replace(/\s+/g, " ").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

/**
 * Whether an excerpt is where the text starts or ends, given the text's first and last few
 * hundred characters: whichever of the two is shorter is a prefix (or suffix) of the other.
 * Punctuation before the first word or after the last is not more text: "… estuary." does not
 * go on after "estuary".
 */
export function excerptBounds(excerpt: string, head: string, tail: string): { cutBefore: boolean; cutAfter: boolean } {
  const text = normalized(excerpt);
  const [start, end] = [normalized(head), normalized(tail)];
  const atStart = text.length <= start.length ? start.startsWith(text) : text.startsWith(start);
  const atEnd = text.length <= end.length ? end.endsWith(text) : text.endsWith(end);
  return { cutBefore: !atStart, cutAfter: !atEnd };
}
