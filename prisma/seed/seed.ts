// Demo content for a new installation. It only creates what is missing (keyed by slug or
// email) and never updates, so running it again changes nothing, and content edited or
// removed by people after the first run is left alone. A document comes with everything that
// belongs to it (relations, attachments with their stored files and text, first revision,
// review notices, search outbox entry) in one transaction, or not at all.
import { hash } from "@node-rs/argon2";
import type { Database } from "../../lib/db/client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { fromLegacyUnit, hasTextUnit } from "../../lib/impact/units";
import { documentToSnapshot, snapshotJson, snapshotSelect } from "../../lib/revisions/snapshot";
import type { FileStorage } from "../../lib/storage/file-storage";
import { documents, focusAreas, organizations, users } from "./data";
import { attachSeedFiles, prepareSeedFiles, type SeedFile } from "./seed-files";
import { notifySeededSubmission, submittedAtFor } from "./seed-review";
import type { SeedDocument, SeedMetric } from "./types";

export interface SeedOptions {
  /** Where the demo attachments are stored: the configured storage, as for uploads. */
  storage: FileStorage;
}

export interface SeedResult {
  focusAreas: number;
  organizations: number;
  users: number;
  documents: number;
}

const date = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** Every demo account signs in with this password (listed in the README; demo only). */
export const DEMO_PASSWORD = "puente-demo-2026";

/**
 * The coalition's focus areas: reference data rather than demo content, so `npm start` adds
 * the missing ones even where it never seeds (production). Answers how many it added.
 */
export async function ensureFocusAreas(db: Database): Promise<number> {
  const { count } = await db.focusArea.createMany({
    data: focusAreas.map(({ parentSlug: _parent, ...area }) => area),
    skipDuplicates: true,
  });
  for (const area of focusAreas.filter((a) => a.parentSlug)) {
    const parent = await db.focusArea.findUniqueOrThrow({ where: { slug: area.parentSlug! } });
    await db.focusArea.updateMany({ where: { slug: area.slug, parentId: null }, data: { parentId: parent.id } });
  }
  return count;
}

async function seedUsers(db: Database): Promise<number> {
  let created = 0;
  // One argon2id hash for all: they share the demo password, and hashing is deliberately slow.
  const passwordHash = await hash(DEMO_PASSWORD);
  for (const user of users) {
    if (await db.user.findUnique({ where: { email: user.email }, select: { id: true } })) continue;
    await db.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash,
        emailVerified: date("2024-01-01"),
        memberships: {
          create: user.memberships.map((m) => ({ role: m.role, organization: { connect: { slug: m.organization } } })),
        },
        reviewerAreas: {
          create: (user.reviewerFocusAreas ?? []).map((slug) => ({ focusArea: { connect: { slug } } })),
        },
      },
    });
    created++;
  }
  return created;
}

function typeFields(doc: SeedDocument) {
  switch (doc.type) {
    case "BEST_PRACTICE":
      return { problem: doc.problem, approach: doc.approach, outcomes: doc.outcomes, lessonsLearned: doc.lessonsLearned, partners: doc.partners, location: doc.location };
    case "RESEARCH":
      return { abstract: doc.abstract, methodology: doc.methodology, doi: doc.doi ?? null, url: doc.url ?? null };
    case "REPORT":
      return { issuingBody: doc.issuingBody, periodStart: date(doc.periodStart), periodEnd: date(doc.periodEnd) };
  }
}

// A seeded metric is read like a migrated one (its unit names its kind) unless it says its kind.
function seedMetricRow({ unit, kind, direction = "HIGHER", ...metric }: SeedMetric, position: number) {
  const read = fromLegacyUnit(unit);
  const unitOf = kind ? { kind, currency: null, unit: hasTextUnit(kind) ? unit : "" } : read;
  return { ...metric, ...unitOf, direction, position };
}

