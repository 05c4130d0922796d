// The news of one subscription: documents that became readable to its member since the last
// digest (published, or embargo lifted, whichever is later), that match what they follow, that
// they may read now, and that no earlier digest of this subscription announced. The member's
// own viewer decides, inside the query: a digest is never built from someone else's view.
import { Prisma } from "@/lib/generated/prisma/client";
import { documentsSql } from "@/lib/dal/document-access-sql";
import type { Language } from "@/lib/generated/prisma/enums";
import type { UserViewer } from "@/lib/policies/viewer";
import { searchAccessFilter } from "@/lib/search/access-filter";
import type { SearchEngine } from "@/lib/search/types";
import { parseSearchPageParams } from "@/lib/validation/search";

/**
 * How far back each run looks past the previous one: a document whose publishing transaction
 * committed after that run's snapshot, but with an earlier timestamp, is still found. Nothing is
 * announced twice: the DigestItem key forbids it.
 */
export const DIGEST_GRACE_MS = 10 * 60 * 1000;
/** News considered per digest; a digest lists the first DIGEST_LISTED and counts the rest. */
export const DIGEST_MAX_NEWS = 200;

export interface DigestSubscription {
  id: string;
  kind: "FOCUS_AREA" | "ORGANIZATION" | "TAG" | "SEARCH";
  focusAreaId: string | null;
  organizationId: string | null;
  tag: string | null;
  search: string | null;
  since: Date;
  createdAt: Date;
}

export interface NewsItem {
  id: string;
  slug: string;
  title: string;
  summary: string;
  language: Language;
}

// When a document became readable to those it is shared with.
const becameNews = Prisma.sql`GREATEST(d."publishedAt", coalesce(d."embargoUntil", d."publishedAt"))`;

function targetSql(s: DigestSubscription): Prisma.Sql {
  switch (s.kind) {
    case "FOCUS_AREA":
      return Prisma.sql`EXISTS (SELECT 1 FROM "DocumentFocusArea" f WHERE f."documentId" = d.id AND f."focusAreaId" = ${s.focusAreaId})`;
    case "ORGANIZATION":
      return Prisma.sql`d."organizationId" = ${s.organizationId}`;
    case "TAG":
      return Prisma.sql`${s.tag} = ANY(d.tags)`;
    case "SEARCH":
      // Matched by the search engine afterwards, among these.
      return Prisma.sql`TRUE`;
  }
}

export async function findNews(
  tx: Prisma.TransactionClient, viewer: UserViewer, s: DigestSubscription, now: Date, engine: SearchEngine,
): Promise<NewsItem[]> {
  const from = new Date(Math.max(s.createdAt.getTime(), s.since.getTime() - DIGEST_GRACE_MS));
  const rows = await tx.$queryRaw<NewsItem[]>`
    SELECT d.id, d.slug, d.title, d.summary, d.language::text AS language
    FROM "Document" d
    WHERE d.status = 'PUBLISHED' AND d."publishedAt" IS NOT NULL
      -- The same as becameNews > from, in a form the publishedAt and embargoUntil indexes serve.
      AND (d."publishedAt" > ${from} OR d."embargoUntil" > ${from}) AND ${becameNews} <= ${now}
      AND ${documentsSql(viewer, "view", now)}
      AND ${targetSql(s)}
      AND NOT EXISTS (SELECT 1 FROM "DigestItem" i WHERE i."subscriptionId" = ${s.id} AND i."documentId" = d.id)
    ORDER BY ${becameNews} DESC, d.id
    LIMIT ${DIGEST_MAX_NEWS}`;
  if (s.kind !== "SEARCH" || rows.length === 0) return rows;
  return matchingSearch(viewer, s.search ?? "", rows, engine, now);
}

/** The saved search, run by the configured engine for the member, among the new documents only. */
async function matchingSearch(viewer: UserViewer, search: string, rows: NewsItem[], engine: SearchEngine, now: Date): Promise<NewsItem[]> {
  const request = parseSearchPageParams(new URLSearchParams(search));
  // Verbatim: both engines match the words as saved (a correction would depend on the engine).
  const within = { ...request, verbatim: true, page: 1, pageSize: DIGEST_MAX_NEWS, within: rows.map((row) => row.id) };
  const result = await engine.search(within, searchAccessFilter(viewer, now.getTime()));
  const found = new Set(result.hits.map((hit) => hit.id));
  return rows.filter((row) => found.has(row.id));
}
