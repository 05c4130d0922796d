// The behaviour every FileStorage driver must have, run against each real backend by its
// test file (local-storage.test.ts, s3-storage.test.ts).
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { InvalidStorageKeyError, type FileStorage } from "../file-storage";

export async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(body).arrayBuffer());
}

async function listKeys(storage: FileStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of storage.list()) keys.push(entry.key);
  return keys.sort();
}

export const UNSAFE_KEYS = ["", "../escape", "documents/../../escape", "/etc/passwd", "a//b", ".hidden", "a/./b", "a\\..\\b", "a/b/", "é", "a b"];

export function describeStorageContract(name: string, storage: () => FileStorage) {
  describe(`${name}: FileStorage contract`, () => {
    it("returns exactly the bytes that were put, as a web stream with their size", async () => {
      const data = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(3 * 1024 * 1024)]);
      await storage().put("documents/doc1/binary", data, "application/octet-stream");
      const file = await storage().get("documents/doc1/binary");
      expect(file).not.toBeNull();
      expect(file!.body).toBeInstanceOf(ReadableStream);
      expect(file!.size).toBe(data.length);
      expect((await readAll(file!.body)).equals(data)).toBe(true);
    });

    it("replaces the file on a second put under the same key", async () => {
      await storage().put("documents/doc1/replaced", Buffer.from("first version, longer"), "text/plain");
      await storage().put("documents/doc1/replaced", new TextEncoder().encode("second"), "text/plain");
      const file = await storage().get("documents/doc1/replaced");
      expect(file?.size).toBe(6);
      expect((await readAll(file!.body)).toString()).toBe("second");
    });

    it("answers null for a missing key and deletes idempotently", async () => {
      expect(await storage().get("documents/doc1/never-stored")).toBeNull();
      await storage().put("documents/doc1/to-delete", Buffer.from("x"), "text/plain");
      await storage().delete("documents/doc1/to-delete");
      expect(await storage().get("documents/doc1/to-delete")).toBeNull();
      await expect(storage().delete("documents/doc1/to-delete")).resolves.toBeUndefined();
      await expect(storage().delete("documents/other/never-stored")).resolves.toBeUndefined();
    });

    it("lists every stored key with its modification time", async () => {
      const before = Date.now();
      const keys = ["list/a/1", "list/a/2", "list/b/1.pdf"];
      for (const key of keys) await storage().put(key, Buffer.from(key), "text/plain");
      const listed = new Map<string, Date>();
      for await (const entry of storage().list()) listed.set(entry.key, entry.lastModified);
      for (const key of keys) {
        expect(listed.get(key), key).toBeInstanceOf(Date);
        // S3 reports whole seconds.
        expect(Math.abs(listed.get(key)!.getTime() - before)).toBeLessThan(60_000);
      }
      await storage().delete("list/a/2");
      expect(await listKeys(storage())).not.toContain("list/a/2");
    });

    it("rejects keys that are not plain relative paths, on every operation", async () => {
      for (const key of UNSAFE_KEYS) {
        await expect(storage().put(key, Buffer.from("x"), "text/plain"), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage().get(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage().delete(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      }
    });
  });
}
