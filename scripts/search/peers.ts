// npm run search:peers -- --collection DIR [--queries FILE] [--db embedded|postgres]
// The relevance Puente is judged against: the same collection and queries as search:eval,
// through the search libraries and the plain PostgreSQL ranking an application could use
// instead (./peer-engines.ts, ./peer-postgres.ts), each with its defaults and its typo-tolerant
// settings. Prints one JSON line: every peer's nDCG@10, MRR@10 and Recall@100 (computed as
// search:eval computes Puente's), and the best peer's nDCG@10, which Puente's is compared with.
import path from "node:path";
import { type CollectionDoc, readCollection } from "./collection";
import { openHarness, parseArgs, pick, runMain } from "./harness";
import { mean, mrrAt, ndcgAt, recallAt, round } from "./metrics";
import { LIBRARY_PEERS, type Peer } from "./peer-engines";
import { postgresPeer } from "./peer-postgres";

const DEPTH = 100;

interface PeerFigures {
  "ndcg@10": number;
  "mrr@10": number;
  "recall@100": number;
  seconds: number;
}

async function measure(peer: Peer, docs: CollectionDoc[], queries: { id: string; text: string }[], qrels: Map<string, Map<string, number>>): Promise<PeerFigures> {
  const started = performance.now();
  const search = await peer.build(docs);
  const ndcg: number[] = [], mrr: number[] = [], recall: number[] = [];
  for (const query of queries) {
    const ranked = await search(query.text, DEPTH);
    const judged = qrels.get(query.id) ?? new Map<string, number>();
    ndcg.push(ndcgAt(ranked, judged, 10));
    mrr.push(mrrAt(ranked, judged, 10));
    recall.push(recallAt(ranked, judged, DEPTH));
  }
  const seconds = (performance.now() - started) / 1000;
  return { "ndcg@10": round(mean(ndcg), 4), "mrr@10": round(mean(mrr), 4), "recall@100": round(mean(recall), 4), seconds: round(seconds, 1) };
}

runMain("search:peers", async () => {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.get("collection");
  if (!dir) throw new Error("--collection DIR is required");
  const queriesFile = args.get("queries") ?? path.join(dir, "queries.jsonl");
  const dbKind = pick(args.get("db"), ["postgres", "embedded"] as const, "embedded", "db");
  const log = (s: string) => console.error(`[search:peers] ${s}`);

  const { name, docs, queries, qrels } = readCollection(dir, queriesFile);

  // A throwaway database for the plain PostgreSQL peers (Puente's engine there is not used).
  const harness = await openHarness("postgres", dbKind, log);
  try {
    const peers = [...LIBRARY_PEERS, postgresPeer(harness.db, 0), postgresPeer(harness.db, 1)];
    const figures: Record<string, PeerFigures> = {};
    for (const peer of peers) {
      figures[peer.name] = await measure(peer, docs, queries, qrels);
      log(`${peer.name}: ${JSON.stringify(figures[peer.name])}`);
    }
    const [bestName, best] = Object.entries(figures).sort(([, a], [, b]) => b["ndcg@10"] - a["ndcg@10"])[0]!;
    console.log(JSON.stringify({
      collection: name, queries: queries.length, queries_file: path.basename(queriesFile),
      best_peer: { name: bestName, "ndcg@10": best["ndcg@10"] }, peers: figures,
    }));
  } finally {
    await harness.close();
  }
});
