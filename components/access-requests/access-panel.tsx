import { getFormatter, getTranslations } from "next-intl/server";
import type { OwnAccessRequest } from "@/lib/dal/access-requests";
import { ContributorRequestForm, MembershipRequestForm } from "./request-access-forms";

const section = "space-y-3 rounded-xl border border-slate-200 bg-white p-6";

interface Props {
  verified: boolean;
  requests: OwnAccessRequest[];
  organizations: { id: string; name: string }[];
}

/**
 * /documents/new for a signed-in member who cannot contribute: why, and how to ask for
 * contributor access or to join an organization, with the requests they already sent.
 */
export async function AccessPanel({ verified, requests, organizations }: Props) {
  const [t, format] = await Promise.all([getTranslations("Access"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const waiting = requests.find((request) => request.kind === "CONTRIBUTOR" && request.status === "OPEN");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      {!verified ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-800">{t("unverified")}</p>
      ) : (
        <>
          <section aria-labelledby="ask-contributor-heading" className={section}>
            <h2 id="ask-contributor-heading" className="text-xl font-semibold">{t("contributorHeading")}</h2>
            <p className="text-sm text-slate-700">{t("contributorHint")}</p>
            <ContributorRequestForm waitingSince={waiting ? date(waiting.createdAt) : null} />
          </section>
          <section aria-labelledby="ask-membership-heading" className={section}>
            <h2 id="ask-membership-heading" className="text-xl font-semibold">{t("membershipHeading")}</h2>
            <p className="text-sm text-slate-700">{t("membershipHint")}</p>
            <MembershipRequestForm organizations={organizations} />
          </section>
        </>
      )}
      {requests.length > 0 && (
        <section aria-labelledby="own-requests-heading" className={section}>
          <h2 id="own-requests-heading" className="text-xl font-semibold">{t("ownHeading")}</h2>
          <ul className="space-y-2 text-sm">
            {requests.map((request) => (
              <li key={request.id} className="border-t border-slate-200 pt-2 text-slate-800 first:border-t-0 first:pt-0">
                <span className="font-medium text-slate-900">
                  {request.kind === "CONTRIBUTOR" ? t("requestContributor") : t("requestMembership", { organization: request.organization?.name ?? "" })}
                </span>
                {": "}
                {t(`status.${request.status}`)}
                {" · "}
                {t("askedOn", { date: date(request.createdAt) })}
                {request.decidedAt && `, ${t("decidedOn", { date: date(request.decidedAt) })}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
