import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { WorkItem } from "@/lib/dal/review-queue";
import { localizedName } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Documents in the workflow as a table: the review queue and "my documents" both use it. */
export async function WorkItemTable({ items, caption, dateColumn }: { items: WorkItem[]; caption: string; dateColumn: "submitted" | "updated" }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale() as Promise<Locale>]);
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={cell}>{t("Workflow.table.title")}</th>
            <th scope="col" className={cell}>{t("Workflow.table.type")}</th>
            <th scope="col" className={cell}>{t("Workflow.table.status")}</th>
            <th scope="col" className={cell}>{t("Workflow.table.areas")}</th>
            <th scope="col" className={cell}>{dateColumn === "submitted" ? t("Workflow.table.submitted") : t("Workflow.table.updated")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((item) => (
            <tr key={item.id}>
              <td className={cell}>
                <Link href={`/documents/${item.slug}`} className="font-semibold text-brand-700 underline" lang={item.language}>{item.title}</Link>
                {item.contributorName && <span className="block text-xs text-slate-600">{t("Workflow.contributor", { name: item.contributorName })}{item.organizationName ? ` · ${item.organizationName}` : ""}</span>}
              </td>
              <td className={cell}>{t(`Enums.documentType.${item.type}`)}</td>
              <td className={cell}>
                {t(`Enums.documentStatus.${item.status}`)}
                {item.pendingState !== "NONE" && <span className="block text-xs text-slate-600">{t(`Enums.pendingState.${item.pendingState}`)}</span>}
              </td>
              <td className={cell}>{item.focusAreas.map((area) => localizedName(area, locale)).join(", ")}</td>
              <td className={cell}>
                {dateColumn === "submitted"
                  ? item.submittedAt && <time dateTime={item.submittedAt.toISOString()}>{format.relativeTime(item.submittedAt)}</time>
                  : <time dateTime={item.updatedAt.toISOString()}>{format.dateTime(item.updatedAt, { dateStyle: "medium" })}</time>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
