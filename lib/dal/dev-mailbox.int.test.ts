// The development mailbox against the real database: what it stores and lists, and who may read
// it (a platform admin on a request from this machine; NOT_FOUND for everyone else).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { isNotFound } from "@/lib/errors";
import { devMailboxTransport } from "@/lib/mail/transport";
import { anonymousViewer, type Viewer } from "@/lib/policies/viewer";
import { createTestOrganization, createTestUser, deleteTagged, newTag, viewerOf } from "@/lib/testing/accounts";
import { clearDevMailbox as clear, getDevMailboxMessage as get, listDevMailbox as list, type DevMailboxDeps } from "./dev-mailbox";

const enabled = { env: parseEnv({ PUENTE_ENV: "test" }), db };
// Only the two settings the mailbox looks at, so this does not track production's other requirements.
const production = { env: { PUENTE_ENV: "production" as const, SMTP_HOST: "smtp.example.org" }, db };
const withSmtp = { env: parseEnv({ PUENTE_ENV: "development", SMTP_HOST: "smtp.example.org" }), db };

const tag = newTag("mb");
const LOCAL = "127.0.0.1";
let admin: Viewer;
let others: [string, Viewer][];

// The admin on this machine, unless a test says otherwise.
const listDevMailbox = (query: Parameters<typeof list>[2], deps: DevMailboxDeps) => list(admin, LOCAL, query, deps);
const getDevMailboxMessage = (id: string, deps: DevMailboxDeps) => get(admin, LOCAL, id, deps);
const clearDevMailbox = (deps: DevMailboxDeps) => clear(admin, LOCAL, deps);

beforeAll(async () => {
  admin = await viewerOf(db, (await createTestUser(db, tag, "admin", { role: "ADMIN" })).id);
  const organization = await createTestOrganization(db, tag, "org");
  others = [
    ["a visitor", anonymousViewer],
    ["a member", await viewerOf(db, (await createTestUser(db, tag, "member")).id)],
    ["a reviewer of every area", await viewerOf(db, (await createTestUser(db, tag, "reviewer", { role: "REVIEWER" })).id)],
    ["a contributor", await viewerOf(db, (await createTestUser(db, tag, "contributor", { role: "CONTRIBUTOR" })).id)],
    [
      "an organization admin",
      await viewerOf(db, (await createTestUser(db, tag, "org-admin", { memberships: [{ organizationId: organization.id, role: "ADMIN" }] })).id),
    ],
  ];
});

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

const mail = (to: string, subject: string) => ({ to, subject, text: `${subject} text`, html: `<p>${subject}</p>` });

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(isNotFound(error)).toBe(true);
}

