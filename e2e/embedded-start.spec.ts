// The run command on a fresh machine: `npm start` with no DATABASE_URL starts the embedded
// database in a new data folder, migrates, seeds and serves; a second start reuses the data.
// Stopping works the way process managers and terminals stop things: SIGTERM (systemd, Docker,
// CI) or SIGINT (Ctrl-C) to npm, or SIGTERM to the innermost web server, stops every process
// the command started, and the embedded database is closed so that the folder opens again.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { cleanUpRun, noiseIn, npmStart, stopAndWait, waitForHealth, type NpmRun } from "./support/platform";

const port = Number(process.env.E2E_EMBEDDED_PORT ?? 3211);
const baseURL = `http://127.0.0.1:${port}`;

test.describe.configure({ mode: "serial", timeout: 600_000 });

test("npm start serves from the embedded database and stops cleanly on SIGTERM or SIGINT to npm, or SIGTERM to the web server", async ({ page }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "puente-embedded-"));
  const runs: NpmRun[] = [];
  const start = () => {
    const run = npmStart({ PORT: String(port), PUENTE_DATA_DIR: dataDir });
    runs.push(run);
    return run;
  };
  const timings: Record<string, number> = {};
  try {
    // A fresh folder: created, migrated and seeded. SIGTERM to npm, as systemd or Docker send it.
    const first = start();
    await waitForHealth(first, baseURL);
    expect(first.output()).toContain("Starting the embedded database");
    expect(first.output()).toMatch(/Seeded demo content: \d+ documents/);
    await expect.poll(first.output, { timeout: 60_000 }).toContain(`Puente is ready at http://localhost:${port}`);
    await page.goto(`${baseURL}/en/focus-areas/cybersecurity`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cybersecurity");
    timings.sigtermToNpm = await stopAndWait(first, "SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain("Stopped (web server");
    expect(noiseIn(first.output())).toEqual([]);

    // The same folder again: nothing to seed. Ctrl-C's SIGINT, sent to npm alone.
    const second = start();
    await waitForHealth(second, baseURL);
    expect(second.output()).toContain("Database schema is up to date");
    expect(second.output()).not.toContain("Seeded demo content");
    await page.goto(`${baseURL}/es/documents/real-time-crime-mapping-precinct-deployment`);
    await expect(page.getByRole("heading", { name: "Indicadores de impacto" })).toBeVisible();
    // The impact aggregates (percentiles, JSON, one repeatable-read snapshot) on PGlite too.
    await page.goto(`${baseURL}/en/results?by=organization`);
    await expect(page.getByRole("region", { name: "Money (USD)", exact: true }).getByRole("table")).toBeVisible();
    timings.sigintToNpm = await stopAndWait(second, "SIGINT");
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain("Stopped (web server");

    // SIGTERM to the innermost process, the web server: everything above it stops too.
    const third = start();
    await waitForHealth(third, baseURL);
    const server = third.processes().find((p) => /scripts\/serve\.ts|next-server/.test(p.command))!;
    timings.sigtermToWebServer = await stopAndWait(third, "SIGTERM", server.pid);
    expect(third.output()).toContain("Stopped (web server");
    expect(noiseIn(second.output() + third.output())).toEqual([]);

    // Each stop closed the database: the folder opens, with its data.
    const reopened = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite") });
    try {
      const { Client } = (await import("pg")).default;
      const client = new Client({ connectionString: reopened.url });
      await client.connect();
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Document"`);
      await client.end();
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await reopened.stop();
    }
    const stopTimes = JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])));
    test.info().annotations.push({ type: "stop times (ms, signal to last process gone)", description: stopTimes });
    console.log(`stop times (ms, signal to last process gone): ${stopTimes}`);
  } finally {
    for (const run of runs) await cleanUpRun(run);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
