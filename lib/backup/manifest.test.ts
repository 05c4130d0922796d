import { describe, expect, it } from "vitest";
import { manifestSchema } from "./manifest";
import { majorVersion } from "./pg-tools";

const sha = "a".repeat(64);
const valid = {
  format: "puente-backup", version: 1, createdAt: "2026-12-07T18:00:00.000Z", migrations: ["20260101000000_init"],
  database: { kind: "server", file: "database/dump.pgc", serverVersion: "15.19", toolVersion: "pg_dump (PostgreSQL) 15.20", sha256: sha, bytes: 10 },
  files: [{ key: "attachments/2026/ab/file.pdf", contentType: "application/pdf", sha256: sha, bytes: 3 }],
};

describe("the backup manifest", () => {
  it("reads a valid manifest", () => {
    expect(manifestSchema.parse(valid)).toEqual(valid);
  });

  it("refuses keys that could leave the storage folder, files listed twice, bad checksums and other formats", () => {
    const withFiles = (files: unknown[]) => ({ ...valid, files });
    const file = valid.files[0]!;
    for (const bad of [
      withFiles([{ ...file, key: "../../etc/passwd" }]),
      withFiles([{ ...file, key: "/etc/passwd" }]),
      withFiles([file, file]),
      withFiles([{ ...file, sha256: "xyz" }]),
      withFiles([{ ...file, bytes: -1 }]),
      { ...valid, database: { ...valid.database, file: "../dump.pgc" } },
      { ...valid, database: { ...valid.database, kind: "embedded" } },
      { ...valid, format: "other" },
      { ...valid, version: 2 },
      { ...valid, createdAt: "2026-02-30T00:00:00Z" },
    ]) {
      expect(manifestSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 200)).toBe(false);
    }
  });
});

describe("majorVersion", () => {
  it("reads the major version of tools and servers", () => {
    expect(majorVersion("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)")).toBe(15);
    expect(majorVersion("18.0")).toBe(18);
    expect(majorVersion("9.6.24")).toBe(9);
    expect(majorVersion("unknown")).toBeNull();
  });
});
