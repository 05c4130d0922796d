"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { FacetValue } from "@/lib/search/types";
import { SEARCH_FORM_ID, useSearchNavigation } from "./search-navigation";
import { searchHref, withYear } from "./search-state";

/**
 * From/to years of the search form (applied with Enter or "Apply filters"), and the year
 * facet's counts as links that narrow the range to one year.
 */
export function YearRange({ years }: { years: FacetValue[] }) {
  const t = useTranslations("Search");
  const { request } = useSearchNavigation();
  const { yearFrom, yearTo } = request.filters;

  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="text-sm font-semibold text-slate-900">{t("facet.year")}</legend>
      <div className="mt-2 flex gap-3">
        <YearInput name="from" label={t("yearFrom")} value={yearFrom} />
        <YearInput name="to" label={t("yearTo")} value={yearTo} />
      </div>
      <p id="search-year-format" className="mt-1 text-xs text-slate-600">{t("yearFormat")}</p>
      {years.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {years.map(({ value, count }) => {
            const year = Number(value);
            const current = yearFrom === year && yearTo === year;
            return (
              <li key={value}>
                <Link
                  href={searchHref(withYear(request, year))}
                  scroll={false}
                  aria-current={current ? "true" : undefined}
                  className={`rounded underline ${current ? "font-semibold text-slate-900" : "text-brand-700"}`}
                >
                  {value}
                  <span aria-hidden="true" className="text-slate-600 tabular-nums"> ({count})</span>
                  <span className="sr-only">, {t("optionCount", { count })}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

function YearInput({ name, label, value }: { name: "from" | "to"; label: string; value: number | undefined }) {
  const ref = useRef<HTMLInputElement>(null);
  // Follow the URL (a removed chip, Back) unless the person is editing this field.
  useEffect(() => {
    const input = ref.current;
    if (input && document.activeElement !== input) input.value = value?.toString() ?? "";
  }, [value]);

  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={`search-${name}`} className="block text-sm text-slate-800">{label}</label>
      <input
        ref={ref}
        id={`search-${name}`}
        name={name}
        form={SEARCH_FORM_ID}
        defaultValue={value}
        inputMode="numeric"
        pattern="[0-9]{4}"
        maxLength={4}
        autoComplete="off"
        aria-describedby="search-year-format"
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
      />
    </div>
  );
}
