// npm run search:bench-corrections -- --collection DIR [--queries FILE] [--db embedded|postgres] [--rounds 3]
// Times the "did you mean" statement alone (lib/search/postgres/corrections.ts) on a relevance
// collection. The documents are spread over access classes (public, members-only and
// organization-only; 8 organizations, 40 contributors) so that the permission filter has
// something to exclude, and each query is corrected as a visitor and as a member of one
// organization. It also times, for the visitor, words that only unreadable documents hold,
// then indexes the readable documents alone and times the same words again: the answers must
// be the same, and so should the time. Prints one JSON line with p50/p95 per case and the machine's load.
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { searchAccessFilter } from "../../lib/search/access-filter";
import type { Filter } from "../../lib/search/filter";
import { matchesFilter } from "../../lib/search/filter";
import { findCorrections } from "../../lib/search/postgres/corrections";
import { foldWord, parseQuery } from "../../lib/search/query-parser";
import type { SearchDocument } from "../../lib/search/types";
import { inBatches, openHarness, parseArgs, pick, runMain, type Harness } from "./harness";
import { percentile, round } from "./metrics";

const VISIBILITIES = ["PUBLIC", "PUBLIC", "MEMBERS", "ORGANIZATION"] as const;

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function toSearchDocument(d: { id: string; title?: string; text?: string }, i: number, language: "en" | "es"): SearchDocument {
  return {
    id: d.id, slug: `doc-${d.id}`, title: d.title ?? "", summary: "", body: d.text ?? "", bodyText: d.text ?? "", details: "", credits: "", tags: [], focusAreas: [],
    organization: null, countries: [], sectors: [], type: "RESEARCH", language, year: null, date: 0, visibility: VISIBILITIES[i % 4]!,
    organizationId: `org-${i % 8}`, contributorId: `user-${i % 40}`, embargoUntil: null, chunks: [],
  };
}

const visitor = searchAccessFilter({ kind: "anonymous" });
const member = searchAccessFilter({
  kind: "user", id: "user-1", role: "MEMBER", verified: true, organizationIds: ["org-1"], adminOrganizationIds: [], reviewerFocusAreaIds: [],
});

const readableByVisitor = (doc: SearchDocument) =>
  matchesFilter(visitor, { visibility: doc.visibility, embargoUntil: doc.embargoUntil, organizationId: doc.organizationId, contributorId: doc.contributorId });

/** Words of 5+ letters that only documents the visitor cannot read hold. */
function hiddenWords(docs: SearchDocument[], limit: number): string[] {
  const readable = new Set<string>();
  const unreadable = new Set<string>();
  for (const doc of docs) {
    for (const word of foldWord(`${doc.title} ${doc.body}`).match(/\p{L}{5,}/gu) ?? []) (readableByVisitor(doc) ? readable : unreadable).add(word);
  }
  return [...unreadable].filter((w) => !readable.has(w)).slice(0, limit);
}

interface Timing {
  ms: number[];
  corrected: number;
  answers: string;
}

async function time(harness: Harness, queries: string[], access: Filter, rounds: number): Promise<Timing> {
  const ms: number[] = [];
  const answers: unknown[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      const found = await findCorrections(harness.db, parseQuery(q), access);
      // The first round warms the caches; only the later ones are counted.
      if (round === 0) answers.push(found);
      else ms.push(performance.now() - t0);
    }
  }
  return { ms, corrected: answers.filter((a) => (a as unknown[]).length > 0).length, answers: JSON.stringify(answers) };
}

const summary = ({ ms, corrected }: Timing) => ({
  p50_ms: round(percentile(ms, 50), 2), p95_ms: round(percentile(ms, 95), 2), corrected,
});

runMain("search:bench-corrections", async () => {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.get("collection");
  if (!dir) throw new Error("--collection DIR is required");
  const queriesFile = args.get("queries") ?? path.join(dir, "queries-typo.jsonl");
  const dbKind = pick(args.get("db"), ["postgres", "embedded"] as const, "embedded", "db");
  const rounds = 1 + Math.max(1, Number(args.get("rounds") ?? 3));
  const log = (s: string) => console.error(`[search:bench-corrections] ${s}`);

  const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as { name?: string; language?: string };
  const language = meta.language === "es" ? "es" : "en";
  const docs = readJsonl<{ id: string; title?: string; text?: string }>(path.join(dir, "docs.jsonl")).map((d, i) => toSearchDocument(d, i, language));
  const queries = readJsonl<{ text: string }>(queriesFile).map((q) => q.text);
  const hidden = hiddenWords(docs, 200);

  const harness = await openHarness("postgres", dbKind, log);
  try {
    await harness.engine.rebuild(inBatches(docs, 500));
    log(`indexed ${docs.length} documents`);
    const visitorTimes = await time(harness, queries, visitor, rounds);
    const memberTimes = await time(harness, queries, member, rounds);
    const withHidden = await time(harness, hidden, visitor, rounds);
    // As if the restricted documents had never been indexed.
    await harness.engine.rebuild(inBatches(docs.filter(readableByVisitor), 500));
    const withoutHidden = await time(harness, hidden, visitor, rounds);
    console.log(JSON.stringify({
      collection: meta.name ?? path.basename(dir), db: dbKind, queries: queries.length, rounds: rounds - 1,
      visitor: summary(visitorTimes),
      member: summary(memberTimes),
      visitor_hidden_words: { words: hidden.length, ...summary(withHidden) },
      visitor_same_words_without_restricted_documents: { words: hidden.length, ...summary(withoutHidden), same_answers: withHidden.answers === withoutHidden.answers },
      loadavg: loadavg().map((l) => round(l, 2)),
    }));
  } finally {
    await harness.close();
  }
});
