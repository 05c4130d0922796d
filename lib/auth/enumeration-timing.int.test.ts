// Sign-up and password-reset requests must not tell whether an email has an account by how
// long they take. Before answering, both paths do the same work: the same SQL statements, the
// same password hashing, no mail; looking the email up, the writes and the mail come after the
// answer (afterResponse). Checked two ways on the real database: the statements each path runs
// before answering (exact), and the response times over many paired tries (within a tolerance
// a loaded machine keeps).
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
  /** Pairs of timed answers (sign-up hashes a password each time, so it gets fewer). */
  tries: number;
  /** Runs the request up to its answer; returns what is left for after it. */
  answer: (database: Database, email: string) => Promise<{ ok: boolean; afterResponse?: () => Promise<void> }>;
}
const flows: Flow[] = [
  { name: "sign-up", tries: 40, answer: (database, email) => signUp(database, { name: "Someone", email, password: "a long enough sign-up passphrase", ip: freshIp() }, link) },
  { name: "password reset", tries: 60, answer: (database, email) => requestPasswordReset(database, { email, ip: freshIp() }, link) },
];

let existing: TestUser[] = [];
let nextExisting = 0;
let nextUnknown = 0;
const anExistingEmail = () => existing[nextExisting++]!.email;
const anUnknownEmail = () => emailFor(tag, `unknown-${nextUnknown++}`);

beforeAll(async () => {
  // One fresh account per try and flow, so no per-email limit is reached.
  const needed = flows.reduce((sum, flow) => sum + flow.tries + 1, 0);
  existing = await Promise.all(Array.from({ length: needed }, (_, i) => createTestUser(db, tag, `existing-${i}`)));
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

/**
 * The standard error of a median, estimated from the values' spread (median absolute
 * deviation), which the outliers of a loaded machine do not inflate.
 */
function medianStandardError(values: number[]): number {
  const middle = median(values);
  const mad = median(values.map((value) => Math.abs(value - middle)));
  return (1.253 * 1.4826 * mad) / Math.sqrt(values.length);
}

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

  it(`answers an existing and an unknown email in the same time (medians of ${flow.tries} paired tries)`, async () => {
    await timeAnswer(flow, anUnknownEmail()); // warm-up: first-use costs are not part of either path
    const times = { existing: [] as number[], unknown: [] as number[] };
    const differences: number[] = [];
    for (let i = 0; i < flow.tries; i++) {
      // Each pair runs back to back, alternating which goes first, so a slow stretch of the
      // loaded machine weighs on both sides of the pair alike.
      const pair = { existing: 0, unknown: 0 };
      for (const kind of i % 2 ? (["existing", "unknown"] as const) : (["unknown", "existing"] as const)) {
        pair[kind] = await timeAnswer(flow, kind === "existing" ? anExistingEmail() : anUnknownEmail());
        times[kind].push(pair[kind]);
      }
      differences.push(pair.existing - pair.unknown);
    }
    const medians = { existing: median(times.existing), unknown: median(times.unknown), difference: median(differences) };
    // The paired difference is within 4 standard errors of its own measurement (at least
    // 5 ms): that holds however noisy a loaded machine makes the answers (password hashing
    // is the noisy part, and it is the same on both paths), while a path that does extra
    // writes or sends mail before answering stands out. On an idle machine such extra work can
    // cost less than 5 ms; the statement comparison above catches it there.
    const tolerance = Math.max(5, 4 * medianStandardError(differences));
    console.log(
      `${flow.name}: median ${medians.existing.toFixed(1)} ms existing, ${medians.unknown.toFixed(1)} ms unknown, ` +
        `paired difference ${medians.difference.toFixed(1)} ms (tolerance ${tolerance.toFixed(1)} ms, ${flow.tries} pairs; ` +
        `load average ${loadavg().map((l) => l.toFixed(2)).join(" ")})`,
    );
    expect(Math.abs(medians.difference)).toBeLessThanOrEqual(tolerance);
  });
});
