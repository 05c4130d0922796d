import { useLocale, useTranslations } from "next-intl";
import type { ImpactMetricView } from "@/lib/dal/document-mappers";
import { formatMetric } from "@/lib/impact/format";

export function ImpactMetricsTable({ metrics, lang }: { metrics: ImpactMetricView[]; lang: string }) {
  const t = useTranslations("Document");
  const tEnums = useTranslations("Enums");
  const locale = useLocale();
  if (metrics.length === 0) return null;
  return (
    <section aria-labelledby="metrics-heading" className="space-y-3">
      <h2 id="metrics-heading" className="text-xl font-semibold">{t("metricsHeading")}</h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("metricsCaption")}</caption>
          <thead className="bg-slate-100 text-slate-800">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">{t("metricLabel")}</th>
              <th scope="col" className="px-4 py-2 text-right font-semibold">{t("metricValue")}</th>
              <th scope="col" className="px-4 py-2 font-semibold">{t("metricDirection")}</th>
              <th scope="col" className="px-4 py-2 text-right font-semibold">{t("metricYear")}</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((metric) => (
              <tr key={metric.id} className="border-t border-slate-200">
                <th scope="row" className="px-4 py-2 font-normal wrap-anywhere" lang={lang}>{metric.label}</th>
                <td className="px-4 py-2 text-right font-semibold tabular-nums wrap-anywhere">{formatMetric(metric.value, metric, locale)}</td>
                <td className="px-4 py-2">{tEnums(`metricDirection.${metric.direction}`)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{metric.year ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
