import "server-only";
// Writing documents: create a draft, save edits (a revision each, with optimistic
// concurrency) and restore an earlier revision. The document, its relations and its revision
// are written in one transaction; who may write is decided inside the queries. "Save and
// submit" (the editor's button, the API's `submit: true`) is one user action, so it is one
// transaction too: what review needs is checked before anything is written, and a failure of
// the submission leaves no draft or revision behind.
import { db } from "@/lib/db";
import { slugify, withSuffix } from "@/lib/domain/slug";
import { AppError, FieldError, fieldError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canContribute, canFileUnder } from "@/lib/policies/contribution";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { readSnapshot, snapshotColumns, snapshotsEqual, writeSnapshotRelations, type DocumentSnapshot } from "@/lib/revisions/snapshot";
import { enqueueSearchSync } from "@/lib/search/outbox";
import type { DocumentInput } from "@/lib/validation/document";
import { documentsWhere } from "./document-access";
import { afterWorkflowCommit, assertReadyForReview, submitWithin } from "./document-workflow";
import { applyToWorkingCopy, claimNextVersion, loadWorkingCopy, recordRevision, syncAttachments, workingSnapshot, type WorkingCopyRow } from "./working-copy";
import { isUniqueViolation } from "@/lib/db/unique-violation";

type Tx = Prisma.TransactionClient;

/** The input's references must exist and be the viewer's to use. */
async function checkReferences(tx: Tx, viewer: UserViewer, input: DocumentInput, currentOrganizationId?: string | null): Promise<void> {
  const errors: Record<string, string[]> = {};
  if (input.organizationId && input.organizationId !== currentOrganizationId) {
    const exists = await tx.organization.count({ where: { id: input.organizationId } });
    if (!exists || !canFileUnder(viewer, input.organizationId)) errors.organizationId = ["organization_not_allowed"];
  }
  if (input.focusAreaIds.length > 0) {
    const found = await tx.focusArea.count({ where: { id: { in: input.focusAreaIds } } });
    if (found !== input.focusAreaIds.length) errors.focusAreaIds = ["focus_area_invalid"];
  }
  if (Object.keys(errors).length > 0) throw new FieldError(errors);
}

/** A slug nobody else uses: the one asked for (or refused), else one derived from the title. */
// Addresses the app itself uses under /documents/.
const reservedSlugs = new Set(["new"]);

async function chooseSlug(tx: Tx, input: DocumentInput, documentId: string | null): Promise<string> {
  const others = async (slug: string) =>
    reservedSlugs.has(slug) || (await tx.document.count({ where: { slug, ...(documentId ? { NOT: { id: documentId } } : {}) } })) > 0;
  if (input.slug) {
    if (await others(input.slug)) throw fieldError("slug", "slug_taken");
    return input.slug;
  }
  const base = slugify(input.title);
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : withSuffix(base, n);
    if (!(await others(candidate))) return candidate;
  }
  return withSuffix(base, Date.now());
}

function requireContributor(viewer: Viewer): UserViewer {
  if (!canContribute(viewer)) throw notFoundError();
  return viewer;
}

/**
 * For routes that read a body: who may create documents is known before the body is read, so
 * anyone else is answered 404 without it.
 */
export function assertMayCreateDocuments(viewer: Viewer): void {
  requireContributor(viewer);
}

export interface WriteOptions {
  /** Also submit for review, in the same transaction. */
  submit?: boolean;
}

export async function createDocument(viewer: Viewer, input: DocumentInput, { submit = false }: WriteOptions = {}): Promise<{ id: string; slug: string; version: number }> {
  const user = requireContributor(viewer);
  if (submit) assertReadyForReview(input);
  const organizationId = input.organizationId ?? user.organizationIds[0];
  try {
    const { created, notices } = await db.$transaction(async (tx) => {
      await checkReferences(tx, user, { ...input, organizationId });
      const snapshot: DocumentSnapshot = { ...input, organizationId, slug: await chooseSlug(tx, input, null), attachmentIds: [] };
      const doc = await tx.document.create({
        data: { ...snapshotColumns(snapshot), contributorId: user.id, status: "DRAFT", version: 1 },
        select: { id: true, slug: true },
      });
      await writeSnapshotRelations(tx, doc.id, snapshot);
      await recordRevision(tx, { documentId: doc.id, number: 1, snapshot, authorId: user.id });
      await enqueueSearchSync(tx, [doc.id]);
      return { created: { ...doc, version: 1 }, notices: submit ? await submitWithin(tx, user, doc.id) : [] };
    });
    if (submit) await afterWorkflowCommit(notices);
    return created;
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", "slug_taken");
    throw error;
  }
}

