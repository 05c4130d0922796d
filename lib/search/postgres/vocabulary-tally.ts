// A rebuild's vocabulary, counted in memory and written once at the end. Counting it in the
// database step by step (./vocabulary.ts addWords: unnest, group, merge into a table with a
// trigram index) took half of a rebuild's time on the embedded database; here each step only
// asks for its entries' classes, and the counts are written class by class into the new, empty
// tables before they are swapped in. The counts are the ones addWords would have made.
import { Prisma } from "@/lib/generated/prisma/client";
import { entryClasses, writeClassCounts, writeTerms, type ClassCountRows } from "./vocabulary";

type Db = Prisma.TransactionClient;

/** Rows per statement when writing: one statement holds the embedded database for about 150 ms (some 38,000 rows a second). */
const WRITE_BATCH = 5_000;

interface ClassCounts {
  /** An entry of the class: the class's columns are read from it. */
  entry: string;
  counts: Map<string, number>;
}

export class VocabularyTally {
  readonly #classes = new Map<string, ClassCounts>();

  /** Counts the words of entries just written (with their classes, read from those entries). */
  async add(db: Db, words: ReadonlyMap<string, readonly string[]>): Promise<void> {
    const classes = await entryClasses(db, [...words.keys()]);
    for (const [documentId, key] of classes) {
      let tally = this.#classes.get(key);
      if (!tally) this.#classes.set(key, (tally = { entry: documentId, counts: new Map() }));
      for (const word of words.get(documentId) ?? []) tally.counts.set(word, (tally.counts.get(word) ?? 0) + 1);
    }
  }

  /** Writes the counts and the word list, in steps (each its own transaction, through `step`). */
  async write(step: (work: (db: Db) => Promise<void>) => Promise<void>): Promise<void> {
    const terms = new Set<string>();
    let rows: ClassCountRows = { entries: [], terms: [], counts: [] };
    const flush = async () => {
      const batch = rows;
      rows = { entries: [], terms: [], counts: [] };
      if (batch.terms.length > 0) await step((db) => writeClassCounts(db, batch));
    };
    // Class by class: a statement then reads the class columns of few entries.
    for (const { entry, counts } of this.#classes.values()) {
      for (const [term, n] of counts) {
        terms.add(term);
        rows.entries.push(entry);
        rows.terms.push(term);
        rows.counts.push(n);
        if (rows.terms.length >= WRITE_BATCH) await flush();
      }
    }
    await flush();
    const list = [...terms];
    for (let i = 0; i < list.length; i += WRITE_BATCH) {
      const batch = list.slice(i, i + WRITE_BATCH);
      await step((db) => writeTerms(db, batch));
    }
  }
}
