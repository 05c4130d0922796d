// npm run search:mixed-collection -- --out DIR [--data DIR] [--seed TEXT]
// Writes a mixed English/Spanish relevance collection into DIR (meta.json, docs.jsonl with a
// `language` on every document, queries.jsonl, queries-short.jsonl, queries-typo.jsonl with a
// `language` on every query, qrels.tsv), built from the shared collections in --data
// (default ../shared/data/relevance). Measure it with
//   npm run -s search:eval -- --collection DIR --queries DIR/queries-short.jsonl
//
// Why it is built this way:
// - Puente holds English and Spanish documents in one index, and every query is analysed in
//   both languages, so the shared collections (each in one language) never show a Spanish
//   query meeting English documents or the other way round. Here both languages' queries run
//   against one index holding both languages' documents.
// - All of xquad_es (240 Spanish paragraphs, 1,190 questions, one relevant paragraph each) is
//   kept, so the Spanish figures compare directly with xquad_es alone: any difference is what
//   the English documents cost the Spanish queries.
// - A similar number of English documents (340) comes from cranfield and med: a seeded sample
//   of their queries that have a relevant document (25 and 4), every document judged for those
//   queries (about 135 and 90), and other documents of the same collection up to 200 and 140,
//   so each English query still has unjudged documents of its own field to be confused with.
//   Two English sources of different fields (aeronautics, medicine) instead of one. The English
//   part is much smaller than the full collections (fewer distractors, most documents judged),
//   so its figures do not compare with cranfield's or med's.
// - English queries are far fewer than Spanish ones (the English collections have few
//   queries, and each needs all its judged documents in): look at search:eval's `by_language`,
//   not only at the overall means, which the Spanish queries dominate.
// - Ids are prefixed with the source's name (`cranfield:12`, `med:12`, `xquad_es:a0p0`):
//   cranfield and med both number their documents and queries from 1.
// - Deterministic: the sample depends on the seed only (ids are sorted before shuffling with a
//   seeded generator), so the same shared data and seed give the same files, byte for byte.
//   The result is data from the shared collections, not the repository's: regenerate it, do
//   not commit it.
// - Small enough that one search:eval run takes a few minutes on a shared 2-core machine.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type CollectionMeta, formatQrels, metaLanguage, readDocs, readQrels, readQueries } from "./collection";
import { parseArgs, runMain } from "./harness";
import { buildMixedCollection, querySets, type SourceCollection, type SourcePlan } from "./mixed-collection";

const DEFAULT_SEED = "puente-mixed-1";

/** What is taken from each shared collection (see the header for why). */
const PLAN: { name: string; plan: SourcePlan }[] = [
  { name: "xquad_es", plan: {} },
  { name: "cranfield", plan: { queries: 25, docs: 200 } },
  { name: "med", plan: { queries: 4, docs: 140 } },
];

function loadSource(dir: string): SourceCollection & { meta: CollectionMeta } {
  const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as CollectionMeta;
  const queries = Object.fromEntries(querySets.map((set) => [set, readQueries(path.join(dir, `${set}.jsonl`))])) as SourceCollection["queries"];
  return { name: meta.name ?? path.basename(dir), language: metaLanguage(meta), docs: readDocs(path.join(dir, "docs.jsonl")), queries, qrels: readQrels(path.join(dir, "qrels.tsv")), meta };
}

const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");

runMain("search:mixed-collection", async () => {
  const args = parseArgs(process.argv.slice(2));
  const out = args.get("out");
  if (!out || out === "true") throw new Error("--out DIR is required");
  const data = path.resolve(args.get("data") ?? "../shared/data/relevance");
  const seed = args.get("seed") ?? DEFAULT_SEED;

  const sources = PLAN.map(({ name, plan }) => ({ source: loadSource(path.join(data, name)), plan }));
  const mixed = buildMixedCollection(sources, seed);

  const count = (key: "docs" | "queries", language: string) => mixed.sources.filter((s) => s.language === language).reduce((sum, s) => sum + s[key], 0);
  const meta = {
    name: "mixed_en_es",
    // Every document gives its own language; this is only what search:eval falls back to.
    language: "en",
    domain: "mixed English and Spanish: Wikipedia paragraphs (es), aeronautics and medical abstracts (en)",
    builtBy: "npm run search:mixed-collection (scripts/search/build-mixed-collection.ts)",
    seed,
    sources: mixed.sources.map((s) => ({ ...s, plan: PLAN.find((p) => p.name === s.name)!.plan, license: sources.find((x) => x.source.name === s.name)!.source.meta.license })),
    notes: "ids are prefixed with the source collection's name; every document and query carries its language; judgments are the sources' own, limited to the kept queries and documents.",
    stats: {
      docs: mixed.docs.length,
      docsEn: count("docs", "en"),
      docsEs: count("docs", "es"),
      queries: mixed.queries.queries.length,
      queriesEn: count("queries", "en"),
      queriesEs: count("queries", "es"),
      queriesShort: mixed.queries["queries-short"].length,
      queriesTypo: mixed.queries["queries-typo"].length,
      qrels: [...mixed.qrels.values()].reduce((sum, judged) => sum + judged.size, 0),
    },
  };

  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "meta.json"), JSON.stringify(meta, null, 2) + "\n");
  writeFileSync(path.join(out, "docs.jsonl"), jsonl(mixed.docs));
  for (const set of querySets) writeFileSync(path.join(out, `${set}.jsonl`), jsonl(mixed.queries[set]));
  writeFileSync(path.join(out, "qrels.tsv"), formatQrels(mixed.qrels));
  console.log(JSON.stringify({ out: path.resolve(out), ...meta.stats }));
});
