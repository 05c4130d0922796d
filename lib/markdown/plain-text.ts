// What a body looks like when it could not be formatted: its text, escaped, in paragraphs
// (blank lines) and lines, so it stays readable and can never carry markup. Hostile bodies
// are often one enormous "word": browsers lay such a run out very slowly (a 200 KB one kept
// Chromium busy for over a minute), so long runs get a line-break opportunity (<wbr>) every
// WORD_CHUNK characters.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const WORD_CHUNK = 64;
const LONG_RUN = new RegExp(`(\\S{${WORD_CHUNK + 1},})`, "u");
const CHUNK = new RegExp(`\\S{1,${WORD_CHUNK}}`, "gu");

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function lineHtml(line: string): string {
  // split() with a capturing group: the long runs are at the odd indexes.
  return line
    .split(LONG_RUN)
    .map((part, index) => (index % 2 === 1 ? part.match(CHUNK)!.map(escapeHtml).join("<wbr>") : escapeHtml(part)))
    .join("");
}

export function plainTextHtml(source: string): string {
  return source
    .replace(/\r\n?/g, "\n")
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split("\n").map(lineHtml).join("<br>\n")}</p>`)
    .join("\n");
}
