// A document body's Markdown as plain text, for the search index: what snippets are cut from
// (and what Meilisearch indexes as the body). It is not a renderer: it drops the syntax people
// actually write (headings, emphasis, lists, quotes, tables, links, images, code fences, HTML
// tags) and keeps the words, one block per line. Rendering runs on workers with a time limit
// because the parser can take quadratic time (lib/markdown/render.ts); this runs inline while
// indexing, so it is line by line with bounded quantifiers only: linear in the body's length.

const MAX_LINK_TEXT = 200;
const MAX_URL = 500;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

// Inline syntax, each pattern without nested or unbounded quantifiers. Link text and addresses
// stop at the next bracket (or "<"), so a run of openers costs one step each, not a scan each.
const TEXT = `[^\\[\\]\\n]{0,${MAX_LINK_TEXT}}`;
const ADDRESS = `[^()\\[\\]\\s]{0,${MAX_URL}}(?:\\s+"[^"\\n]{0,${MAX_LINK_TEXT}}")?`;
const IMAGE = new RegExp(`!\\[(${TEXT})\\]\\(${ADDRESS}\\)`, "g");
const LINK = new RegExp(`\\[(${TEXT})\\](?:\\(${ADDRESS}\\)|\\[${TEXT}\\])`, "g");
const AUTOLINK = new RegExp(`<((?:https?|mailto):[^<>\\s]{1,${MAX_URL}})>`, "g");
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?\/?>/g;
const FOOTNOTE_REF = /\[\^[^\]\s]{1,50}\]/g;
const STRONG = /\*\*|__|~~/g;
// A lone * or _ is emphasis when it opens before a word or closes after one; an underscore
// inside a word (snake_case) or a star between spaces ("2 * 3") is text.
const STAR = /(?<=^|[\s\p{P}])\*(?=[^\s*])|(?<=[^\s*])\*(?=$|[\s\p{P}])/gu;
const UNDERSCORE = /(?<![\p{L}\p{N}_])_(?=[^\s_])|(?<=[^\s_])_(?![\p{L}\p{N}_])/gu;
const CODE_TICKS = /`+/g;
// A backslash-escaped character is text: it is set aside (as a private-use character) while
// the syntax is removed, and put back at the end.
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const SET_ASIDE = /[\uE100-\uE17F]/g;
const ENTITY = /&(amp|lt|gt|quot|#39|apos|nbsp);/g;

// Block syntax, matched at the start (or the whole) of a line.
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const QUOTE_MARKERS = /^(?:\s{0,3}>)+\s?/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/;
const CLOSING_HASHES = /[ \t]{1,20}#{1,20}[ \t]{0,20}$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$/;
const TABLE_DELIMITER = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]\n]{1,300}\]:\s+\S/;

function inlineText(line: string): string {
  return line
    .replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe100 + c.charCodeAt(0)))
    .replace(IMAGE, "$1")
    .replace(LINK, "$1")
    .replace(AUTOLINK, "$1")
    .replace(HTML_TAG, " ")
    .replace(FOOTNOTE_REF, "")
    .replace(STRONG, "")
    .replace(STAR, "")
    .replace(UNDERSCORE, "")
    .replace(CODE_TICKS, "")
    .replace(SET_ASIDE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe100))
    .replace(ENTITY, (_, name: string) => ENTITIES[name]!)
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** A table row's cells, pipes removed (an escaped pipe stays text). */
function tableCells(line: string): string {
  const cells = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "").split(/(?<!\\)\|/);
  return cells.map((cell) => inlineText(cell.replace(/\\\|/g, "|"))).filter(Boolean).join(", ");
}

/** One line of prose: the block markers in front of it removed, then its inline syntax. */
function blockText(raw: string): string {
  const line = raw.replace(QUOTE_MARKERS, "");
  if (RULE.test(line) || TABLE_DELIMITER.test(line) || REFERENCE_DEFINITION.test(line)) return "";
  if (HEADING.test(line)) return inlineText(line.replace(HEADING, "").replace(CLOSING_HASHES, ""));
  if (/^\s*\|/.test(line) || (line.includes("|") && /\|\s*$/.test(line))) return tableCells(line);
  return inlineText(line.replace(LIST_MARKER, ""));
}

/**
 * The body's words without Markdown syntax: one line per block (paragraph lines are joined),
 * code blocks kept as their text without fences.
 */
export function markdownToText(source: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (paragraph.length > 0) out.push(paragraph.join(" "));
    paragraph = [];
  };
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const opened = FENCE.exec(raw.replace(QUOTE_MARKERS, ""));
    if (opened && (fence === null || opened[1]!.startsWith(fence))) {
      flush();
      fence = fence === null ? opened[1]![0]!.repeat(3) : null;
      continue;
    }
    if (fence !== null) {
      if (raw.trim()) out.push(raw.trim());
      continue;
    }
    const text = blockText(raw);
    // Headings, list items and table rows are blocks of their own; other lines continue a paragraph.
    if (!text) flush();
    else if (HEADING.test(raw) || LIST_MARKER.test(raw.replace(QUOTE_MARKERS, "")) || raw.includes("|")) {
      flush();
      out.push(text);
    } else paragraph.push(text);
  }
  flush();
  return out.join("\n");
}
