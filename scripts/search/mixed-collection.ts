// The pure part of search:mixed-collection (build-mixed-collection.ts reads and writes the
// files): picks queries and documents from source collections deterministically, prefixes
// their ids with the source's name and carries the judgments over.
import type { CollectionLanguage, DocLine, QueryLine, Qrels } from "./collection";
import { mulberry32 } from "./random";

export const querySets = ["queries", "queries-short", "queries-typo"] as const;
export type QuerySet = (typeof querySets)[number];

export interface SourceCollection {
  name: string;
  /** Applied to the documents that do not give their own. */
  language: CollectionLanguage;
  docs: DocLine[];
  queries: Record<QuerySet, QueryLine[]>;
  qrels: Qrels;
}

export interface SourcePlan {
  /** How many judged queries to take (all when absent). */
  queries?: number;
  /** How many documents to take: the sampled queries' judged ones, then others up to this (all when absent). */
  docs?: number;
}

export interface SourceSummary {
  name: string;
  language: CollectionLanguage;
  docs: number;
  judgedDocs: number;
  queries: number;
  judgments: number;
}

export interface MixedCollection {
  docs: DocLine[];
  queries: Record<QuerySet, QueryLine[]>;
  qrels: Qrels;
  sources: SourceSummary[];
}

/** `cranfield` + `12` → `cranfield:12`: ids of different sources cannot collide. */
export const prefixId = (source: string, id: string): string => `${source}:${id}`;

/** A 32-bit hash of a string (FNV-1a), to seed the generator. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded generator: the same numbers on every machine and Node version. */
const generator = (seed: string): (() => number) => mulberry32(hash(seed));

/**
 * `n` of the ids, chosen by `seed` alone: the ids are sorted first, so their order in the
 * files does not matter. The result is sorted too. All of them when n is absent or too large.
 */
export function sampleIds(ids: Iterable<string>, n: number | undefined, seed: string): string[] {
  const sorted = [...new Set(ids)].sort(byCodeUnits);
  if (n === undefined || n >= sorted.length) return sorted;
  const random = generator(seed);
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  return sorted.slice(0, Math.max(0, n)).sort(byCodeUnits);
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The judgments of the kept queries on the kept documents, with both ids prefixed. */
export function remapJudgments(qrels: Qrels, source: string, queryIds: ReadonlySet<string>, docIds: ReadonlySet<string>): Qrels {
  const out: Qrels = new Map();
  for (const [qid, judged] of qrels) {
    if (!queryIds.has(qid)) continue;
    const kept = new Map<string, number>();
    for (const [docid, gain] of judged) if (docIds.has(docid)) kept.set(prefixId(source, docid), gain);
    if (kept.size) out.set(prefixId(source, qid), kept);
  }
  return out;
}

/** Picks one source's part: queries with a relevant document, all their judged documents, then others. */
export function selectFromSource(source: SourceCollection, plan: SourcePlan, seed: string): { docs: DocLine[]; queries: Record<QuerySet, QueryLine[]>; qrels: Qrels; summary: SourceSummary } {
  const docIds = new Set(source.docs.map((d) => d.id));
  const judgedQueries = source.queries.queries
    .map((q) => q.id)
    .filter((id) => [...(source.qrels.get(id) ?? new Map<string, number>())].some(([docid, gain]) => gain > 0 && docIds.has(docid)));
  const queryIds = new Set(sampleIds(judgedQueries, plan.queries, `${seed}:${source.name}:queries`));
  const judgedDocs = new Set<string>();
  for (const qid of queryIds) for (const docid of source.qrels.get(qid)?.keys() ?? []) if (docIds.has(docid)) judgedDocs.add(docid);
  const others = source.docs.map((d) => d.id).filter((id) => !judgedDocs.has(id));
  const fill = plan.docs === undefined ? undefined : Math.max(0, plan.docs - judgedDocs.size);
  const keptDocs = new Set([...judgedDocs, ...sampleIds(others, fill, `${seed}:${source.name}:docs`)]);

  const docs = source.docs
    .filter((d) => keptDocs.has(d.id))
    .map((d) => ({ id: prefixId(source.name, d.id), title: d.title ?? "", text: d.text ?? "", language: d.language ?? source.language }));
  const queries = Object.fromEntries(querySets.map((set) => [set, source.queries[set]
    .filter((q) => queryIds.has(q.id))
    .map((q) => ({ id: prefixId(source.name, q.id), text: q.text, language: q.language ?? source.language }))])) as Record<QuerySet, QueryLine[]>;
  const qrels = remapJudgments(source.qrels, source.name, queryIds, keptDocs);
  const judgments = [...qrels.values()].reduce((sum, judged) => sum + judged.size, 0);
  return { docs, queries, qrels, summary: { name: source.name, language: source.language, docs: docs.length, judgedDocs: judgedDocs.size, queries: queryIds.size, judgments } };
}

/** Puts the sources' parts together, in the order given; fails if two ids are the same. */
export function buildMixedCollection(parts: { source: SourceCollection; plan: SourcePlan }[], seed: string): MixedCollection {
  const mixed: MixedCollection = { docs: [], queries: { queries: [], "queries-short": [], "queries-typo": [] }, qrels: new Map(), sources: [] };
  for (const { source, plan } of parts) {
    const part = selectFromSource(source, plan, seed);
    mixed.docs.push(...part.docs);
    for (const set of querySets) mixed.queries[set].push(...part.queries[set]);
    for (const [qid, judged] of part.qrels) mixed.qrels.set(qid, judged);
    mixed.sources.push(part.summary);
  }
  const duplicate = (ids: string[]) => {
    const seen = new Set<string>();
    return ids.find((id) => seen.size === seen.add(id).size);
  };
  const docDup = duplicate(mixed.docs.map((d) => d.id));
  if (docDup) throw new Error(`Two documents have the id ${docDup} (are two sources named the same?)`);
  for (const set of querySets) {
    const queryDup = duplicate(mixed.queries[set].map((q) => q.id));
    if (queryDup) throw new Error(`Two queries in ${set} have the id ${queryDup} (are two sources named the same?)`);
  }
  return mixed;
}
