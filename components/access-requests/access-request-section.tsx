import { getFormatter, getTranslations } from "next-intl/server";
import type { OpenAccessRequest } from "@/lib/dal/access-requests";
import { AccessDecisions } from "./access-decisions";

const section = "scroll-mt-6 space-y-4 rounded-xl border border-slate-200 bg-white p-6";

/** The open requests an admin page decides (contributor access, or joining one organization). */
export async function AccessRequestSection({ requests, heading, hint }: { requests: OpenAccessRequest[]; heading: string; hint: string }) {
  const [t, format] = await Promise.all([getTranslations("Access"), getFormatter()]);
  const items = requests.map((request) => {
    const name = request.requester.name ?? request.requester.email;
    return {
      id: request.id,
      summary: request.kind === "CONTRIBUTOR" ? t("asksContributor", { name }) : t("asksMembership", { name, organization: request.organization?.name ?? "" }),
      requesterName: name,
      requesterEmail: request.requester.email,
      message: request.message,
      askedOn: format.dateTime(request.createdAt, { dateStyle: "medium" }),
      askedAt: request.createdAt.toISOString(),
    };
  });
  return (
    <section id="access-requests" aria-labelledby="access-requests-heading" className={section}>
      <h2 id="access-requests-heading" className="text-xl font-semibold">{heading}</h2>
      <p className="text-sm text-slate-700">{hint}</p>
      <AccessDecisions requests={items} />
    </section>
  );
}
