import { useLocale, useTranslations } from "next-intl";
import { countryCodes } from "@/lib/domain/countries";
import { countryName } from "@/lib/i18n/format";
import type { BrowseFilters } from "@/lib/validation/browse";

interface Props {
  action: string;
  filters: BrowseFilters;
  years: number[];
}

/** Year and country filters: a plain GET form, so it works without JavaScript. */
export function DocumentFilters({ action, filters, years }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const regional = t("Enums.regional");
  const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4" aria-label={t("FocusArea.filtersHeading")}>
      {filters.type && <input type="hidden" name="type" value={filters.type} />}
      <div className="min-w-40">
        <label htmlFor="filter-year" className="text-sm font-medium text-slate-800">{t("FocusArea.yearFilter")}</label>
        <select id="filter-year" name="year" defaultValue={filters.year ?? ""} className={selectClass}>
          <option value="">{t("FocusArea.anyYear")}</option>
          {years.map((year) => (
            <option key={year} value={year}>{year}</option>
          ))}
        </select>
      </div>
      <div className="min-w-48">
        <label htmlFor="filter-country" className="text-sm font-medium text-slate-800">{t("FocusArea.countryFilter")}</label>
        <select id="filter-country" name="country" defaultValue={filters.country ?? ""} className={selectClass}>
          <option value="">{t("FocusArea.anyCountry")}</option>
          {countryCodes.map((code) => (
            <option key={code} value={code}>{countryName(code, locale, regional)}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        {t("FocusArea.apply")}
      </button>
    </form>
  );
}
