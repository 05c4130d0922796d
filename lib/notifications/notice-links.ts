// Where a notice sends its reader, shared by the emails and the notifications page so both
// point at the same place: reviewers to their queue, authors who must act to the editor,
// everyone else to the document.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";

/** The path without its locale prefix (what next-intl's Link takes). */
export function noticePath(kind: NotificationKind, slug: string): string {
  if (kind === "SUBMITTED") return "/review";
  const document = `/documents/${encodeURIComponent(slug)}`;
  return kind === "CHANGES_REQUESTED" || kind === "REJECTED" ? `${document}/edit` : document;
}

/** The absolute link for an email. */
export function noticeUrl(origin: string, locale: Locale, kind: NotificationKind, slug: string): string {
  return `${origin.replace(/\/+$/, "")}/${locale}${noticePath(kind, slug)}`;
}
