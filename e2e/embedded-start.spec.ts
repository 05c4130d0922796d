// The run command on a fresh machine: `npm start` with no DATABASE_URL starts the embedded
// database in a new data folder, migrates, seeds and serves; Ctrl-C shuts it down cleanly;
// a second start reuses the data without seeding again.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { waitForHttpOk } from "../scripts/lib/wait-for-http";

const port = Number(process.env.E2E_EMBEDDED_PORT ?? 3211);
const baseURL = `http://127.0.0.1:${port}`;

function startPlatform(dataDir: string): { child: ChildProcess; output: () => string } {
  const { DATABASE_URL: _unused, ...inherited } = process.env;
  const env = { ...inherited, PORT: String(port), PUENTE_DATA_DIR: dataDir };
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout!.on("data", (chunk) => (text += chunk));
  child.stderr!.on("data", (chunk) => (text += chunk));
  return { child, output: () => text };
}

async function waitForHealth(platform: { child: ChildProcess; output: () => string }): Promise<void> {
  const healthy = await waitForHttpOk(`${baseURL}/api/health`, { timeoutMs: 120_000, stillRunning: () => platform.child.exitCode === null });
  if (!healthy) throw new Error(`the platform did not become healthy:\n${platform.output()}`);
}

async function interrupt(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGINT");
  return exited;
}

test.describe.configure({ mode: "serial", timeout: 240_000 });

test("npm start runs on the embedded database, stops cleanly and restarts on the same data", async ({ page }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "puente-embedded-"));
  try {
    const first = startPlatform(dataDir);
    await waitForHealth(first);
    expect(first.output()).toContain("Starting the embedded database");
    expect(first.output()).toMatch(/Seeded demo content: \d+ documents/);
    await expect.poll(first.output, { timeout: 60_000 }).toContain(`Puente is ready at http://localhost:${port}`);
    await page.goto(`${baseURL}/en/focus-areas/cybersecurity`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cybersecurity");
    expect(await interrupt(first.child)).toBe(0);
    expect(first.output()).toContain("Stopped.");

    const second = startPlatform(dataDir);
    await waitForHealth(second);
    expect(second.output()).toContain("Database schema is up to date");
    expect(second.output()).not.toContain("Seeded demo content");
    await page.goto(`${baseURL}/es/documents/real-time-crime-mapping-precinct-deployment`);
    await expect(page.getByRole("heading", { name: "Indicadores de impacto" })).toBeVisible();
    expect(await interrupt(second.child)).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
