// What a subscription follows, in the member's language, and where to see all of it: one
// function for the preferences page and the digest mail, with the words of the Follows catalog.
import { createTranslator } from "next-intl";
import enFollows from "@/lib/i18n/messages/en/follows.json";
import esFollows from "@/lib/i18n/messages/es/follows.json";
import type { Locale } from "@/lib/i18n/routing";

const messages = { en: enFollows, es: esFollows } as const;

/** A subscription with what it names (the relations Prisma selects with followSelect). */
export interface FollowedRow {
  tag: string | null;
  search: string | null;
  focusArea: { slug: string; nameEn: string; nameEs: string } | null;
  organization: { slug: string; name: string } | null;
}

/** The relations a FollowedRow needs, for a Prisma select. */
export const followedSelect = {
  tag: true,
  search: true,
  focusArea: { select: { slug: true, nameEn: true, nameEs: true } },
  organization: { select: { slug: true, name: true } },
} as const;

export interface Described {
  followed: string;
  /** Path under the locale, such as /focus-areas/cybersecurity. */
  path: string;
}

export function describeFollow(row: FollowedRow, locale: Locale): Described {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "Follows" });
  if (row.focusArea) return { followed: locale === "es" ? row.focusArea.nameEs : row.focusArea.nameEn, path: `/focus-areas/${row.focusArea.slug}` };
  if (row.organization) return { followed: row.organization.name, path: `/organizations/${row.organization.slug}` };
  if (row.tag !== null) return { followed: t("tag", { tag: row.tag }), path: `/search?${new URLSearchParams({ tag: row.tag })}` };
  const q = new URLSearchParams(row.search ?? "").get("q");
  return { followed: q ? t("searchNamed", { q }) : t("search"), path: `/search?${row.search ?? ""}` };
}
