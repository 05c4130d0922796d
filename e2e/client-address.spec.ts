// Who is asking, as the server sees it: the per-address limits count the socket's address, not
// a header the client wrote, and the server answers this machine only unless HOST says so.
// Runs `npm start` on its own migrated database (no demo content), so the limits it fills up
// do not affect the other browser tests.
import net from "node:net";
import os from "node:os";
import { expect, request as playwrightRequest, test } from "./support/test";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../lib/testing/test-database";
import { cleanUpRun, npmStart, stopAndWait, waitForHealth, type NpmRun } from "./support/platform";

const port = Number(process.env.E2E_EMBEDDED_PORT ?? 3211);
const baseURL = `http://127.0.0.1:${port}`;

test.describe.configure({ mode: "serial", timeout: 300_000 });

let database: TestDatabase;
const runs: NpmRun[] = [];

function start(env: Record<string, string> = {}): NpmRun {
  const run = npmStart({ PORT: String(port), DATABASE_URL: database.url, SEED_DEMO_CONTENT: "never", ...env });
  runs.push(run);
  return run;
}

test.beforeAll(async () => {
  database = await createTestDatabase();
});

test.afterAll(async () => {
  for (const run of runs) await cleanUpRun(run);
  await database?.drop();
});

async function rateLimitKeys(): Promise<string[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<{ key: string }>(`SELECT key FROM "RateLimit"`)).rows.map((row) => row.key);
  } finally {
    await client.end();
  }
}

test("a client-sent X-Forwarded-For does not change the address the sign-in limits count", async () => {
  const run = start();
  await waitForHealth(run, baseURL);
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    // Wrong passwords for ever new emails (no per-account limit), each claiming another address.
    let limitedAt: number | undefined;
    for (let attempt = 1; attempt <= 150 && limitedAt === undefined; attempt++) {
      const claimed = `203.0.113.${attempt}`;
      const response = await api.post("/api/auth/callback/credentials", {
        form: { email: `nobody-${attempt}@example.org`, password: "not the password 1", csrfToken },
        headers: { "x-forwarded-for": claimed, "x-real-ip": claimed },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(302);
      if (response.headers()["location"]?.includes("code=rate_limited")) limitedAt = attempt;
    }
    // The per-address limit (50 failures per 15 minutes) stops the rotation.
    expect(limitedAt).toBeDefined();
    const keys = await rateLimitKeys();
    expect(keys.filter((key) => key.includes("203.0.113."))).toEqual([]);
    expect(keys.some((key) => key.includes("127.0.0.1"))).toBe(true);
  } finally {
    await api.dispose();
  }
  await stopAndWait(run, "SIGTERM");
});

function nonLoopbackAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === "IPv4" && !entry.internal)?.address;
}

/** Whether a TCP connection to host:port is accepted. */
function connects(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 5_000 });
    const done = (accepted: boolean) => {
      socket.destroy();
      resolve(accepted);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}

test("the server listens on this machine only unless HOST says otherwise, and warns when mail would stay in the mailbox", async () => {
  const address = nonLoopbackAddress();
  test.skip(!address, "this machine has no network address other than loopback");

  const local = start();
  await waitForHealth(local, baseURL);
  expect(await connects("127.0.0.1")).toBe(true);
  expect(await connects(address!)).toBe(false);
  expect(local.output()).not.toContain("WARNING");
  await stopAndWait(local, "SIGTERM");

  const everywhere = start({ HOST: "0.0.0.0" });
  await waitForHealth(everywhere, baseURL);
  const response = await fetch(`http://${address}:${port}/api/health`);
  expect(response.status).toBe(200);
  expect(everywhere.output()).toMatch(/WARNING: HOST=0\.0\.0\.0 makes this server reachable from other machines/);
  await stopAndWait(everywhere, "SIGTERM");
});
