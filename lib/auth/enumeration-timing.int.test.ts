// Sign-up and password-reset requests must not tell whether an email has an account by how
// long they take. Before answering, both paths do the same work: the same SQL statements, the
// same password hashing, no mail; looking the email up, the writes and the mail come after the
// answer (afterResponse). Checked two ways on the real database: the statements each path runs
// before answering, and the median response time over many tries.
import { loadavg } from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestUser, deleteTagged, emailFor, newTag, type TestUser } from "@/lib/testing/accounts";
import { requestPasswordReset } from "./password-reset";
import { signUp, type LinkContext } from "./registration";

const tag = newTag("en");
const link: LinkContext = { origin: "https://puente.example", locale: "en" };
let ipCounter = 0;
const freshIp = () => `ip-${tag}-${++ipCounter}`;

/** A second client on the same database that records every statement it sends. */
const statements: string[] = [];
const recording = new PrismaClient({ adapter: new PrismaPg({ connectionString: inject("databaseUrl"), max: 2 }), log: [{ emit: "event", level: "query" }] });
recording.$on("query", (event) => statements.push(event.query));
const recordingDb = recording as unknown as Database;

interface Flow {
  name: string;
  /** Runs the request up to its answer; returns what is left for after it. */
  answer: (database: Database, email: string) => Promise<{ ok: boolean; afterResponse?: () => Promise<void> }>;
}
const flows: Flow[] = [
  { name: "sign-up", answer: (database, email) => signUp(database, { name: "Someone", email, password: "a long enough sign-up passphrase", ip: freshIp() }, link) },
  { name: "password reset", answer: (database, email) => requestPasswordReset(database, { email, ip: freshIp() }, link) },
];

const TRIES = 24;
let existing: TestUser[] = [];
let nextExisting = 0;
let nextUnknown = 0;
const anExistingEmail = () => existing[nextExisting++]!.email;
const anUnknownEmail = () => emailFor(tag, `unknown-${nextUnknown++}`);

beforeAll(async () => {
  // One fresh account per try and flow, so no per-email limit is reached.
  existing = await Promise.all(Array.from({ length: 2 * TRIES + 4 }, (_, i) => createTestUser(db, tag, `existing-${i}`)));
});

afterAll(async () => {
  await recording.$disconnect();
  await deleteTagged(db, tag);
  await db.$disconnect();
});

/** The statements a request runs before answering (parameters aside), and how many mails it sent by then. */
async function workBeforeAnswer(flow: Flow, email: string) {
  statements.length = 0;
  const result = await flow.answer(recordingDb, email);
  const work = { ok: result.ok, statements: [...statements], mails: await db.mailMessage.count({ where: { to: email } }) };
  await result.afterResponse?.();
  return work;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function timeAnswer(flow: Flow, email: string): Promise<number> {
  const started = performance.now();
  const result = await flow.answer(db, email);
  const elapsed = performance.now() - started;
  expect(result.ok).toBe(true);
  // What follows the answer runs outside the measurement, as it does after the response has gone.
  await result.afterResponse?.();
  return elapsed;
}

describe.each(flows)("$name", (flow) => {
  it("runs the same statements and sends no mail before answering, for an existing and an unknown email", async () => {
    const email = anExistingEmail();
    const known = await workBeforeAnswer(flow, email);
    const unknown = await workBeforeAnswer(flow, anUnknownEmail());
    expect(known.ok && unknown.ok).toBe(true);
    expect(known.statements.length).toBeGreaterThan(0);
    expect(unknown.statements).toEqual(known.statements);
    expect([known.mails, unknown.mails]).toEqual([0, 0]);
    // The owner of the existing account did get their mail, after the answer.
    expect(await db.mailMessage.count({ where: { to: email } })).toBe(1);
  });

  it(`answers an existing and an unknown email in the same time (medians of ${TRIES} tries)`, async () => {
    await timeAnswer(flow, anUnknownEmail()); // warm-up: first-use costs are not part of either path
    const times = { existing: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < TRIES; i++) {
      // Alternating which goes first, so a slow stretch of the machine is shared by both.
      const order = i % 2 ? (["existing", "unknown"] as const) : (["unknown", "existing"] as const);
      for (const kind of order) times[kind].push(await timeAnswer(flow, kind === "existing" ? anExistingEmail() : anUnknownEmail()));
    }
    const medians = { existing: median(times.existing), unknown: median(times.unknown) };
    console.log(`${flow.name}: median ${medians.existing.toFixed(1)} ms existing, ${medians.unknown.toFixed(1)} ms unknown (load average ${loadavg().map((l) => l.toFixed(2)).join(" ")})`);
    // Within 20% of the slower path (at least 5 ms): wide enough for a loaded 2-core machine,
    // narrow enough to catch a path that does an extra write, lookup or mail send.
    const tolerance = Math.max(5, 0.2 * Math.max(medians.existing, medians.unknown));
    expect(Math.abs(medians.existing - medians.unknown)).toBeLessThanOrEqual(tolerance);
  });
});
