// bench:cluster's checks of the database after the load: every write is there once, every
// publish reached the search index (with the published title), the outbox has drained with no
// entry failing, each attachment's file is in the shared storage, and the sign-in counters of
// all instances add up in one row.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { sleep } from "./platform";
import type { Written } from "./cluster-load";

export interface Check {
  check: string;
  ok: boolean;
  detail: string;
}

const OUTBOX_DRAIN_MS = 60_000;

async function outboxDrained(client: pg.Client): Promise<Check> {
  const started = performance.now();
  let rows: { waiting: number; failing: number }[] = [];
  do {
    ({ rows } = await client.query<{ waiting: number; failing: number }>(`SELECT count(*)::int AS waiting, count("lastError")::int AS failing FROM "SearchOutbox"`));
    if (rows[0]!.waiting === 0) break;
    await sleep(250);
  } while (performance.now() - started < OUTBOX_DRAIN_MS);
  const { waiting, failing } = rows[0]!;
  return { check: "outbox drained, no entry failing", ok: waiting === 0 && failing === 0, detail: `${waiting} waiting, ${failing} with an error, after ${((performance.now() - started) / 1000).toFixed(1)} s` };
}

async function writesOnce(client: pg.Client, written: Written[]): Promise<Check[]> {
  const created = written.filter((w) => w.id);
  const { rows } = await client.query<{ word: string; n: number; published: number; edited: number; attachments: number }>(
    `SELECT w AS word, count(DISTINCT d.id)::int AS n, (count(DISTINCT d.id) FILTER (WHERE d.status = 'PUBLISHED'))::int AS published,
            (count(DISTINCT d.id) FILTER (WHERE d.title LIKE '%(edited)'))::int AS edited, count(DISTINCT a.id)::int AS attachments
       FROM unnest($1::text[]) AS w LEFT JOIN "Document" d ON d.title LIKE 'Cluster probe ' || w || '%'
       LEFT JOIN "Attachment" a ON a."documentId" = d.id GROUP BY w`,
    [created.map((w) => w.word)],
  );
  const by = new Map(rows.map((r) => [r.word, r]));
  const wrong = (pick: (w: Written) => boolean, ok: (w: Written, r: (typeof rows)[number]) => boolean) => created.filter(pick).filter((w) => !ok(w, by.get(w.word)!));
  const once = wrong(() => true, (_, r) => r.n === 1);
  const published = wrong((w) => w.published, (_, r) => r.published === 1 && r.edited === 1);
  const attached = wrong((w) => w.attached, (_, r) => r.attachments === 1);
  return [
    { check: "every created document is there once", ok: once.length === 0, detail: `${created.length} created, ${once.length} missing or duplicated` },
    { check: "every publish is published, with its edit", ok: published.length === 0, detail: `${written.filter((w) => w.published).length} published, ${published.length} not as sent` },
    { check: "every attachment is there once", ok: attached.length === 0, detail: `${written.filter((w) => w.attached).length} attached, ${attached.length} wrong` },
  ];
}

async function indexedOnce(client: pg.Client, written: Written[], storageDir: string): Promise<Check[]> {
  const published = written.filter((w) => w.published);
  const { rows } = await client.query<{ id: string; title: string | null }>(
    `SELECT d.id, e.title FROM "Document" d LEFT JOIN "SearchEntry" e ON e."documentId" = d.id WHERE d.id = ANY($1::text[])`,
    [published.map((w) => w.id)],
  );
  const stale = rows.filter((r) => !r.title?.endsWith("(edited)"));
  const { rows: files } = await client.query<{ key: string }>(`SELECT a."storageKey" AS key FROM "Attachment" a WHERE a."documentId" = ANY($1::text[])`, [written.map((w) => w.id).filter(Boolean)]);
  const missing = files.filter((f) => !existsSync(path.join(storageDir, f.key)));
  return [
    { check: "every publish reached the search index, as published", ok: stale.length === 0 && rows.length === published.length, detail: `${rows.length - stale.length} of ${published.length} indexed with the published title` },
    { check: "every attachment's file is in the shared storage", ok: missing.length === 0, detail: `${files.length - missing.length} of ${files.length} files present` },
  ];
}

/** The sign-in counter of `email` after `attempts` failures sent round robin to the instances. */
export async function signInCounterCheck(url: string, email: string, attempts: number): Promise<Check> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(`SELECT count FROM "RateLimit" WHERE key = $1`, [`sign-in:account:${email}`]);
    const counted = rows[0]?.count ?? 0;
    return { check: "sign-in failures add up across instances", ok: counted === attempts, detail: `${attempts} failures sent round robin, ${counted} counted in one row` };
  } finally {
    await client.end();
  }
}

export async function clusterChecks(url: string, written: Written[], storageDir: string): Promise<Check[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const drained = await outboxDrained(client);
    return [drained, ...(await writesOnce(client, written)), ...(await indexedOnce(client, written, storageDir))];
  } finally {
    await client.end();
  }
}
