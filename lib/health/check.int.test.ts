import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requireDatabaseUrl } from "@/lib/env";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { checkHealth } from "./check";

describe("checkHealth", () => {
  let empty: TestDatabase;
  beforeAll(async () => {
    empty = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await empty?.drop();
  });

  it("is ok on a reachable, fully migrated database", async () => {
    const report = await checkHealth(requireDatabaseUrl());
    expect(report).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { current: true, pending: [] } });
  });

  it("is unavailable, listing what is pending, when migrations have not run", async () => {
    const report = await checkHealth(empty.url);
    expect(report.status).toBe("unavailable");
    expect(report.database.reachable).toBe(true);
    expect(report.migrations?.current).toBe(false);
    expect(report.migrations?.pending.length).toBeGreaterThan(0);
  });

  it("is unavailable without revealing why when the database cannot be reached", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const report = await checkHealth("postgresql://postgres:secret@127.0.0.1:1/puente");
    expect(report).toEqual({ status: "unavailable", database: { reachable: false }, migrations: null });
    expect(JSON.stringify(report)).not.toContain("secret");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
