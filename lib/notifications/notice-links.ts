// Where a notice sends its reader, shared by the emails and the notifications page so both
// point at the same place: reviewers to their queue, authors who must act to the editor,
// everyone else to the document; access notices to where the request is decided or used.
import type { AccessRequestKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import type { AccessNoticeKind, DocumentNoticeKind } from "./kinds";

/** The path without its locale prefix (what next-intl's Link takes). */
export function noticePath(kind: DocumentNoticeKind, slug: string): string {
  if (kind === "SUBMITTED") return "/review";
  const document = `/documents/${encodeURIComponent(slug)}`;
  if (kind === "FEEDBACK") return `${document}#feedback`;
  return kind === "CHANGES_REQUESTED" || kind === "REJECTED" ? `${document}/edit` : document;
}

/** The absolute link for an email. */
export function noticeUrl(origin: string, locale: Locale, kind: DocumentNoticeKind, slug: string): string {
  return absolute(origin, locale, noticePath(kind, slug));
}

export interface AccessRequestLinkTarget {
  kind: AccessRequestKind;
  /** The organization of a MEMBERSHIP request. */
  organizationSlug: string | null;
}

/**
 * Where an access notice sends its reader: the people who decide to the requests waiting on the
 * admin page they decide them on; the requester, once granted, to what they can now use, and
 * otherwise to the page that lists their requests.
 */
export function accessNoticePath(kind: AccessNoticeKind, request: AccessRequestLinkTarget): string {
  const organization = encodeURIComponent(request.organizationSlug ?? "");
  if (kind === "ACCESS_REQUESTED") {
    return request.kind === "CONTRIBUTOR" ? "/admin/users#access-requests" : `/admin/organizations/${organization}#access-requests`;
  }
  if (kind === "ACCESS_GRANTED" && request.kind === "MEMBERSHIP") return `/organizations/${organization}`;
  return "/documents/new";
}

export function accessNoticeUrl(origin: string, locale: Locale, kind: AccessNoticeKind, request: AccessRequestLinkTarget): string {
  return absolute(origin, locale, accessNoticePath(kind, request));
}

function absolute(origin: string, locale: Locale, path: string): string {
  return `${origin.replace(/\/+$/, "")}/${locale}${path}`;
}
