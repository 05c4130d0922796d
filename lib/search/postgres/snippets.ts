// Snippets for a page of hits. The index stores each document's text as plain text (the body's
// Markdown stripped at index time, no author names: ../document-builder.ts), and PostgreSQL's
// ts_headline picks the excerpts and marks the matches with control characters. It is asked to
// mark only the query's content words: a function word of either language is not a match worth
// showing, even where the other language's analysis keeps it. ../snippet-text.ts cuts the
// excerpts between words, adds "…" and escapes the text before adding <mark>.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedQuery } from "../query-parser";
import { excerptBounds, leadSnippet, snippetHtml, toSegments, type Marks } from "../snippet-text";
import { buildTsquery, inLanguage, matchesIn, type Analysed } from "./tsquery";

type Db = Prisma.TransactionClient;

export const MARKS: Marks = { start: "\u0001", stop: "\u0002" };
export const DELIMITER = "\u0003";
/** The document's own language decides how its text is analysed for highlighting. */
const language = Prisma.sql`CASE WHEN e.language = 'es' THEN 'puente_es'::regconfig ELSE 'puente_en'::regconfig END`;
const OPTIONS = `StartSel=${MARKS.start}, StopSel=${MARKS.stop}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=${DELIMITER}`;
/** How much of a text's start and end is read to tell whether an excerpt is cut there. */
export const EDGE = 600;

export interface Snippets {
  document: Map<string, string>;
  attachment: Map<string, { id: string; fileName: string; page: number; snippet: string }>;
}

/** What ts_headline highlights: the query's words and phrases (never its function words: see queryClauses), not its exclusions. */
export function highlightQuery(query: ParsedQuery): Analysed | null {
  return buildTsquery({ ...query, exclusions: [] });
}

export interface Excerpted {
  headline: string | null;
  head: string;
  tail: string;
  more: boolean;
}

/** The snippet for one text: its highlighted excerpts, or its beginning when nothing in it is highlighted. */
export function toSnippet({ headline, head, tail, more }: Excerpted): string {
  const excerpts = (headline ?? "").split(DELIMITER).map((text) => ({ segments: toSegments(text, MARKS), ...excerptBounds(text.replace(/[\u0001\u0002]/g, ""), head, tail) }));
  if (!excerpts.some((e) => e.segments.some((s) => s.marked))) return leadSnippet(head, more);
  return snippetHtml(excerpts);
}

const edges = (column: Prisma.Sql) => Prisma.sql`left(${column}, ${EDGE}) AS head, right(${column}, ${EDGE}) AS tail, length(${column}) > ${EDGE} AS more`;

/** `matching` decides which attachment page is shown; `highlight` what is marked in it. */
export async function makeSnippets(db: Db, ids: string[], matching: Analysed | null, query: ParsedQuery | null): Promise<Snippets> {
  const out: Snippets = { document: new Map(), attachment: new Map() };
  if (ids.length === 0) return out;
  const analysed = query && highlightQuery(query);
  const highlight = analysed ? inLanguage(Prisma.sql`e.language`, analysed) : Prisma.sql`NULL::tsquery`;
  const docs = await db.$queryRaw<(Excerpted & { documentId: string })[]>`
    SELECT e."documentId", ts_headline(${language}, e.content, ${highlight}, ${OPTIONS}) AS headline, ${edges(Prisma.sql`e.content`)}
    FROM "SearchEntry" e WHERE e."documentId" = ANY(${ids}::text[])`;
  for (const row of docs) out.document.set(row.documentId, toSnippet(row));
  if (!matching) return out;
  const chunks = await db.$queryRaw<(Excerpted & { documentId: string; attachmentId: string; fileName: string; page: number })[]>`
    SELECT DISTINCT ON (c."documentId") c."documentId", c."attachmentId", c."fileName", c.page,
      ts_headline(${language}, c.text, ${highlight}, ${OPTIONS}) AS headline, ${edges(Prisma.sql`c.text`)}
    FROM "SearchChunk" c JOIN "SearchEntry" e ON e."documentId" = c."documentId"
    WHERE c."documentId" = ANY(${ids}::text[]) AND ${matchesIn(Prisma.sql`c.tsv`, Prisma.sql`c.language`, matching)}
    ORDER BY c."documentId", ts_rank(c.tsv, ${inLanguage(Prisma.sql`c.language`, matching)}, 1) DESC, c.page`;
  for (const c of chunks) out.attachment.set(c.documentId, { id: c.attachmentId, fileName: c.fileName, page: c.page, snippet: toSnippet(c) });
  return out;
}
