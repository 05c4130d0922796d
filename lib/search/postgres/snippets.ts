// Highlighted snippets for a page of hits. PostgreSQL marks the matches with control
// characters; the text is HTML-escaped first and only then are the marks turned into <mark>,
// so nothing from a document can become markup.
import { Prisma } from "@/lib/generated/prisma/client";
import { escapeHtml } from "@/lib/mail/templates/escape-html";

type Db = Prisma.TransactionClient;

const START = "\u0001";
const STOP = "\u0002";
/** The document's own language decides how its text is analysed for highlighting. */
const language = Prisma.sql`CASE WHEN e.language = 'es' THEN 'puente_es'::regconfig ELSE 'puente_en'::regconfig END`;
const OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "`;

export function markHighlights(text: string): string {
  return escapeHtml(text).replaceAll(START, "<mark>").replaceAll(STOP, "</mark>");
}

export interface Snippets {
  document: Map<string, string>;
  attachment: Map<string, { id: string; fileName: string; page: number; snippet: string }>;
}

export async function makeSnippets(db: Db, ids: string[], tsquery: Prisma.Sql | null): Promise<Snippets> {
  const out: Snippets = { document: new Map(), attachment: new Map() };
  if (ids.length === 0) return out;
  const query = tsquery ?? Prisma.sql`NULL::tsquery`;
  const docs = await db.$queryRaw<{ documentId: string; snippet: string }[]>`
    SELECT e."documentId", CASE WHEN ${query} IS NULL THEN left(e.content, 240)
      ELSE ts_headline(${language}, e.content, ${query}, ${OPTIONS}) END AS snippet
    FROM "SearchEntry" e WHERE e."documentId" = ANY(${ids}::text[])`;
  for (const row of docs) out.document.set(row.documentId, markHighlights(row.snippet));
  if (!tsquery) return out;
  const chunks = await db.$queryRaw<{ documentId: string; attachmentId: string; fileName: string; page: number; snippet: string }[]>`
    SELECT DISTINCT ON (c."documentId") c."documentId", c."attachmentId", c."fileName", c.page,
      ts_headline(${language}, c.text, ${tsquery}, ${OPTIONS}) AS snippet
    FROM "SearchChunk" c JOIN "SearchEntry" e ON e."documentId" = c."documentId"
    WHERE c."documentId" = ANY(${ids}::text[]) AND c.tsv @@ ${tsquery}
    ORDER BY c."documentId", ts_rank(c.tsv, ${tsquery}, 1) DESC, c.page`;
  for (const c of chunks) out.attachment.set(c.documentId, { id: c.attachmentId, fileName: c.fileName, page: c.page, snippet: markHighlights(c.snippet) });
  return out;
}
