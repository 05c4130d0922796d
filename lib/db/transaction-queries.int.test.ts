// Inside a transaction Prisma reads a record's relations with one query each, all started at
// once, and they all go to the transaction's single connection. node-postgres queues them and
// warns ("client is already executing a query", an error from pg 9 on); the adapter-pg patch
// (patches/) hands them to the connection one at a time instead.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser, deleteTagged } from "../testing/accounts";
import { requireDatabaseUrl } from "../env";
import { createPrismaClient, type Database } from "./client";

const tag = `txq${Date.now()}`;
let db: Database;

/** Counts queries handed to a pg client while another one was already waiting in its queue. */
function watchOverlaps(): { overlaps: () => number; stop: () => void } {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: { _queryQueue?: unknown[] }, ...args: unknown[]) {
    if ((this._queryQueue?.length ?? 0) > 0) count++;
    return original.apply(this, args);
  };
  return { overlaps: () => count, stop: () => void (prototype.query = original) };
}

beforeAll(async () => {
  db = createPrismaClient(requireDatabaseUrl(), { max: 2 });
  const org = await db.organization.create({ data: { slug: `${tag}-org`, name: "Org", sector: "CIVIL_SOCIETY", country: "CO" } });
  await createTestUser(db, tag, "member", { memberships: [{ organizationId: org.id, role: "MEMBER" }] });
});

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("queries inside a transaction", () => {
  it("reach the connection one at a time, also when Prisma loads several relations at once", async () => {
    const watch = watchOverlaps();
    try {
      const user = await db.$transaction((tx) =>
        tx.user.findFirst({
          where: { email: { startsWith: `${tag}-` } },
          select: { id: true, memberships: true, accounts: true, sessions: true, reviewerAreas: true, notifications: true },
        }),
      );
      expect(user?.memberships).toHaveLength(1);
      expect(watch.overlaps()).toBe(0);
    } finally {
      watch.stop();
    }
  });
});
