// The demo attachments: generated (prisma/seed/files), checked and extracted by the same code
// as an upload (prepareUpload), stored through the configured FileStorage, and written as the
// same rows an upload writes (attachment and its pages), inside the seeding transaction.
import type { Prisma } from "../../lib/generated/prisma/client";
import { prepareUpload, type PreparedUpload, type UploadLimits } from "../../lib/attachments/prepare-upload";
import { DEFAULT_EXTENSIONS } from "../../lib/extract/file-kinds";
import type { FileStorage } from "../../lib/storage/file-storage";
import { newStorageKey } from "../../lib/storage/storage-key";
import { attachments } from "./data";
import { writeDocx } from "./files/docx-writer";
import { writePdf } from "./files/pdf-writer";
import type { SeedAttachment } from "./types";

type Prepared = Extract<PreparedUpload, { ok: true }>;

export interface SeedFile {
  prepared: Prepared;
  bytes: Uint8Array;
}

// The app's default upload limits; the demo files are far below them.
const LIMITS: UploadLimits = { maxBytes: 25 * 1024 * 1024, timeoutMs: 30_000, maxChars: 1_000_000 };

export function renderSeedFile(file: SeedAttachment): Uint8Array {
  return file.format === "pdf" ? writePdf(file) : writeDocx(file);
}

/** The document's demo files, ready to store; throws when one would not be accepted as an upload. */
export async function prepareSeedFiles(documentSlug: string): Promise<SeedFile[]> {
  const files: SeedFile[] = [];
  for (const file of attachments.filter((a) => a.document === documentSlug)) {
    const bytes = renderSeedFile(file);
    const prepared = await prepareUpload({ bytes, fileName: file.fileName, limits: LIMITS });
    if (!prepared.ok) throw new Error(`seed: ${file.fileName} was refused as an upload (${prepared.reason})`);
    if (prepared.extraction.status !== "EXTRACTED") {
      throw new Error(`seed: no text could be extracted from ${file.fileName} (${prepared.extraction.error})`);
    }
    files.push({ prepared, bytes });
  }
  return files;
}

/**
 * Stores the files and writes their rows. `stored` collects the keys written, so the caller
 * can remove them when the transaction fails, as an upload does.
 */
export async function attachSeedFiles(
  tx: Prisma.TransactionClient,
  input: { storage: FileStorage; documentId: string; uploadedById: string; live: boolean; createdAt: Date },
  files: SeedFile[],
  stored: string[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, { prepared, bytes }] of files.entries()) {
    const storageKey = newStorageKey(input.documentId, DEFAULT_EXTENSIONS[prepared.kind]);
    await input.storage.put(storageKey, bytes, prepared.mimeType);
    stored.push(storageKey);
    const { extraction } = prepared;
    const attachment = await tx.attachment.create({
      data: {
        documentId: input.documentId, fileName: prepared.fileName, mimeType: prepared.mimeType, size: prepared.size, storageKey,
        checksum: prepared.checksum, uploadedById: input.uploadedById, live: input.live,
        extractionStatus: extraction.status, extractionError: extraction.error, pageCount: extraction.pageCount,
        // In the order listed (the editor and search list files by upload time).
        createdAt: new Date(input.createdAt.getTime() + index * 1000),
      },
      select: { id: true },
    });
    await tx.attachmentPage.createMany({ data: extraction.pages.map((p) => ({ attachmentId: attachment.id, page: p.page, text: p.text })) });
    ids.push(attachment.id);
  }
  return ids;
}