function documentData(doc: SeedDocument, contributorId: string, submittedAt: Date | null): Prisma.DocumentCreateInput {
  const status = doc.status ?? "PUBLISHED";
  const published = status === "PUBLISHED" || status === "ARCHIVED";
  const { organization, contributor: _email, focusAreas: areaSlugs, metrics = [], embargoUntil, publicationDate, submittedDaysAgo: _days, ...fields } = doc;
  return {
    ...fields,
    ...typeFields(doc),
    status,
    visibility: doc.visibility ?? "PUBLIC",
    featured: doc.featured ?? false,
    embargoUntil: embargoUntil ? date(embargoUntil) : null,
    publicationDate: date(publicationDate),
    publishedAt: published ? date(publicationDate) : null,
    submittedAt,
    createdAt: date(publicationDate),
    organization: { connect: { slug: organization } },
    contributor: { connect: { id: contributorId } },
    focusAreas: { create: areaSlugs.map((slug, position) => ({ position, focusArea: { connect: { slug } } })) },
    metrics: { create: metrics.map((metric, position) => seedMetricRow(metric, position)) },
  };
}

async function writeDocument(tx: Prisma.TransactionClient, doc: SeedDocument, files: SeedFile[], storage: FileStorage, stored: string[]) {
  const contributor = await tx.user.findUniqueOrThrow({ where: { email: doc.contributor }, select: { id: true } });
  const status = doc.status ?? "PUBLISHED";
  const submittedAt = status === "IN_REVIEW" ? submittedAtFor(doc.submittedDaysAgo, new Date()) : null;
  const created = await tx.document.create({ select: { id: true }, data: documentData(doc, contributor.id, submittedAt) });
  // Files of a published document are part of its public version (live), as after a publish.
  await attachSeedFiles(
    tx,
    { storage, documentId: created.id, uploadedById: contributor.id, live: status === "PUBLISHED", createdAt: date(doc.publicationDate) },
    files,
    stored,
  );
  // The first revision records the document as seeded, so its history starts somewhere.
  const row = await tx.document.findUniqueOrThrow({ where: { id: created.id }, select: snapshotSelect });
  await tx.revision.create({
    data: { documentId: created.id, number: 1, snapshot: snapshotJson(documentToSnapshot(row)), authorId: contributor.id, message: "Imported" },
  });
  if (submittedAt) {
    await notifySeededSubmission(tx, { documentId: created.id, submitterId: contributor.id, submittedAt });
  }
  await tx.searchOutbox.create({ data: { documentId: created.id } });
}

async function seedDocument(db: Database, doc: SeedDocument, storage: FileStorage): Promise<void> {
  // Generating and extracting the files needs no database: done before the transaction.
  const files = await prepareSeedFiles(doc.slug);
  const stored: string[] = [];
  try {
    await db.$transaction((tx) => writeDocument(tx, doc, files, storage, stored), { timeout: 60_000 });
  } catch (error) {
    // As for a failed upload: no stored file without its row.
    await Promise.all(stored.map((key) => storage.delete(key).catch(() => {})));
    throw error;
  }
}

export async function seedDatabase(db: Database, options: SeedOptions): Promise<SeedResult> {
  const result: SeedResult = { focusAreas: 0, organizations: 0, users: 0, documents: 0 };
  result.focusAreas = await ensureFocusAreas(db);
  result.organizations = (await db.organization.createMany({ data: organizations, skipDuplicates: true })).count;
  result.users = await seedUsers(db);
  const existing = new Set((await db.document.findMany({ select: { slug: true } })).map((d) => d.slug));
  for (const doc of documents) {
    if (existing.has(doc.slug)) continue;
    await seedDocument(db, doc, options.storage);
    result.documents++;
  }
  return result;
}

/** True when the database has never been seeded (or set up by hand): it has no focus areas. */
export async function needsSeed(db: Database): Promise<boolean> {
  return (await db.focusArea.count()) === 0;
}
