// Shapes of the demo content in prisma/seed/data. Keys (slugs, emails) are stable so that
// seeding is idempotent: the seeder upserts by them.
import type {
  DocumentStatus,
  DocumentType,
  Language,
  MembershipRole,
  MetricDirection,
  MetricKind,
  Sector,
  UserRole,
  Visibility,
} from "../../lib/generated/prisma/enums";

export interface SeedFocusArea {
  slug: string;
  nameEn: string;
  nameEs: string;
  descriptionEn: string;
  descriptionEs: string;
  displayOrder: number;
  parentSlug?: string;
}

export interface SeedOrganization {
  slug: string;
  name: string;
  acronym?: string;
  country: "US" | "CO";
  sector: Sector;
  description: string;
  website?: string;
}

export interface SeedUser {
  email: string;
  name: string;
  role: UserRole;
  /** Organization slug and the user's role in it. */
  memberships: { organization: string; role: MembershipRole }[];
  /** For reviewers limited to some focus areas (slugs); empty or absent = all areas. */
  reviewerFocusAreas?: string[];
}

export interface SeedMetric {
  label: string;
  value: number;
  /** Read as a kind by fromLegacyUnit (lib/impact/units.ts), as migrated metrics are, unless `kind` says otherwise. */
  unit: string;
  kind?: MetricKind;
  direction?: MetricDirection;
  year?: number;
}

interface SeedDocumentBase {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  language: Language;
  status?: DocumentStatus; // default PUBLISHED
  /** IN_REVIEW only: how long ago it was submitted (the review queue shows the wait). */
  submittedDaysAgo?: number;
  visibility?: Visibility; // default PUBLIC
  /** ISO date (YYYY-MM-DD); a future date keeps the document embargoed. */
  embargoUntil?: string;
  /** ISO date (YYYY-MM-DD), between 2018 and 2025. */
  publicationDate: string;
  countries: string[]; // "US", "CO", other ISO codes, or "REGIONAL"
  sectors: Sector[];
  tags: string[];
  authorNames: string[];
  organization: string; // organization slug
  contributor: string; // user email
  focusAreas: string[]; // focus area slugs, first is primary
  featured?: boolean;
  metrics?: SeedMetric[];
}

export interface SeedBestPractice extends SeedDocumentBase {
  type: Extract<DocumentType, "BEST_PRACTICE">;
  problem: string;
  approach: string;
  outcomes: string;
  lessonsLearned: string;
  partners: string;
  location: string;
}

export interface SeedResearch extends SeedDocumentBase {
  type: Extract<DocumentType, "RESEARCH">;
  abstract: string;
  methodology: string;
  doi?: string;
  url?: string;
}

export interface SeedReport extends SeedDocumentBase {
  type: Extract<DocumentType, "REPORT">;
  issuingBody: string;
  periodStart: string; // YYYY-MM-DD
  periodEnd: string; // YYYY-MM-DD
}

export type SeedDocument = SeedBestPractice | SeedResearch | SeedReport;

/** A file attached to a seeded document, generated at seed time (prisma/seed/files). */
interface SeedAttachmentBase {
  /** Slug of the document it is attached to. */
  document: string;
  fileName: string;
  title: string;
}

export interface SeedPdfAttachment extends SeedAttachmentBase {
  format: "pdf";
  footer: string;
  pages: { heading: string; paragraphs: string[] }[];
}

export interface SeedDocxAttachment extends SeedAttachmentBase {
  format: "docx";
  /** BCP 47 tag of the text, e.g. "es-CO". */
  language: string;
  author: string;
  sections: { heading: string; paragraphs: string[] }[];
}

export type SeedAttachment = SeedPdfAttachment | SeedDocxAttachment;
