import { describe, expect, it } from "vitest";
import { migrationFolderName, migrationTimestamp, parseMigrationName } from "./migration-name";

describe("parseMigrationName", () => {
  it.each(["init", "add_document_search", "add-search-2", "v2"])("accepts %s", (name) => {
    expect(parseMigrationName(name)).toEqual({ ok: true, name });
  });

  it("trims surrounding spaces", () => {
    expect(parseMigrationName("  init ")).toEqual({ ok: true, name: "init" });
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["uppercase", "AddSearch"],
    ["spaces", "add search"],
    ["leading digit", "2fa"],
    ["double separator", "add__search"],
    ["trailing separator", "add_"],
    ["path traversal", "../init"],
    ["too long", "a".repeat(81)],
  ])("rejects %s", (_label, input) => {
    const result = parseMigrationName(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).not.toBe("");
  });
});

describe("migrationFolderName", () => {
  it("prefixes the UTC timestamp Prisma Migrate uses", () => {
    const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(migrationTimestamp(date)).toBe("20260102030405");
    expect(migrationFolderName("init", date)).toBe("20260102030405_init");
  });
});
