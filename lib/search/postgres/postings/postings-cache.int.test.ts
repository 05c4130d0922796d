// The memory index follows the database's index generation: what is written or removed is in
// the next search's index, a rebuild or a gap in the change log makes it reload (SQL answers
// meanwhile), and the change log keeps a bounded number of generations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generator } from "@/scripts/search/corpus";
import { newTag } from "@/lib/testing/accounts";
import { removeTaggedEntries } from "../../testing/remove-tagged";
import type { SearchDocument } from "../../types";
import { KEPT_GENERATIONS } from "../generation";
import { PostgresSearchEngine } from "../postgres-engine";
import { PostingsCache } from "./postings-cache";

const tag = newTag("pc");
const engine = new PostgresSearchEngine(db, { memoryIndex: false });
const gen = generator(3);
const doc = (n: number): SearchDocument => ({ ...gen.doc(n), id: `${tag}-${n}`, slug: `${tag}-${n}`, tags: [tag] });

beforeAll(() => engine.upsert([doc(1)]));
afterAll(() => removeTaggedEntries(db, engine, tag));

describe("the memory index's cache", () => {
  it("brings the index up to date with every write before a search reads it", async () => {
    const cache = new PostingsCache(db);
    expect(await cache.current()).toBeNull();
    const store = await cache.warm();
    expect(store.has(`${tag}-1`)).toBe(true);
    await engine.upsert([doc(2)]);
    expect((await cache.current())?.has(`${tag}-2`)).toBe(true);
    await engine.remove([`${tag}-1`]);
    const after = await cache.current();
    expect(after?.has(`${tag}-1`)).toBe(false);
    // The same store, changed in place: no reload.
    expect(after).toBe(store);
  });

  it("reloads when changes it has not seen were pruned", async () => {
    const cache = new PostingsCache(db);
    await cache.warm();
    // Changes this instance has not read, pruned from the log (as after KEPT_GENERATIONS more).
    await db.$executeRaw`UPDATE "SearchIndexState" SET "generation" = "generation" + 5 WHERE id = 1`;
    await db.$executeRaw`DELETE FROM "SearchIndexChange"`;
    await engine.upsert([doc(3)]);
    expect(await cache.current()).toBeNull();
    expect((await cache.warm()).has(`${tag}-3`)).toBe(true);
  });

  it("keeps a bounded log of changes", async () => {
    await engine.upsert([doc(4)]);
    const [row] = await db.$queryRaw<{ oldest: bigint; newest: bigint }[]>`
      SELECT min("generation") AS oldest, max("generation") AS newest FROM "SearchIndexChange"`;
    expect(row!.newest - row!.oldest).toBeLessThan(BigInt(KEPT_GENERATIONS));
  });
});
