// Demo content for a new installation. It only creates what is missing (keyed by slug or
// email) and never updates, so running it again changes nothing, and content edited or
// removed by people after the first run is left alone.
import { hash } from "@node-rs/argon2";
import type { Database } from "../../lib/db/client";
import { documents, focusAreas, organizations, users } from "./data";
import type { SeedDocument } from "./types";
import { documentToSnapshot, snapshotJson, snapshotSelect } from "../../lib/revisions/snapshot";

export interface SeedResult {
  focusAreas: number;
  organizations: number;
  users: number;
  documents: number;
}

const date = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** Every demo account signs in with this password (listed in the README; demo only). */
export const DEMO_PASSWORD = "puente-demo-2026";

async function seedFocusAreas(db: Database): Promise<number> {
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

async function seedDocument(db: Database, doc: SeedDocument): Promise<void> {
  const status = doc.status ?? "PUBLISHED";
  const published = status === "PUBLISHED" || status === "ARCHIVED";
  const contributor = await db.user.findUniqueOrThrow({ where: { email: doc.contributor }, select: { id: true } });
  const { organization, contributor: _email, focusAreas: areaSlugs, metrics = [], embargoUntil, publicationDate, ...fields } = doc;
  const created = await db.document.create({
    select: { id: true },
    data: {
      ...fields,
      ...typeFields(doc),
      status,
      visibility: doc.visibility ?? "PUBLIC",
      featured: doc.featured ?? false,
      embargoUntil: embargoUntil ? date(embargoUntil) : null,
      publicationDate: date(publicationDate),
      publishedAt: published ? date(publicationDate) : null,
      createdAt: date(publicationDate),
      organization: { connect: { slug: organization } },
      contributor: { connect: { id: contributor.id } },
      focusAreas: { create: areaSlugs.map((slug, position) => ({ position, focusArea: { connect: { slug } } })) },
      metrics: { create: metrics.map((metric, position) => ({ ...metric, position })) },
    },
  });
  // The first revision records the document as seeded, so its history starts somewhere.
  const row = await db.document.findUniqueOrThrow({ where: { id: created.id }, select: snapshotSelect });
  await db.revision.create({
    data: { documentId: created.id, number: 1, snapshot: snapshotJson(documentToSnapshot(row)), authorId: contributor.id, message: "Imported" },
  });
  await db.searchOutbox.create({ data: { documentId: created.id } });
}

export async function seedDatabase(db: Database): Promise<SeedResult> {
  const result: SeedResult = { focusAreas: 0, organizations: 0, users: 0, documents: 0 };
  result.focusAreas = await seedFocusAreas(db);
  result.organizations = (await db.organization.createMany({ data: organizations, skipDuplicates: true })).count;
  result.users = await seedUsers(db);
  const existing = new Set((await db.document.findMany({ select: { slug: true } })).map((d) => d.slug));
  for (const doc of documents) {
    if (existing.has(doc.slug)) continue;
    await seedDocument(db, doc);
    result.documents++;
  }
  return result;
}

/** True when the database has never been seeded (or set up by hand): it has no focus areas. */
export async function needsSeed(db: Database): Promise<boolean> {
  return (await db.focusArea.count()) === 0;
}
