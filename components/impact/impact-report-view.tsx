import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { impactLabels, type ImpactLabels } from "@/lib/impact/labels";
import type { ImpactReport } from "@/lib/impact/report";
import { impactCsvHref } from "./csv-href";
import { MeasureCard } from "./measure-card";

interface Props {
  report: ImpactReport;
  locale: Locale;
  area?: string;
  signedIn: boolean;
}

/** The whole report: what it counts, each measure, and the results that are only listed. */
export function ImpactReportView({ report, locale, area, signedIn }: Props) {
  const labels = impactLabels(locale);
  const { t } = labels;
  return (
    <div className="space-y-6">
      <div className="space-y-1 text-sm text-slate-800">
        <p role="status" className="font-medium">{t("scope", { count: report.documents })}</p>
        {!signedIn && <p>{t("scopeVisitor")}</p>}
      </div>
      {report.documents === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("emptyHint")}</p>
      ) : (
        <>
          {report.measures.map((measure) => (
            <MeasureCard key={measure.key} measure={measure} dimension={report.dimension} locale={locale} area={area} level={2} />
          ))}
          {report.moreMeasures > 0 && <p className="text-sm text-slate-700">{t("moreMeasures", { count: report.moreMeasures })}</p>}
          <ListedResults report={report} labels={labels} />
          <a href={impactCsvHref(locale, report.dimension, area)} download className="inline-block text-sm font-medium text-brand-700 underline print:hidden">
            {t("downloadAll")}
          </a>
        </>
      )}
    </div>
  );
}

function ListedResults({ report, labels: l }: { report: ImpactReport; labels: ImpactLabels }) {
  if (report.listed.length === 0) return null;
  const th = "px-3 py-2 font-semibold";
  return (
    <section aria-labelledby="impact-listed" className="space-y-3">
      <h2 id="impact-listed" className="text-xl font-semibold">{l.t("listedHeading")}</h2>
      <p className="text-sm text-slate-700">{l.t("listedIntro")}</p>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{l.t("listedCaption")}</caption>
          <thead className="bg-slate-100 text-slate-800">
            <tr>
              <th scope="col" className={th}>{l.t("indicator")}</th>
              <th scope="col" className={`${th} text-right`}>{l.t("value")}</th>
              <th scope="col" className={th}>{l.t("betterWhen")}</th>
              <th scope="col" className={`${th} text-right`}>{l.t("year")}</th>
              <th scope="col" className={th}>{l.t("document")}</th>
            </tr>
          </thead>
          <tbody>
            {report.listed.map((row, i) => (
              <tr key={i} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-3 py-2 font-normal wrap-anywhere" lang={row.document.language}>{row.label}</th>
                <td className="px-3 py-2 text-right tabular-nums wrap-anywhere">{l.value({ kind: "OTHER", currency: null, unit: row.unit }, row.value)}</td>
                <td className="px-3 py-2">{l.tEnums(`metricDirection.${row.direction}`)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{row.year ?? "—"}</td>
                <td className="px-3 py-2">
                  <Link href={`/documents/${row.document.slug}`} lang={row.document.language} className="text-brand-700 underline wrap-anywhere">{row.document.title}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.moreListed > 0 && <p className="text-sm text-slate-700">{l.t("moreListed", { count: report.moreListed })}</p>}
    </section>
  );
}
