import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { impactLabels, type ImpactLabels } from "@/lib/impact/labels";
import type { ImpactDimension, ImpactMeasure } from "@/lib/impact/report";
import { BarChart } from "./bar-chart";
import { impactCsvHref } from "./csv-href";

interface Props {
  measure: ImpactMeasure;
  dimension: ImpactDimension;
  locale: Locale;
  area?: string;
  /** The heading level in the page's outline. */
  level: 2 | 3;
}

const idOf = (key: string, dimension: string) => `impact-${key.replace(/[^A-Za-z0-9_-]+/g, "_")}-${dimension}`;

/** One measure: its figure, a chart with a text summary, the same data as a table, and a CSV. */
export function MeasureCard({ measure, dimension, locale, area, level }: Props) {
  const l = impactLabels(locale);
  const id = idOf(measure.key, dimension);
  const title = l.measureTitle(measure);
  const summary = l.summary(measure, dimension);
  const data = measure.groups.map((g) => ({ key: g.key ?? "none", label: l.groupLabel(dimension, g), value: g.value }));
  const format = (v: number) => l.value(measure, v, true);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid sm:p-5">
      <div className="space-y-1">
        <Heading id={`${id}-heading`} className="text-lg font-semibold wrap-anywhere">{title}</Heading>
        <p className="text-2xl font-bold tabular-nums text-slate-900">{l.value(measure, measure.value)}</p>
        <p className="text-sm text-slate-700">{summary}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2 lg:items-start">
        <figure className="m-0">
          <div className="hidden sm:block print:block">
            <BarChart id={id} title={title} summary={summary} data={data} formatValue={format} />
          </div>
          <div className="sm:hidden print:hidden">
            <BarChart id={`${id}-narrow`} title={title} summary={summary} data={data} formatValue={format} layout="narrow" />
          </div>
        </figure>
        <MeasureTable measure={measure} dimension={dimension} locale={locale} labels={l} caption={l.t("tableCaption", { measure: title, dimension: l.t(`dimension.${dimension}`) })} />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <a
          href={impactCsvHref(locale, dimension, area, measure.key)}
          download
          aria-label={l.t("downloadLabel", { measure: title, dimension: l.t(`dimension.${dimension}`) })}
          className="font-medium text-brand-700 underline print:hidden"
        >
          {l.t("download")}
        </a>
        {(dimension === "country" || dimension === "sector") && <p className="text-slate-700">{l.t("multiValued", { dimension: l.t(`dimension.${dimension}`) })}</p>}
        {measure.moreGroups > 0 && <p className="text-slate-700">{l.t("moreGroups", { count: measure.moreGroups, dimension: l.t(`dimension.${dimension}`) })}</p>}
      </div>
    </section>
  );
}

interface TableProps {
  measure: ImpactMeasure;
  dimension: ImpactDimension;
  locale: Locale;
  labels: ImpactLabels;
  caption: string;
}

function MeasureTable({ measure, dimension, locale, labels: l, caption }: TableProps) {
  const th = "px-3 py-2 font-semibold";
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className={th}>{l.t(`dimensionTitle.${dimension}`)}</th>
            <th scope="col" className={`${th} text-right`}>{l.t(`statistic.${measure.statistic}`)}</th>
            <th scope="col" className={`${th} text-right`}>{l.t("results")}</th>
            <th scope="col" className={th}>{l.t("documentsBehind")}</th>
          </tr>
        </thead>
        <tbody>
          {measure.groups.map((group) => (
            <tr key={group.key ?? "none"} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 font-medium wrap-anywhere">{l.groupLabel(dimension, group)}</th>
              <td className="px-3 py-2 text-right font-semibold whitespace-nowrap tabular-nums">{l.value(measure, group.value)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{group.metrics.toLocaleString(locale)}</td>
              <td className="px-3 py-2">
                <ul className="space-y-1">
                  {group.topDocuments.map((doc) => (
                    <li key={doc.slug}>
                      <Link href={`/documents/${doc.slug}`} lang={doc.language} className="text-brand-700 underline wrap-anywhere">{doc.title}</Link>
                    </li>
                  ))}
                  {group.documents > group.topDocuments.length && (
                    <li className="text-slate-700">{l.t("moreDocuments", { count: group.documents - group.topDocuments.length })}</li>
                  )}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
