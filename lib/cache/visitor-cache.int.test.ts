// Visitors' cached reads on a real PostgreSQL server: a publish is seen by visitors within a
// second, in this instance and in another one (a second watch, as another app instance holds);
// a signed-in viewer's reads never go through the cache, so a visitor never sees what a member
// saw; and a change that has not committed yet is not announced.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createDocument } from "@/lib/dal/document-editing";
import { listDocuments } from "@/lib/dal/documents";
import { decideReview, submitDocument } from "@/lib/dal/document-workflow";
import { requireDatabaseUrl } from "@/lib/env";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { CONTENT_CHANNEL, ContentWatch } from "./content-generation";

// The integration setup turns the cache off for the other tests (lib/testing/global-setup.ts).
vi.stubEnv("VISITOR_CACHE", "true");

const tag = newTag("vc");
let w: ContributionWorld;
const anonymous = { kind: "anonymous" } as const;
const titles = async (viewer: Parameters<typeof listDocuments>[0]) =>
  (await listDocuments(viewer, { focusAreaId: w.area }, { page: 1, pageSize: 50 })).items.map((d) => d.title.replace(`${tag} `, "")).sort();

async function publish(title: string, visibility: "PUBLIC" | "MEMBERS") {
  const doc = await createDocument(w.author, completeInput(w, { title: `${tag} ${title}`, visibility }));
  await submitDocument(w.author, doc.id);
  await decideReview(w.reviewer, doc.id, { decision: "publish" });
}

/** Polls until `check` holds; answers the milliseconds it took (or fails after 5 s). */
async function within(check: () => Promise<boolean> | boolean): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > 5_000) throw new Error("not within 5 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
  await publish("First public", "PUBLIC");
});
afterAll(() => deleteContributionWorld(db, tag));

describe("the visitor cache on a PostgreSQL server", () => {
  it("shows visitors a publish within a second, here and in another instance", async () => {
    const other = new ContentWatch(requireDatabaseUrl());
    await other.ready();
    try {
      await within(async () => (await titles(anonymous)).includes("First public")); // the watch connects, the cache fills
      const before = other.generation();
      expect(before).not.toBeNull();
      const cached = await titles(anonymous);
      const published = performance.now();
      await publish("Second public", "PUBLIC");
      const sinceCommit = performance.now() - published;
      const seen = sinceCommit + (await within(async () => (await titles(anonymous)).includes("Second public")));
      const elsewhere = sinceCommit + (await within(() => other.generation()! > before!));
      expect(cached).toEqual(["First public"]);
      expect(seen, `seen after ${seen.toFixed(0)} ms`).toBeLessThan(1000);
      expect(elsewhere, `another instance after ${elsewhere.toFixed(0)} ms`).toBeLessThan(1000);
    } finally {
      await other.close();
    }
  });

  it("never serves a signed-in viewer's reads to visitors, nor visitors' to them", async () => {
    await publish("Members only", "MEMBERS");
    const visitorBefore = await titles(anonymous);
    const member = await titles(w.member);
    const visitorAfter = await titles(anonymous);
    expect(member).toContain("Members only");
    expect(visitorBefore).not.toContain("Members only");
    expect(visitorAfter).toEqual(visitorBefore);
    expect(await titles(w.member)).toEqual(member);
  });

  it("serves visitors from the cache until a change is announced; signed-in viewers read the database", async () => {
    await within(async () => (await titles(anonymous)).includes("First public"));
    // Written behind the application's back: no outbox entry, no announcement.
    await db.$executeRaw`UPDATE "Document" SET title = title || ' (renamed)' WHERE title = ${`${tag} First public`}`;
    expect(await titles(anonymous)).toContain("First public");
    expect(await titles(w.member)).toContain("First public (renamed)");
    await db.$executeRaw`SELECT pg_notify(${CONTENT_CHANNEL}, '')`;
    await within(async () => (await titles(anonymous)).includes("First public (renamed)"));
  });

  it("announces a change when it commits, not before, and not at all when it rolls back", async () => {
    const watch = new ContentWatch(requireDatabaseUrl());
    await watch.ready();
    const writer = new pg.Client({ connectionString: requireDatabaseUrl() });
    await writer.connect();
    try {
      const start = watch.generation()!;
      await writer.query("BEGIN");
      await writer.query(`SELECT pg_notify('${CONTENT_CHANNEL}', '')`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(watch.generation()).toBe(start);
      await writer.query("ROLLBACK");
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(watch.generation()).toBe(start);
      await writer.query(`SELECT pg_notify('${CONTENT_CHANNEL}', '')`);
      await within(() => watch.generation()! > start);
    } finally {
      await writer.end();
      await watch.close();
    }
  });
});

describe("a lost listening connection", () => {
  it("turns the cache off until the watch has reconnected, then forgets what it held", async () => {
    const watch = new ContentWatch(requireDatabaseUrl());
    await watch.ready();
    try {
      const before = watch.generation()!;
      await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'puente-content-watch' AND datname = current_database()`;
      await within(() => watch.generation() === null);
      await within(() => watch.generation() !== null);
      expect(watch.generation()).toBeGreaterThan(before);
      // Listening again: a commit elsewhere is announced.
      const now = watch.generation()!;
      await db.$executeRaw`SELECT pg_notify(${CONTENT_CHANNEL}, '')`;
      await within(() => watch.generation()! > now);
    } finally {
      await watch.close();
    }
  });
});

describe("the visitor cache on the embedded database", () => {
  it("trusts the in-process generation (PGlite runs one transaction at a time and cannot deliver NOTIFY)", async () => {
    const embedded = await startEmbeddedPostgres();
    const watch = new ContentWatch(embedded.url);
    try {
      await watch.ready();
      const start = watch.generation();
      expect(start).not.toBeNull();
      watch.bump();
      expect(watch.generation()).toBe(start! + 1);
    } finally {
      await watch.close();
      await embedded.stop();
    }
  });

  it("is not used while a server cannot be reached", async () => {
    const watch = new ContentWatch("postgresql://postgres@127.0.0.1:1/none");
    try {
      await watch.ready();
      expect(watch.generation()).toBeNull();
    } finally {
      await watch.close();
    }
  });
});
