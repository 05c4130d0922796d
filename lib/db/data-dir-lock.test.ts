import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDataDirLock } from "./data-dir-lock";

const root = mkdtempSync(path.join(tmpdir(), "puente-lock-"));
const lockFile = () => path.join(mkdtempSync(path.join(root, "dir-")), "puente.lock");

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("acquireDataDirLock", () => {
  it("writes this process's pid and removes it on release", () => {
    const file = lockFile();
    const release = acquireDataDirLock(file);
    expect(readFileSync(file, "utf8")).toBe(String(process.pid));
    release();
    expect(() => readFileSync(file)).toThrow();
  });

  it("refuses a folder held by another running process", () => {
    const file = lockFile();
    writeFileSync(file, String(process.ppid));
    expect(() => acquireDataDirLock(file)).toThrow(/in use by process/);
  });

  it("takes over a lock left by a process that has exited", () => {
    const file = lockFile();
    writeFileSync(file, "999999999");
    acquireDataDirLock(file)();
  });
});