describe("development mailbox", () => {
  beforeEach(async () => {
    await db.mailMessage.deleteMany();
  });

  it("stores what the dev-mailbox transport sends, and lists it", async () => {
    await devMailboxTransport(db).send(mail("ana@example.org", "Welcome"));
    const [stored, ...rest] = await listDevMailbox({}, enabled);
    expect(rest).toEqual([]);
    expect(stored).toMatchObject({ to: "ana@example.org", subject: "Welcome", text: "Welcome text", html: "<p>Welcome</p>" });
    expect(await getDevMailboxMessage(stored!.id, enabled)).toEqual(stored);
  });

  it("lists newest first, filtered by exact recipient regardless of case, up to the limit", async () => {
    const base = Date.UTC(2026, 0, 1);
    const rows = [
      ["Ana@Example.org", "first"],
      ["bob@example.org", "other"],
      ["ana@example.org", "second"],
      ["ana@example.org.evil", "lookalike"],
      ["ana@example.org", "third"],
      ["a_b%c\\d@example.org", "odd"],
    ];
    await db.mailMessage.createMany({
      data: rows.map(([to, subject], i) => ({ ...mail(to!, subject!), createdAt: new Date(base + i * 1000) })),
    });
    const subjects = async (query: Parameters<typeof listDevMailbox>[0]) =>
      (await listDevMailbox(query, enabled)).map((message) => message.subject);

    expect(await subjects({})).toEqual(["odd", "third", "lookalike", "second", "other", "first"]);
    expect(await subjects({ to: "ANA@example.org" })).toEqual(["third", "second", "first"]);
    expect(await subjects({ to: "ana@example.org", limit: 2 })).toEqual(["third", "second"]);
    expect(await subjects({ to: "nobody@example.org" })).toEqual([]);
    // Exact: LIKE wildcards in the query match nothing.
    expect(await subjects({ to: "ana@example.or_" })).toEqual([]);
    expect(await subjects({ to: "ana@%" })).toEqual([]);
    expect(await subjects({ to: "A_B%C\\D@example.org" })).toEqual(["odd"]);
    expect(await subjects({ to: "axbxcxd@example.org" })).toEqual([]);
    expect(await subjects({ limit: 0 })).toEqual(["odd"]);
  });

  it("caps the limit at 200 and defaults to 50", async () => {
    await db.mailMessage.createMany({ data: Array.from({ length: 205 }, (_, i) => mail("bulk@example.org", `m${i}`)) });
    expect(await listDevMailbox({}, enabled)).toHaveLength(50);
    expect(await listDevMailbox({ limit: 1000 }, enabled)).toHaveLength(200);
  });

  it("clears every message", async () => {
    await db.mailMessage.createMany({ data: [mail("a@example.org", "a"), mail("b@example.org", "b")] });
    expect(await clearDevMailbox(enabled)).toBe(2);
    expect(await listDevMailbox({}, enabled)).toEqual([]);
  });

  it("is NOT_FOUND for an unknown message", async () => {
    await expectNotFound(getDevMailboxMessage("missing", enabled));
  });

  it.each([
    ["in production", production],
    ["when SMTP is configured", withSmtp],
  ])("is NOT_FOUND %s, and leaves the messages alone", async (_when, disabled) => {
    await devMailboxTransport(db).send(mail("ana@example.org", "Kept"));
    const [stored] = await listDevMailbox({}, enabled);
    await expectNotFound(listDevMailbox({}, disabled));
    await expectNotFound(getDevMailboxMessage(stored!.id, disabled));
    await expectNotFound(clearDevMailbox(disabled));
    expect(await listDevMailbox({}, enabled)).toHaveLength(1);
  });

  it.each(["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])("is readable by a platform admin on a request from this machine (%s)", async (address) => {
    await devMailboxTransport(db).send(mail("ana@example.org", "Local"));
    expect((await list(admin, address, {}, enabled)).map((message) => message.subject)).toEqual(["Local"]);
  });

  it.each(["203.0.113.7", "10.0.0.2", "192.168.1.5", "::ffff:10.0.0.2", "fe80::1", "unknown", ""])(
    "is NOT_FOUND for a platform admin on a request from elsewhere (%j)",
    async (address) => {
      await devMailboxTransport(db).send(mail("ana@example.org", "Remote"));
      const [stored] = await listDevMailbox({}, enabled);
      await expectNotFound(list(admin, address, {}, enabled));
      await expectNotFound(get(admin, address, stored!.id, enabled));
      await expectNotFound(clear(admin, address, enabled));
      expect(await listDevMailbox({}, enabled)).toHaveLength(1);
    },
  );

  it("is NOT_FOUND for everyone but platform admins, even on this machine", async () => {
    await devMailboxTransport(db).send(mail("ana@example.org", "Private"));
    const [stored] = await listDevMailbox({}, enabled);
    for (const [who, viewer] of others) {
      for (const attempt of [list(viewer, LOCAL, {}, enabled), get(viewer, LOCAL, stored!.id, enabled), clear(viewer, LOCAL, enabled)]) {
        const error = await attempt.then(() => null, (caught: unknown) => caught);
        expect(isNotFound(error), who).toBe(true);
      }
    }
    expect(await listDevMailbox({}, enabled)).toHaveLength(1);
  });
});