export interface SaveResult {
  version: number;
  slug: string;
  /** False when the input equalled the working copy: no revision was written. */
  changed: boolean;
}

/** The input as the next snapshot: the type never changes, and a published slug stays put. */
async function nextSnapshot(tx: Tx, viewer: UserViewer, row: WorkingCopyRow, input: DocumentInput): Promise<DocumentSnapshot> {
  const current = workingSnapshot(row);
  await checkReferences(tx, viewer, input, current.organizationId);
  if (row.publishedAt && input.slug && input.slug !== row.slug) throw fieldError("slug", "slug_locked");
  const slug = row.publishedAt ? row.slug : input.slug ? await chooseSlug(tx, input, row.id) : current.slug;
  return { ...input, type: row.type, slug, attachmentIds: current.attachmentIds };
}

async function writeRevision(tx: Tx, viewer: UserViewer, row: WorkingCopyRow, snapshot: DocumentSnapshot, expectedVersion: number, restoredFrom?: number) {
  const version = await claimNextVersion(tx, row.id, expectedVersion);
  if (version === 0) throw new AppError("CONFLICT", "stale_edit");
  const revision = await recordRevision(tx, { documentId: row.id, number: version, snapshot, authorId: viewer.id, restoredFrom });
  await applyToWorkingCopy(tx, row, snapshot, revision.id);
  await enqueueSearchSync(tx, [row.id]);
  return version;
}

export async function saveDocument(viewer: Viewer, documentId: string, input: DocumentInput, expectedVersion: number, { submit = false }: WriteOptions = {}): Promise<SaveResult> {
  if (viewer.kind !== "user") throw notFoundError();
  try {
    const { saved, notices } = await db.$transaction(async (tx) => {
      const row = await loadWorkingCopy(tx, { AND: [documentsWhere(viewer, "edit"), { id: documentId }] });
      if (row.version !== expectedVersion) throw new AppError("CONFLICT", "stale_edit");
      const snapshot = await nextSnapshot(tx, viewer, row, input);
      // The snapshot, not the input: the document's type is the stored one.
      if (submit) assertReadyForReview(snapshot);
      const unchanged = snapshotsEqual(snapshot, workingSnapshot(row));
      const saved: SaveResult = unchanged
        ? { version: row.version, slug: snapshot.slug, changed: false }
        : { version: await writeRevision(tx, viewer, row, snapshot, expectedVersion), slug: row.publishedAt ? row.slug : snapshot.slug, changed: true };
      return { saved, notices: submit ? await submitWithin(tx, viewer, row.id) : [] };
    });
    if (submit) await afterWorkflowCommit(notices);
    return saved;
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", "slug_taken");
    throw error;
  }
}

/** Makes an earlier revision the newest one (as a new revision: history only grows). */
export async function restoreRevision(viewer: Viewer, documentId: string, number: number, expectedVersion: number): Promise<SaveResult> {
  if (viewer.kind !== "user") throw notFoundError();
  return db.$transaction(async (tx) => {
    const row = await loadWorkingCopy(tx, { AND: [documentsWhere(viewer, "edit"), { id: documentId }] });
    const old = await tx.revision.findUnique({ where: { documentId_number: { documentId, number } }, select: { snapshot: true } });
    if (!old) throw notFoundError();
    const restored = readSnapshot(old.snapshot);
    // A live document keeps its address; the slug an old draft had may belong to someone else now.
    const oldSlugTaken = !row.publishedAt && (await tx.document.count({ where: { slug: restored.slug, NOT: { id: documentId } } })) > 0;
    const slug = row.publishedAt || oldSlugTaken ? row.slug : restored.slug;
    const attachmentIds = (await tx.attachment.findMany({ where: { documentId, id: { in: restored.attachmentIds } }, select: { id: true } })).map((a) => a.id);
    const snapshot: DocumentSnapshot = { ...restored, type: row.type, slug, attachmentIds };
    const version = await writeRevision(tx, viewer, row, snapshot, expectedVersion, number);
    await syncAttachments(tx, documentId, attachmentIds);
    return { version, slug, changed: true };
  });
}
