import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { isNotFound } from "@/lib/errors";
import { clearDevMailbox, getDevMailboxMessage, listDevMailbox } from "./dev-mailbox";
import { devMailboxTransport } from "./transport";

const enabled = { env: parseEnv({ PUENTE_ENV: "test" }), db };
// Only the two settings the mailbox looks at, so this does not track production's other requirements.
const production = { env: { PUENTE_ENV: "production" as const, SMTP_HOST: "smtp.example.org" }, db };
const withSmtp = { env: parseEnv({ PUENTE_ENV: "development", SMTP_HOST: "smtp.example.org" }), db };

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
});
