// A revision's snapshot: every editable field of a document, its focus areas (in order),
// metrics and the attachments that belong to that version. Converting both ways keeps the
// Document row, the pending edits and restored revisions in one shape.
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromLegacyUnit } from "@/lib/impact/units";
import type { DocumentInput } from "@/lib/validation/document";

export type DocumentSnapshot = DocumentInput & { slug: string; attachmentIds: string[] };

/** The fields of a Document row (with relations) that a snapshot is made from. */
export const snapshotSelect = {
  type: true, title: true, slug: true, summary: true, body: true, language: true, visibility: true,
  embargoUntil: true, publicationDate: true, organizationId: true, countries: true, sectors: true, tags: true,
  authorNames: true, problem: true, approach: true, outcomes: true, lessonsLearned: true, partners: true,
  location: true, abstract: true, methodology: true, doi: true, url: true, issuingBody: true, periodStart: true,
  periodEnd: true,
  focusAreas: { select: { focusAreaId: true }, orderBy: { position: "asc" } },
  metrics: { select: { label: true, value: true, kind: true, currency: true, unit: true, direction: true, year: true }, orderBy: { position: "asc" } },
  attachments: { where: { removedAt: null }, select: { id: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.DocumentSelect;

export type SnapshotSource = Prisma.DocumentGetPayload<{ select: typeof snapshotSelect }>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);
const orUndefined = (value: string | null) => (value === null || value === "" ? undefined : value);

export function documentToSnapshot(doc: SnapshotSource): DocumentSnapshot {
  return {
    type: doc.type, title: doc.title, slug: doc.slug, summary: orUndefined(doc.summary), body: orUndefined(doc.body),
    language: doc.language, visibility: doc.visibility, embargoUntil: day(doc.embargoUntil), publicationDate: day(doc.publicationDate),
    organizationId: orUndefined(doc.organizationId), focusAreaIds: doc.focusAreas.map((f) => f.focusAreaId),
    countries: doc.countries as DocumentInput["countries"], sectors: doc.sectors, tags: doc.tags, authorNames: doc.authorNames,
    metrics: doc.metrics.map((m) => ({ ...m, value: m.value.toFixed(), year: m.year ?? undefined })),
    problem: orUndefined(doc.problem), approach: orUndefined(doc.approach), outcomes: orUndefined(doc.outcomes),
    lessonsLearned: orUndefined(doc.lessonsLearned), partners: orUndefined(doc.partners), location: orUndefined(doc.location),
    abstract: orUndefined(doc.abstract), methodology: orUndefined(doc.methodology), doi: orUndefined(doc.doi), url: orUndefined(doc.url),
    issuingBody: orUndefined(doc.issuingBody), periodStart: day(doc.periodStart), periodEnd: day(doc.periodEnd),
    attachmentIds: doc.attachments.map((a) => a.id),
  };
}

const date = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** The Document columns a snapshot sets (relations are written by writeSnapshotRelations). */
export function snapshotColumns(s: DocumentSnapshot) {
  return {
    type: s.type, title: s.title, slug: s.slug, summary: s.summary ?? "", body: s.body ?? "", language: s.language,
    visibility: s.visibility, embargoUntil: date(s.embargoUntil), publicationDate: date(s.publicationDate),
    organizationId: s.organizationId ?? null, countries: s.countries, sectors: s.sectors, tags: s.tags, authorNames: s.authorNames,
    problem: s.problem ?? null, approach: s.approach ?? null, outcomes: s.outcomes ?? null, lessonsLearned: s.lessonsLearned ?? null,
    partners: s.partners ?? null, location: s.location ?? null, abstract: s.abstract ?? null, methodology: s.methodology ?? null,
    doi: s.doi ?? null, url: s.url ?? null, issuingBody: s.issuingBody ?? null, periodStart: date(s.periodStart), periodEnd: date(s.periodEnd),
  } satisfies Prisma.DocumentUncheckedUpdateInput;
}

/** Replaces the document's focus areas and metrics with the snapshot's. */
export async function writeSnapshotRelations(tx: Prisma.TransactionClient, documentId: string, s: DocumentSnapshot): Promise<void> {
  await tx.documentFocusArea.deleteMany({ where: { documentId } });
  await tx.impactMetric.deleteMany({ where: { documentId } });
  if (s.focusAreaIds.length > 0) {
    await tx.documentFocusArea.createMany({ data: s.focusAreaIds.map((focusAreaId, position) => ({ documentId, focusAreaId, position })) });
  }
  if (s.metrics.length > 0) {
    await tx.impactMetric.createMany({
      data: s.metrics.map((m, position) => ({ ...m, documentId, year: m.year ?? null, position })),
    });
  }
}

/** A stored snapshot (JSON) back into its type; older or damaged ones are filled with defaults. */
export function readSnapshot(json: Prisma.JsonValue): DocumentSnapshot {
  const raw = (json ?? {}) as Partial<DocumentSnapshot>;
  return {
    ...(raw as DocumentSnapshot),
    focusAreaIds: raw.focusAreaIds ?? [], countries: raw.countries ?? [], sectors: raw.sectors ?? [], tags: raw.tags ?? [],
    authorNames: raw.authorNames ?? [], metrics: (raw.metrics ?? []).map(readMetric), attachmentIds: raw.attachmentIds ?? [],
  };
}

type Metric = DocumentSnapshot["metrics"][number];

/** Snapshots taken before the unit vocabulary hold only a free-text unit: it is read as a kind. */
function readMetric(raw: Partial<Metric> & Pick<Metric, "label" | "value">): Metric {
  if (raw.kind) return { ...raw, kind: raw.kind, currency: raw.currency ?? null, unit: raw.unit ?? "", direction: raw.direction ?? "HIGHER" };
  return { ...raw, ...fromLegacyUnit(raw.unit ?? ""), direction: raw.direction ?? "HIGHER" };
}

export function snapshotJson(s: DocumentSnapshot): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(s)) as Prisma.InputJsonValue;
}

/** The snapshot in a canonical form: keys sorted, empty values dropped. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== "");
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export function snapshotsEqual(a: DocumentSnapshot, b: DocumentSnapshot): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
