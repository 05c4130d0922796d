// What a subscription follows, in the member's language, and where to see all of it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import type { DigestSubscription } from "./candidates";

const words = {
  en: { tag: (tag: string) => `the tag “${tag}”`, search: (q: string) => `the search “${q}”`, allSearch: "the search you saved" },
  es: { tag: (tag: string) => `la etiqueta «${tag}»`, search: (q: string) => `la búsqueda «${q}»`, allSearch: "la búsqueda que guardó" },
};

export interface Described {
  followed: string;
  /** Path under the locale, such as /focus-areas/cybersecurity. */
  path: string;
}

export async function describeTarget(tx: Prisma.TransactionClient, s: DigestSubscription, locale: Locale): Promise<Described> {
  const w = words[locale];
  if (s.kind === "FOCUS_AREA") {
    const area = await tx.focusArea.findUniqueOrThrow({ where: { id: s.focusAreaId! }, select: { slug: true, nameEn: true, nameEs: true } });
    return { followed: locale === "es" ? area.nameEs : area.nameEn, path: `/focus-areas/${area.slug}` };
  }
  if (s.kind === "ORGANIZATION") {
    const org = await tx.organization.findUniqueOrThrow({ where: { id: s.organizationId! }, select: { slug: true, name: true } });
    return { followed: org.name, path: `/organizations/${org.slug}` };
  }
  if (s.kind === "TAG") return { followed: w.tag(s.tag!), path: `/search?${new URLSearchParams({ tag: s.tag! })}` };
  const q = new URLSearchParams(s.search ?? "").get("q");
  return { followed: q ? w.search(q) : w.allSearch, path: `/search?${s.search ?? ""}` };
}
