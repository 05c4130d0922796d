import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { WorkItem } from "@/lib/dal/review-queue";
import { localizedName } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type DateColumn = "submitted" | "updated";

/**
 * Documents in the workflow: the review queue and "my documents" both use it. A table on wide
 * screens; on phones a five-column table would hide the status off screen, so each document is
 * a card there (only one of the two is ever displayed, so assistive technology meets one).
 */
export async function WorkItemTable({ items, caption, dateColumn }: { items: WorkItem[]; caption: string; dateColumn: DateColumn }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale() as Promise<Locale>]);
  // The parts of a row that both layouts show the same way.
  const cellsOf = (item: WorkItem): Cells => ({
    title: (
      <>
        <Link href={`/documents/${item.slug}`} className="font-semibold text-brand-700 underline" lang={item.language}>{item.title}</Link>
        {item.contributorName && <span className="block text-xs text-slate-600">{t("Workflow.contributor", { name: item.contributorName })}{item.organizationName ? ` · ${item.organizationName}` : ""}</span>}
      </>
    ),
    type: t(`Enums.documentType.${item.type}`),
    status: (
      <>
        {t(`Enums.documentStatus.${item.status}`)}
        {item.pendingState !== "NONE" && <span className="block text-xs text-slate-600">{t(`Enums.pendingState.${item.pendingState}`)}</span>}
      </>
    ),
    areas: item.focusAreas.map((area) => localizedName(area, locale)).join(", "),
    date: dateColumn === "submitted"
      ? item.submittedAt && <time dateTime={item.submittedAt.toISOString()}>{format.relativeTime(item.submittedAt)}</time>
      : <time dateTime={item.updatedAt.toISOString()}>{format.dateTime(item.updatedAt, { dateStyle: "medium" })}</time>,
  });
  const rows = items.map((item) => ({ item, cells: cellsOf(item) }));
  const headers = {
    title: t("Workflow.table.title"), type: t("Workflow.table.type"), status: t("Workflow.table.status"), areas: t("Workflow.table.areas"),
    date: dateColumn === "submitted" ? t("Workflow.table.submitted") : t("Workflow.table.updated"),
  };
  return (
    <>
      <WorkItemCards caption={caption} headers={headers} rows={rows} />
      <WorkItemRows caption={caption} headers={headers} rows={rows} />
    </>
  );
}

type Cells = Record<"title" | "type" | "status" | "areas" | "date", ReactNode>;
interface LayoutProps {
  caption: string;
  headers: Record<keyof Cells, string>;
  rows: { item: WorkItem; cells: Cells }[];
}

function WorkItemCards({ caption, headers, rows }: LayoutProps) {
  const term = "font-semibold text-slate-600";
  return (
    <ul aria-label={caption} className="space-y-3 md:hidden">
      {rows.map(({ item, cells }) => (
        <li key={item.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm wrap-anywhere">
          <div>{cells.title}</div>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
            <dt className={term}>{headers.status}</dt><dd>{cells.status}</dd>
            <dt className={term}>{headers.type}</dt><dd>{cells.type}</dd>
            {cells.areas && <><dt className={term}>{headers.areas}</dt><dd>{cells.areas}</dd></>}
            {cells.date && <><dt className={term}>{headers.date}</dt><dd>{cells.date}</dd></>}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function WorkItemRows({ caption, headers, rows }: LayoutProps) {
  const cell = "px-3 py-2 align-top";
  return (
    <div className="hidden overflow-x-auto rounded-xl border border-slate-200 bg-white md:block">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {Object.values(headers).map((header) => <th key={header} scope="col" className={cell}>{header}</th>)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map(({ item, cells }) => (
            <tr key={item.id}>
              <td className={`${cell} wrap-anywhere`}>{cells.title}</td>
              <td className={cell}>{cells.type}</td>
              <td className={cell}>{cells.status}</td>
              <td className={cell}>{cells.areas}</td>
              <td className={cell}>{cells.date}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
