import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Sector } from "@/lib/generated/prisma/enums";
import { visitorCached } from "@/lib/cache/visitor-cache";
import { slugSchema } from "@/lib/validation/browse";
import type { Viewer } from "@/lib/policies/viewer";

export interface OrganizationProfile {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  country: string;
  sector: Sector;
  description: string | null;
  website: string | null;
}

/**
 * Organizations are public directory entries (their name, country and sector are not
 * restricted); their documents are listed through listDocuments, scoped to the viewer.
 */
/** Memoized per request: the page and its metadata both ask for it. */
export const getOrganizationBySlug = cache(visitorCached("getOrganizationBySlug", async (_viewer: Viewer, slug: string): Promise<OrganizationProfile> => {
  if (!slugSchema.safeParse(slug).success) throw notFoundError("Organization not found");
  const row = await db.organization.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, acronym: true, country: true, sector: true, description: true, website: true },
  });
  if (!row) throw notFoundError("Organization not found");
  return row;
}));

/** Names of the organizations with these slugs, in one query (directory data, public). */
export async function listOrganizationNames(slugs: string[]): Promise<Map<string, string>> {
  const valid = slugs.filter((slug) => slugSchema.safeParse(slug).success);
  if (valid.length === 0) return new Map();
  const rows = await db.organization.findMany({ where: { slug: { in: valid } }, select: { slug: true, name: true } });
  return new Map(rows.map((row) => [row.slug, row.name]));
}
