import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { impactLabels } from "@/lib/impact/labels";
import { impactDimensions, type ImpactDimension } from "@/lib/impact/report";

interface Props {
  locale: Locale;
  dimension: ImpactDimension;
  area?: string;
  areas: { slug: string; nameEn: string; nameEs: string }[];
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** The breakdown and the focus area: a plain GET form, so it works without JavaScript. */
export function ImpactControls({ locale, dimension, area, areas }: Props) {
  const { t } = impactLabels(locale);
  return (
    <form method="get" action={`/${locale}/results`} aria-label={t("controls")} className="flex flex-wrap items-end gap-4 print:hidden">
      <div className="min-w-48">
        <label htmlFor="impact-area" className="text-sm font-medium text-slate-800">{t("area")}</label>
        <select id="impact-area" name="area" defaultValue={area ?? ""} className={selectClass}>
          <option value="">{t("allAreas")}</option>
          {areas.map((a) => <option key={a.slug} value={a.slug}>{localizedName(a, locale)}</option>)}
        </select>
      </div>
      <div className="min-w-40">
        <label htmlFor="impact-by" className="text-sm font-medium text-slate-800">{t("by")}</label>
        <select id="impact-by" name="by" defaultValue={dimension} className={selectClass}>
          {impactDimensions.map((d) => <option key={d} value={d}>{t(`dimensionTitle.${d}`)}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">{t("apply")}</button>
    </form>
  );
}
