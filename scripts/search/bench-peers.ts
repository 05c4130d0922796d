// search:bench --peers: after Puente's figures, the query latency of the in-memory search
// libraries search:peers judges Puente's relevance against (./peer-engines.ts), on the same
// generated documents and the same query strings Puente was timed with, top 20, so that the
// run says how Puente's latency compares with what an application could embed instead.
// One peer at a time: its index is built, its queries timed, then it is dropped and the heap
// collected before the next one, so memory stays bounded at 100,000 documents and one peer's
// garbage is not collected during another's timed queries.
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { SearchDocument } from "../../lib/search/types";
import type { CollectionDoc } from "./collection";
import { percentile, round } from "./metrics";
import { LIBRARY_PEERS, yieldToEventLoop, type Peer } from "./peer-engines";

/** Puente's page size in search:bench: each peer keeps as many hits. */
const DEPTH = 20;
/** Untimed queries before the timed ones, as many as Puente's warm-up. */
const WARM_UP = 5;

/**
 * Peers left out above a corpus size, and why (printed, and in the report): building them is
 * quick (11 s at 20,000 documents), but their time per 200-character query grows
 * faster than the corpus (measured on this 2-core machine with the generated corpus), so the
 * run would last hours and say only that they are far slower. One rule by size for every query
 * length: short queries are quicker, but a 100,000-document run is long enough already.
 */
const LEFT_OUT_ABOVE: Record<string, { docs: number; why: string }> = {
  orama: { docs: 20_000, why: "200-character queries took p50 0.27 s at 10,000 documents and 0.87 s at 20,000: hours for 400 queries at 100,000 (extrapolated)" },
  "orama tolerance 1": { docs: 10_000, why: "200-character queries took p50 1.15 s at 10,000 documents and 4.6 s at 20,000: half an hour for 400 queries at 20,000, hours at 100,000" },
};

export interface PeerLatency {
  build_seconds: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  /** Puente's p95 over all its scenarios' queries pooled, divided by this peer's p95. */
  ratio_p95: number;
}

/**
 * A document's own text as Puente indexes it (lib/search/postgres/indexer.ts): the title, then
 * summary, type-specific details and credits (weight C) and the body (D). Generated documents
 * have no credits and no Markdown (bodyText is the body). Tags, focus areas and the
 * organization's name (Puente's labels, weight B) are left out: they are not the document's text.
 */
export const peerDoc = (d: SearchDocument): CollectionDoc => ({
  id: d.id, title: d.title, text: [d.summary, d.details, d.bodyText].filter(Boolean).join("\n"), language: d.language,
});

/** The heap collector: Node exposes it only with --expose-gc, which can be set at run time. */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** Builds one peer, then times each query alone (the awaited call, nothing else). */
async function timePeer(peer: Peer, docs: readonly CollectionDoc[], queries: readonly string[]): Promise<{ build_seconds: number; ms: number[] }> {
  const started = performance.now();
  const search = await peer.build(docs);
  const build_seconds = (performance.now() - started) / 1000;
  for (const q of queries.slice(0, WARM_UP)) await search(q, DEPTH);
  const ms: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await search(q, DEPTH);
    ms.push(performance.now() - start);
    // Between timed queries (not inside one): a stop request is handled at once.
    await yieldToEventLoop();
  }
  return { build_seconds, ms }; // the index goes with `search`, out of scope here
}

/**
 * Every library peer over the documents, on `queries` (each string as often as Puente ran it:
 * once per scenario; peers have no access filter or facets). `puenteMs`: Puente's timings of
 * those queries, pooled, for each peer's ratio.
 */
export async function peerLatency(docs: readonly SearchDocument[], queries: readonly string[], puenteMs: readonly number[], log: (s: string) => void) {
  const gc = collector();
  const texts = docs.map(peerDoc);
  const puenteP95 = percentile(puenteMs, 95);
  const libraries: Record<string, PeerLatency> = {};
  const leftOut: Record<string, string> = {};
  const before = loadavg()[0]!;
  for (const peer of LIBRARY_PEERS) {
    const limit = LEFT_OUT_ABOVE[peer.name];
    if (limit && docs.length > limit.docs) {
      leftOut[peer.name] = `above ${limit.docs} documents: ${limit.why}`;
      log(`peer ${peer.name} left out: ${leftOut[peer.name]}`);
      continue;
    }
    gc();
    const { build_seconds, ms } = await timePeer(peer, texts, queries);
    const p95 = percentile(ms, 95);
    // Three decimals: FlexSearch answers small corpora in microseconds.
    libraries[peer.name] = {
      build_seconds: round(build_seconds, 2), p50_ms: round(percentile(ms, 50), 3), p95_ms: round(p95, 3),
      p99_ms: round(percentile(ms, 99), 3), max_ms: round(Math.max(...ms), 3), ratio_p95: round(puenteP95 / p95, 2),
    };
    log(`peer ${peer.name}: ${JSON.stringify(libraries[peer.name])} (load ${loadavg()[0]!.toFixed(2)})`);
  }
  gc();
  return {
    depth: DEPTH, queries: queries.length, puente_p95_ms: round(puenteP95, 1), document_text: "title; summary, details and body",
    libraries, ...(Object.keys(leftOut).length > 0 && { left_out: leftOut }),
    load_average_1m: { before: round(before, 2), after: round(loadavg()[0]!, 2) },
  };
}
