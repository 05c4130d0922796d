// `npm start` with PUENTE_ENV=production and an unsafe configuration stops before doing
// anything (no database, no build), naming every variable to change, with no stack trace.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "puente-production-"));
  try {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", PUENTE_DATA_DIR: dataDir, ...env },
      encoding: "utf8",
      timeout: 60_000,
    });
    return { ...run, dataFiles: readdirSync(dataDir) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe("npm start in production", () => {
  it("refuses a weak secret, an http origin, no SMTP and demo content, naming each variable", () => {
    const run = start({ PUENTE_ENV: "production", AUTH_SECRET: "0123456789".repeat(4), APP_URL: "http://puente.example.org", SEED_DEMO_CONTENT: "auto" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Puente cannot start\. Invalid configuration:/);
    for (const variable of ["AUTH_SECRET: is too weak", "APP_URL: must be an https:// address", "SMTP_HOST: is required", "SEED_DEMO_CONTENT: must not be auto"]) {
      expect(run.stderr).toContain(variable);
    }
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    // Nothing was started or written: no embedded database, no generated secret.
    expect(run.dataFiles).toEqual([]);
    expect(run.stdout).not.toContain("Starting the embedded database");
  });

  it("refuses a missing secret, naming it", () => {
    const run = start({ PUENTE_ENV: "production", APP_URL: "https://puente.example.org", SMTP_HOST: "smtp.example.org" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("AUTH_SECRET: is required when PUENTE_ENV=production");
    expect(run.stderr).not.toContain("APP_URL");
  });
});
