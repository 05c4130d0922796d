import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalFileStorage } from "./local-storage";
import { describeStorageContract, readAll } from "./testing/storage-contract";

let parent: string;
let storage: LocalFileStorage;

beforeAll(async () => {
  parent = await fs.mkdtemp(path.join(os.tmpdir(), "puente-local-storage-"));
  storage = new LocalFileStorage(path.join(parent, "files"));
});
afterAll(async () => {
  await fs.rm(parent, { recursive: true, force: true });
});

describeStorageContract("local", () => storage);

describe("local driver", () => {
  it("lists nothing, and finds nothing, before the folder exists", async () => {
    const fresh = new LocalFileStorage(path.join(parent, "not-created-yet"));
    const entries = [];
    for await (const entry of fresh.list()) entries.push(entry);
    expect(entries).toEqual([]);
    expect(await fresh.get("documents/a/b")).toBeNull();
  });

  it("never writes outside its folder", async () => {
    await expect(storage.put("../escape", Buffer.from("x"), "text/plain")).rejects.toThrow();
    await expect(fs.access(path.join(parent, "escape"))).rejects.toThrow();
  });

  it("never shows a half-written file: readers see nothing or all of it", async () => {
    const data = Buffer.alloc(24 * 1024 * 1024, 1);
    const writing = storage.put("documents/big/file", data, "application/octet-stream");
    const sizes = new Set<number>();
    let done = false;
    void writing.finally(() => (done = true));
    while (!done) {
      const file = await storage.get("documents/big/file");
      if (file) {
        sizes.add(file.size);
        await file.body.cancel();
      }
    }
    await writing;
    expect([...sizes].every((size) => size === data.length)).toBe(true);
    expect((await storage.get("documents/big/file"))?.size).toBe(data.length);
  });

  it("leaves no temporary file behind and lists none in progress", async () => {
    // A directory where the file should go makes the final rename fail.
    await fs.mkdir(path.join(storage.root, "documents/blocked/file"), { recursive: true });
    await expect(storage.put("documents/blocked/file", Buffer.from("x"), "text/plain")).rejects.toThrow();
    expect(await fs.readdir(path.join(storage.root, ".tmp"))).toEqual([]);
    await fs.writeFile(path.join(storage.root, ".tmp", "in-progress.part"), "partial");
    const keys = [];
    for await (const entry of storage.list()) keys.push(entry.key);
    expect(keys.some((key) => key.includes("tmp") || key.includes("blocked"))).toBe(false);
    expect(await storage.get("documents/blocked/file")).toBeNull();
  });

  it("serves a file whose key was replaced while it was being read", async () => {
    // Larger than a stream's read-ahead, so most of it is read after the replacement.
    const old = Buffer.alloc(2 * 1024 * 1024, "a");
    await storage.put("documents/swap/file", old, "text/plain");
    const file = await storage.get("documents/swap/file");
    await storage.put("documents/swap/file", Buffer.alloc(1024, "b"), "text/plain");
    expect((await readAll(file!.body)).equals(old)).toBe(true);
  });
});
