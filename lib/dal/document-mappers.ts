// Query shapes for documents and their conversion to plain objects that server components
// can pass to client components (no Decimal instances, no internal columns).
import type { MetricDirection, MetricUnit } from "@/lib/impact/units";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentStatus, DocumentType, Language, Sector } from "@/lib/generated/prisma/enums";
import { shownVersionAttachmentsWhere } from "./attachment-access";

export interface FocusAreaLabel {
  slug: string;
  nameEn: string;
  nameEs: string;
}

const focusAreaLabelSelect = { slug: true, nameEn: true, nameEs: true } as const;

export const documentCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  type: true,
  language: true,
  publicationDate: true,
  countries: true,
  organization: { select: { name: true, slug: true } },
  focusAreas: { select: { focusArea: { select: focusAreaLabelSelect } }, orderBy: { position: "asc" } },
} satisfies Prisma.DocumentSelect;

export interface DocumentCard {
  id: string;
  slug: string;
  title: string;
  summary: string;
  type: DocumentType;
  language: Language;
  publicationDate: Date | null;
  countries: string[];
  organization: { name: string; slug: string } | null;
  focusAreas: FocusAreaLabel[];
}

type CardRow = Prisma.DocumentGetPayload<{ select: typeof documentCardSelect }>;

export function toDocumentCard(row: CardRow): DocumentCard {
  return { ...row, focusAreas: row.focusAreas.map((link) => link.focusArea) };
}

export const documentDetailInclude = {
  organization: { select: { name: true, slug: true, country: true, sector: true } },
  focusAreas: { select: { focusArea: { select: focusAreaLabelSelect } }, orderBy: { position: "asc" } },
  metrics: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  attachments: {
    where: shownVersionAttachmentsWhere,
    select: { id: true, fileName: true, mimeType: true, size: true, pageCount: true, extractionStatus: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.DocumentInclude;

type DetailRow = Prisma.DocumentGetPayload<{ include: typeof documentDetailInclude }>;

export interface ImpactMetricView extends MetricUnit {
  id: string;
  label: string;
  value: number;
  direction: MetricDirection;
  year: number | null;
}

export interface DocumentDetail extends DocumentCard {
  status: DocumentStatus;
  body: string;
  sectors: Sector[];
  tags: string[];
  authorNames: string[];
  embargoUntil: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  problem: string | null;
  approach: string | null;
  outcomes: string | null;
  lessonsLearned: string | null;
  partners: string | null;
  location: string | null;
  abstract: string | null;
  methodology: string | null;
  doi: string | null;
  url: string | null;
  issuingBody: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  organization: { name: string; slug: string; country: string; sector: Sector } | null;
  metrics: ImpactMetricView[];
  attachments: DetailRow["attachments"];
}

export function toDocumentDetail(row: DetailRow): DocumentDetail {
  return {
    ...row,
    focusAreas: row.focusAreas.map((link) => link.focusArea),
    metrics: row.metrics.map(({ id, label, value, kind, currency, unit, direction, year }) => ({
      id, label, value: value.toNumber(), kind, currency, unit, direction, year,
    })),
  };
}
