// FileStorage on a local folder. Files are written to <root>/.tmp first and renamed into
// place, so a reader (or a crash) never sees a half-written file: rename within one
// filesystem is atomic.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertValidStorageKey, isValidStorageKey, type FileStorage, type StorageEntry, type StoredFile } from "./file-storage";

const TEMP_DIR = ".tmp";

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The absolute path of a key, refusing any key that could resolve outside the root. */
  private pathOf(key: string): string {
    assertValidStorageKey(key);
    const full = path.resolve(this.root, ...key.split("/"));
    if (!full.startsWith(this.root + path.sep)) throw new Error(`Storage key escapes the storage folder: ${key}`);
    return full;
  }

  async put(key: string, data: Buffer | Uint8Array, _contentType: string): Promise<void> {
    const target = this.pathOf(key);
    const tempDir = path.join(this.root, TEMP_DIR);
    await fs.mkdir(tempDir, { recursive: true });
    const temp = path.join(tempDir, `${randomBytes(12).toString("hex")}.part`);
    try {
      const handle = await fs.open(temp, "wx", 0o640);
      try {
        await handle.writeFile(data);
        // Flushed before the rename, so the renamed file never turns up empty after a power loss.
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.pathOf(key);
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, "r");
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return null;
      throw error;
    }
    // Size from the open handle: a concurrent put replaces the path, not this file.
    const stats = await handle.stat().catch(async (error) => {
      await handle.close();
      throw error;
    });
    if (!stats.isFile()) {
      await handle.close();
      return null;
    }
    // The stream closes the handle when it ends or is cancelled.
    const stream = handle.createReadStream();
    return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, size: stats.size };
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StorageEntry> {
    yield* this.walk(this.root, "");
  }

  private async *walk(dir: string, prefix: string): AsyncGenerator<StorageEntry> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (errorCode(error) === "ENOENT") return; // nothing stored yet
      throw error;
    }
    for (const entry of entries) {
      // Temporary files of puts in progress, hidden files and names no key could have (put
      // there by something else) are not ours to list, nor to delete.
      if (entry.name.startsWith(".")) continue;
      const key = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        yield* this.walk(full, key);
      } else if (entry.isFile() && isValidStorageKey(key)) {
        const stats = await fs.stat(full).catch(() => null); // deleted meanwhile
        if (stats) yield { key, lastModified: stats.mtime };
      }
    }
  }
}
