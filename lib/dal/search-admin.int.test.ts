// The admin "Search" page's data: only platform admins see the figures or start a rebuild;
// the figures match the database, a stopped engine is reported rather than failing the page,
// and one rebuild at a time runs in the background and records how it ended.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { rebuildSettled, rebuildStatus } from "@/lib/search/rebuild-state";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { getSearchEngine } from "@/lib/search/service";
import { drainOutbox } from "@/lib/search/sync";
import { createTestOrganization, createTestUser, deleteTagged, newTag, viewerOf } from "@/lib/testing/accounts";
import { expectAppError, expectNotFound } from "@/lib/testing/expect-errors";
import { getSearchStatus, startSearchReindex } from "./search-admin";

const tag = newTag("sa");
const anonymous: Viewer = { kind: "anonymous" };
let admin: UserViewer;
let member: UserViewer;
let orgAdmin: UserViewer;
let docId: string;

const entryCount = async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "SearchEntry"`)[0]!.n;
const isIndexed = async (id: string) => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "SearchEntry" WHERE "documentId" = ${id}`)[0]!.n === 1;
const publishedCount = () => db.document.count({ where: { status: "PUBLISHED" } });

beforeAll(async () => {
  const org = await createTestOrganization(db, tag, "org");
  admin = await viewerOf(db, (await createTestUser(db, tag, "admin", { role: "ADMIN", password: null })).id);
  member = await viewerOf(db, (await createTestUser(db, tag, "member", { password: null })).id);
  const orgAdminUser = await createTestUser(db, tag, "org-admin", { password: null, memberships: [{ organizationId: org.id, role: "ADMIN" }] });
  orgAdmin = await viewerOf(db, orgAdminUser.id);
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await rebuildSettled();
  await db.document.deleteMany({ where: { slug: { startsWith: `${tag}-` } } });
  // Removes the deleted document from the index again, and leaves no backlog behind.
  if (docId) await db.$transaction((tx) => enqueueSearchSync(tx, [docId]));
  await drainOutbox(db, getSearchEngine());
  await deleteTagged(db, tag);
});

describe("who may use the search administration", () => {
  it("answers NOT_FOUND to anyone but a platform admin, and starts nothing for them", async () => {
    for (const viewer of [anonymous, member, orgAdmin]) {
      await expectNotFound(getSearchStatus(viewer));
      await expectNotFound(startSearchReindex(viewer));
    }
    expect(rebuildStatus().running).toBe(false);
  });
});

describe("getSearchStatus", () => {
  it("shows the engine and figures that match the database, before and after the worker applies a change", async () => {
    const doc = await db.document.create({
      data: { slug: `${tag}-published`, type: "REPORT", title: `${tag} Published report`, language: "en", status: "PUBLISHED", publishedAt: new Date() },
      select: { id: true },
    });
    docId = doc.id;
    await db.$transaction((tx) => enqueueSearchSync(tx, [doc.id]));

    const before = await getSearchStatus(admin);
    expect(before.engine).toBe("postgres");
    expect(before.publishedDocuments).toBe(await publishedCount());
    expect(before.backlog).toBe(await db.searchOutbox.count());
    expect(before.backlog).toBeGreaterThanOrEqual(1);
    expect(before.index).toEqual({ reachable: true, documents: await entryCount() });

    await drainOutbox(db, getSearchEngine());
    const after = await getSearchStatus(admin);
    expect(after.backlog).toBe(0);
    expect(after.lastError).toBeNull();
    expect(await isIndexed(doc.id)).toBe(true);
    expect(after.index).toEqual({ reachable: true, documents: await entryCount() });
  });

  it("still answers when the engine cannot be reached, with the error instead of the count", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(getSearchEngine(), "stats").mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:7700"));
    const status = await getSearchStatus(admin);
    expect(status.index).toEqual({ reachable: false, error: "connect ECONNREFUSED 127.0.0.1:7700" });
    expect(status.publishedDocuments).toBe(await publishedCount());
  });

  it("stops waiting for an engine that does not answer", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(getSearchEngine(), "stats").mockReturnValueOnce(new Promise(() => {}));
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const pending = getSearchStatus(admin);
      await vi.advanceTimersByTimeAsync(5_000);
      expect((await pending).index).toEqual({ reachable: false, error: "No answer within 5 s" });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("startSearchReindex", () => {
  it("rebuilds in the background, refuses a second start meanwhile, and records the outcome", async () => {
    const { startedAt } = await startSearchReindex(admin);
    expect(startedAt).toBeInstanceOf(Date);
    await expectAppError(startSearchReindex(admin), "CONFLICT", "reindex_running");
    expect((await getSearchStatus(admin)).rebuild).toMatchObject({ running: true, startedAt });

    await rebuildSettled();
    const status = await getSearchStatus(admin);
    const published = await publishedCount();
    expect(status.rebuild.running).toBe(false);
    expect(status.rebuild.last).toMatchObject({ ok: true, documents: published });
    expect(status.index).toEqual({ reachable: true, documents: published });
    expect(await isIndexed(docId)).toBe(true);
  });

  it("records a failed rebuild's message without its stack, and allows the next one", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(getSearchEngine(), "rebuild").mockRejectedValueOnce(new Error("index swap failed"));
    await startSearchReindex(admin);
    await rebuildSettled();
    const { rebuild } = await getSearchStatus(admin);
    expect(rebuild.running).toBe(false);
    expect(rebuild.last).toMatchObject({ ok: false, error: "index swap failed" });
    expect(logged).toHaveBeenCalled();

    await startSearchReindex(admin);
    await rebuildSettled();
    expect(rebuildStatus().last).toMatchObject({ ok: true, documents: await publishedCount() });
  });
});
