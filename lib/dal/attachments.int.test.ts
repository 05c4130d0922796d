// Attachments with real PDFs, a real storage folder and the real database: what is stored and
// recorded, duplicates, limits, cleanup after a failed transaction, and who may download.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareUpload } from "@/lib/attachments/prepare-upload";
import { db } from "@/lib/db";
import { makePdf } from "@/lib/extract/testing/make-pdf";
import { LocalFileStorage } from "@/lib/storage/local-storage";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { expectAppError, expectNotFound } from "@/lib/testing/expect-errors";
import { addAttachment, getAttachmentForDownload, removeAttachment } from "./attachments";
import { createDocument, restoreRevision } from "./document-editing";
import { decideReview, submitDocument } from "./document-workflow";

const tag = newTag("at");
let w: ContributionWorld;
let folder: string;
let storage: LocalFileStorage;
const anonymous = { kind: "anonymous" } as const;
const limits = { maxBytes: 25 * 1024 * 1024, timeoutMs: 10_000, maxChars: 1_000_000 };

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
  folder = await mkdtemp(path.join(tmpdir(), "puente-attachments-"));
  storage = new LocalFileStorage(folder);
});
afterAll(async () => {
  await deleteContributionWorld(db, tag);
  await rm(folder, { recursive: true, force: true });
});

async function pdfUpload(pages: string[], fileName = "report.pdf") {
  const bytes = await makePdf(pages.map((text) => [text]));
  const file = await prepareUpload({ bytes, fileName, limits });
  if (!file.ok) throw new Error(`upload refused: ${file.reason}`);
  return { file, bytes };
}

const storedFiles = async () => (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith(".")).length;
const draft = (title: string) => createDocument(w.author, completeInput(w, { title: `${tag} ${title}` }));

describe("adding an attachment", () => {
  it("stores the file, its pages and a new revision listing it", async () => {
    const doc = await draft("With PDF");
    const result = await addAttachment(w.author, doc.id, await pdfUpload(["Lavado de activos en puertos", "Second page"]), { storage, maxFiles: 10 });
    if (result.kind !== "added") throw new Error("expected the file to be added");
    expect(result).toMatchObject({ version: 2, previousVersion: 1, attachment: { fileName: "report.pdf", extractionStatus: "EXTRACTED", pageCount: 2, live: false } });
    const pages = await db.attachmentPage.findMany({ where: { attachmentId: result.attachment.id }, orderBy: { page: "asc" } });
    expect(pages.map((p) => [p.page, p.text])).toEqual([[1, "Lavado de activos en puertos"], [2, "Second page"]]);
    const revision = await db.revision.findUniqueOrThrow({ where: { documentId_number: { documentId: doc.id, number: 2 } } });
    expect(revision.snapshot).toMatchObject({ attachmentIds: [result.attachment.id] });
    const download = await getAttachmentForDownload(w.author, result.attachment.id);
    const stored = await storage.get(download.storageKey);
    expect(stored?.size).toBe(result.attachment.size);
  });

  it("recognises the same file uploaded twice and stores it once", async () => {
    const doc = await draft("Duplicate");
    const upload = await pdfUpload(["Same content"]);
    await addAttachment(w.author, doc.id, upload, { storage, maxFiles: 10 });
    const before = await storedFiles();
    const copy = await prepareUpload({ bytes: upload.bytes, fileName: "copy.pdf", limits });
    if (!copy.ok) throw new Error("upload refused");
    expect(await addAttachment(w.author, doc.id, { file: copy, bytes: upload.bytes }, { storage, maxFiles: 10 })).toEqual({ kind: "duplicate", fileName: "report.pdf" });
    expect(await storedFiles()).toBe(before);
  });

  it("refuses a file over the count limit, and people who may not edit, storing nothing", async () => {
    const doc = await draft("Limits");
    await addAttachment(w.author, doc.id, await pdfUpload(["One"]), { storage, maxFiles: 1 });
    const before = await storedFiles();
    await expectAppError(addAttachment(w.author, doc.id, await pdfUpload(["Two"]), { storage, maxFiles: 1 }), "UNPROCESSABLE", "too_many_files");
    await expectNotFound(addAttachment(w.otherContributor, doc.id, await pdfUpload(["Three"]), { storage, maxFiles: 10 }));
    expect(await storedFiles()).toBe(before);
  });

  it("removes the stored file when the transaction fails", async () => {
    const doc = await draft("Rollback");
    const upload = await pdfUpload(["Page"]);
    // Two rows for page 1 break the page table's key inside the transaction.
    const broken = { ...upload, file: { ...upload.file, extraction: { ...upload.file.extraction, pages: [{ page: 1, text: "a" }, { page: 1, text: "b" }] } } };
    const before = await storedFiles();
    await expect(addAttachment(w.author, doc.id, broken, { storage, maxFiles: 10 })).rejects.toThrow();
    expect(await storedFiles()).toBe(before);
    expect(await db.attachment.count({ where: { documentId: doc.id } })).toBe(0);
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).version).toBe(1);
  });
});

describe("removing and restoring", () => {
  it("keeps the file, and restoring the earlier revision brings it back", async () => {
    const doc = await draft("Remove");
    const added = await addAttachment(w.author, doc.id, await pdfUpload(["Keep me"]), { storage, maxFiles: 10 });
    if (added.kind !== "added") throw new Error("expected the file to be added");
    const removed = await removeAttachment(w.author, doc.id, added.attachment.id);
    expect(removed).toEqual({ version: 3, previousVersion: 2 });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: added.attachment.id } })).removedAt).not.toBeNull();
    await restoreRevision(w.author, doc.id, 2, 3);
    expect((await db.attachment.findUniqueOrThrow({ where: { id: added.attachment.id } })).removedAt).toBeNull();
    await expectNotFound(removeAttachment(w.member, doc.id, added.attachment.id));
  });
});

describe("downloading", () => {
  it("follows the document: draft files for its people, public files once published, new files only after review", async () => {
    const doc = await draft("Download");
    const first = await addAttachment(w.author, doc.id, await pdfUpload(["First"]), { storage, maxFiles: 10 });
    if (first.kind !== "added") throw new Error("expected the file to be added");
    await expectNotFound(getAttachmentForDownload(anonymous, first.attachment.id));
    await expectNotFound(getAttachmentForDownload(w.otherContributor, first.attachment.id));
    await getAttachmentForDownload(w.reviewer, first.attachment.id);

    await submitDocument(w.author, doc.id);
    await decideReview(w.reviewer, doc.id, { decision: "publish" });
    await getAttachmentForDownload(anonymous, first.attachment.id);

    const second = await addAttachment(w.author, doc.id, await pdfUpload(["Second"]), { storage, maxFiles: 10 });
    if (second.kind !== "added") throw new Error("expected the file to be added");
    await expectNotFound(getAttachmentForDownload(anonymous, second.attachment.id));
    await getAttachmentForDownload(w.author, second.attachment.id);
    await submitDocument(w.author, doc.id);
    await decideReview(w.reviewer, doc.id, { decision: "publish" });
    await getAttachmentForDownload(anonymous, second.attachment.id);
  });
});
