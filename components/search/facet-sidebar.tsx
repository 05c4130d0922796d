"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FacetValue } from "@/lib/search/types";
import { FacetGroup } from "./facet-group";
import type { FacetGroupData } from "./facet-groups";
import { SEARCH_FORM_ID, useHydrated, useSearchNavigation } from "./search-navigation";
import { YearRange } from "./year-range";

/** Tailwind's lg breakpoint: from here the sidebar sits beside the results, open. */
const WIDE = "(min-width: 64rem)";

/**
 * Every facet with its counts. A disclosure, so on a phone the results come first and the
 * filters are one tap away; wide screens open it once it mounts (the server cannot know the
 * width). Its controls belong to the search form, so one submit carries the whole state.
 */
export function FacetSidebar({ groups, years }: { groups: FacetGroupData[]; years: FacetValue[] }) {
  const t = useTranslations("Search");
  const { request } = useSearchNavigation();
  const hydrated = useHydrated();
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (ref.current && window.matchMedia(WIDE).matches) ref.current.open = true;
  }, []);

  const { yearFrom, yearTo, ...lists } = request.filters;
  const applied = Object.values(lists).reduce((sum, values) => sum + (values?.length ?? 0), 0) + (yearFrom !== undefined || yearTo !== undefined ? 1 : 0);

  return (
    <aside aria-labelledby="search-filters-heading" className="lg:self-start">
      <details ref={ref} className="group rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer rounded text-base font-semibold text-slate-900">
          <span id="search-filters-heading">{t("filtersHeading")}</span>{" "}
          <span className="text-sm font-normal text-slate-600">({t("filtersApplied", { count: applied })})</span>
        </summary>
        {hydrated && <p className="mt-2 text-xs text-slate-600">{t("filtersHint")}</p>}
        <div className="mt-3 space-y-4">
          {groups.map((group) => (
            <FacetGroup key={group.param} group={group} />
          ))}
          <YearRange years={years} />
          <button
            type="submit"
            form={SEARCH_FORM_ID}
            className="w-full rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("applyFilters")}
          </button>
        </div>
      </details>
    </aside>
  );
}
