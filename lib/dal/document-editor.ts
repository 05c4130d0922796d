import "server-only";
// What the editor pages load: the working copy to edit (only for people who may edit it),
// and the choices the form offers (focus areas, the viewer's organizations, existing tags).
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { DocumentStatus, DocumentType, ExtractionStatus, PendingState } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/policies/can";
import { canContribute } from "@/lib/policies/contribution";
import type { Viewer } from "@/lib/policies/viewer";
import { slugSchema } from "@/lib/validation/browse";
import { toDocumentFormValues, type DocumentFormValues } from "@/lib/validation/document-form";
import { documentsWhere, toAccessFields, visibleDocumentsWhere } from "./document-access";
import { listFocusAreaNames } from "./focus-areas";
import { workingCopySelect, workingSnapshot } from "./working-copy";

export interface EditorAttachment {
  id: string;
  fileName: string;
  size: number;
  mimeType: string;
  extractionStatus: ExtractionStatus;
  extractionError: string | null;
  pageCount: number | null;
  live: boolean;
}

export interface EditableDocument {
  id: string;
  slug: string;
  type: DocumentType;
  status: DocumentStatus;
  pendingState: PendingState;
  version: number;
  published: boolean;
  canSubmit: boolean;
  values: DocumentFormValues;
  attachments: EditorAttachment[];
  /** The last decision's comment when it asked for changes or rejected the work. */
  lastReview: { decision: string; comment: string; createdAt: Date } | null;
}

export async function getDocumentForEdit(viewer: Viewer, slug: string): Promise<EditableDocument> {
  if (!slugSchema.safeParse(slug).success) throw notFoundError();
  const row = await db.document.findFirst({
    where: { AND: [documentsWhere(viewer, "edit"), { slug }] },
    select: {
      ...workingCopySelect,
      visibility: true, embargoUntil: true, organizationId: true,
      attachments: {
        where: { removedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, size: true, mimeType: true, extractionStatus: true, extractionError: true, pageCount: true, live: true },
      },
      reviews: { where: { decision: { not: "WITHDRAWN" } }, orderBy: { createdAt: "desc" }, take: 1, select: { decision: true, comment: true, createdAt: true } },
    },
  });
  if (!row) throw notFoundError();
  const snapshot = workingSnapshot(row);
  // The editor saves before submitting, and saving a live document makes its edits a draft:
  // ask the rules about the state the submission will find.
  const pendingState = row.status === "PUBLISHED" && row.pendingState === "NONE" ? "DRAFT" : row.pendingState;
  const access = toAccessFields({ ...row, pendingState });
  const lastReview = row.reviews[0] && row.reviews[0].decision !== "APPROVED" ? row.reviews[0] : null;
  return {
    id: row.id, slug: row.slug, type: row.type, status: row.status, pendingState: row.pendingState, version: row.version,
    published: row.status === "PUBLISHED", canSubmit: can(viewer, "submit", access),
    values: toDocumentFormValues(snapshot), attachments: row.attachments, lastReview,
  };
}

export interface EditorOptions {
  focusAreas: { id: string; name: string }[];
  organizations: { id: string; name: string }[];
  /** Existing tags, offered for autocomplete. */
  tags: string[];
}

const MAX_TAG_SUGGESTIONS = 300;

/** Tags already used on documents the viewer can read, most used first. */
async function suggestTags(viewer: Viewer): Promise<string[]> {
  const rows = await db.document.findMany({ where: visibleDocumentsWhere(viewer), select: { tags: true }, take: 5000, orderBy: { updatedAt: "desc" } });
  const counts = new Map<string, number>();
  for (const tag of rows.flatMap((r) => r.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_TAG_SUGGESTIONS).map(([tag]) => tag);
}

export async function getEditorOptions(viewer: Viewer, locale: "en" | "es"): Promise<EditorOptions> {
  if (!canContribute(viewer)) throw notFoundError();
  const [areas, organizations, tags] = await Promise.all([
    listFocusAreaNames(),
    db.organization.findMany({
      where: viewer.role === "ADMIN" ? {} : { id: { in: viewer.organizationIds } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    suggestTags(viewer),
  ]);
  return { focusAreas: areas.map((a) => ({ id: a.id, name: locale === "es" ? a.nameEs : a.nameEn })), organizations, tags };
}
