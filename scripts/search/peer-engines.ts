// The in-memory search libraries search:peers measures Puente's relevance against, each as
// its documentation sets it up: every document's title and text indexed, a query's words
// matched with OR semantics (a document needs only some of them), the top `depth` kept. Each
// library runs with its defaults and with the typo tolerance (fuzzy matching, prefixes) its
// documentation offers for search boxes, so "the best peer" is the best of those settings.
import { Index as FlexIndex } from "flexsearch";
import MiniSearch, { type SearchOptions } from "minisearch";
import { create, insertMultiple, search as oramaSearch } from "@orama/orama";
import type { CollectionDoc } from "./collection";

/** Lets timers and signal handlers run (a resolved await does not: it only queues a microtask). */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A peer set up over a collection: answers a query's document ids, best first. */
export type PeerSearch = (query: string, depth: number) => Promise<string[]>;

export interface Peer {
  name: string;
  build(docs: readonly CollectionDoc[]): Promise<PeerSearch>;
}

function miniSearch(name: string, options: SearchOptions): Peer {
  return {
    name,
    async build(docs) {
      const index = new MiniSearch<{ id: string; title: string; text: string }>({ fields: ["title", "text"], idField: "id" });
      // In chunks, letting the event loop run between them: a stop request (SIGINT, SIGTERM) is
      // handled there, and one addAll of 100,000 documents held it off for minutes.
      await index.addAllAsync(docs.map((d) => ({ id: d.id, title: d.title ?? "", text: d.text ?? "" })), { chunkSize: 1000 });
      return async (query, depth) => index.search(query, options).slice(0, depth).map((hit) => String(hit.id));
    },
  };
}

/** FlexSearch's Index over title and text; `suggest` keeps documents that match only some of the words. */
function flexSearch(name: string, tokenize: "strict" | "forward"): Peer {
  return {
    name,
    async build(docs) {
      const index = new FlexIndex({ tokenize });
      for (const [i, d] of docs.entries()) {
        index.add(i, `${d.title ?? ""}\n${d.text ?? ""}`);
        if (i % 1000 === 999) await yieldToEventLoop(); // as for MiniSearch above
      }
      return async (query, depth) => (index.search(query, { limit: depth, suggest: true }) as number[]).map((i) => docs[i]!.id);
    },
  };
}

/** Orama's full-text search (BM25) over title and text; `tolerance`: the typo distance allowed. */
function orama(name: string, tolerance: number): Peer {
  return {
    name,
    async build(docs) {
      const db = create({ schema: { key: "string", title: "string", text: "string" } as const });
      await insertMultiple(db, docs.map((d) => ({ key: d.id, title: d.title ?? "", text: d.text ?? "" })));
      return async (query, depth) => {
        const found = await oramaSearch(db, { term: query, properties: ["title", "text"], limit: depth, tolerance });
        return found.hits.map((hit) => String(hit.document.key));
      };
    },
  };
}

export const LIBRARY_PEERS: Peer[] = [
  miniSearch("minisearch", {}),
  miniSearch("minisearch fuzzy 0.2", { fuzzy: 0.2 }),
  miniSearch("minisearch prefix+fuzzy 0.2", { prefix: true, fuzzy: 0.2 }),
  flexSearch("flexsearch", "strict"),
  flexSearch("flexsearch forward", "forward"),
  orama("orama", 0),
  orama("orama tolerance 1", 1),
];
