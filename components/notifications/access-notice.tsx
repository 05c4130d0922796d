import { useTranslations } from "next-intl";
import type { NotificationItem } from "@/lib/dal/notifications";
import { accessNoticePath } from "@/lib/notifications/notice-links";
import type { AccessNoticeKind } from "@/lib/notifications/kinds";

export interface NoticeLink {
  href: string;
  label: string;
}

/**
 * What an access notice says and where it leads: the request in words (who asked for what, or
 * what the reader asked for), whether it was already answered, and the next step.
 */
export function useAccessNotice(kind: AccessNoticeKind, request: NotificationItem["accessRequest"]) {
  const t = useTranslations();
  if (!request) return { subject: t("Notifications.requestGone"), answered: null, link: null };
  const organization = request.organization?.name ?? "";
  const membership = request.kind === "MEMBERSHIP";
  const subject =
    kind === "ACCESS_REQUESTED"
      ? membership ? t("Access.asksMembership", { name: request.requesterName, organization }) : t("Access.asksContributor", { name: request.requesterName })
      : membership ? t("Access.requestMembership", { organization }) : t("Access.requestContributor");
  const href = accessNoticePath(kind, { kind: request.kind, organizationSlug: request.organization?.slug ?? null });
  let link: NoticeLink | null;
  if (kind === "ACCESS_REQUESTED") link = request.status === "OPEN" ? { href, label: t("Notifications.accessAction.decide") } : null;
  else if (kind === "ACCESS_GRANTED") link = { href, label: membership ? t("Notifications.accessAction.viewOrganization") : t("Notifications.accessAction.startDocument") };
  else link = { href, label: t("Notifications.accessAction.seeRequests") };
  const answered = kind === "ACCESS_REQUESTED" && request.status !== "OPEN" ? t(`Notifications.accessAnswered.${request.status}`) : null;
  return { subject, answered, link };
}

export function AccessLine({ subject, answered }: { subject: string; answered: string | null }) {
  const t = useTranslations("Notifications");
  return (
    <>
      <p className="text-sm">
        <span className="font-semibold text-slate-700">{t("request")}: </span>
        <span className="text-slate-900">{subject}</span>
      </p>
      {answered && <p className="text-sm text-slate-700">{answered}</p>}
    </>
  );
}
