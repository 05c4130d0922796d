// The backup archive's table of contents: what it holds and each part's SHA-256, so that a
// restore checks everything before it writes anything. Read back through zod: an archive is
// input like any other, and a tampered or truncated one must be refused with a clear message.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { z } from "zod";
import { isValidStorageKey } from "../storage/file-storage";

export const BACKUP_FORMAT = "puente-backup";
export const BACKUP_VERSION = 1;
export const MANIFEST_NAME = "manifest.json";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in hex");
const bytes = z.number().int().min(0);

const databasePart = z.discriminatedUnion("kind", [
  // pg_dump's custom format, restored with pg_restore of at least `toolVersion`'s major.
  z.object({ kind: z.literal("server"), file: z.literal("database/dump.pgc"), serverVersion: z.string().max(100), toolVersion: z.string().max(100), sha256, bytes }),
  // PGlite's own tarball of its data folder (dumpDataDir), loaded back with loadDataDir.
  z.object({ kind: z.literal("embedded"), file: z.literal("database/pgdata.tar.gz"), serverVersion: z.string().max(100), sha256, bytes }),
]);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  migrations: z.array(z.string().max(200)).max(10_000),
  database: databasePart,
  files: z
    .array(z.object({ key: z.string().refine(isValidStorageKey, "is not a storage key"), contentType: z.string().min(1).max(255), sha256, bytes }))
    .max(10_000_000)
    .refine((files) => new Set(files.map((f) => f.key)).size === files.length, "lists a file twice"),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type DatabasePart = BackupManifest["database"];

/** Where a stored file sits in the archive. */
export const archivedFilePath = (key: string) => `files/${key}`;

/** SHA-256 and size of a file on disk, streamed (attachments can be large). */
export async function digestFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes: size };
}
