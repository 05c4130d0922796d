import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SearchRequest } from "@/lib/search/types";
import { type FacetLabels, facetParams, valueFacets } from "./facet-groups";
import { hasFilters, searchHref, selectedValues, withoutFilters, withoutValue, withoutYears } from "./search-state";

interface Chip {
  key: string;
  text: string;
  href: string;
}

/** Each applied filter as a chip whose link removes it (a plain link: works without JavaScript). */
export function AppliedFilters({ request, labels }: { request: SearchRequest; labels: FacetLabels }) {
  const t = useTranslations("Search");
  if (!hasFilters(request)) return null;
  const chips: Chip[] = valueFacets.flatMap((facet) => {
    const param = facetParams[facet];
    return selectedValues(request, param).map((value) => ({
      key: `${param}:${value}`,
      text: t("chip", { facet: t(`facet.${facet}`), value: labels[facet](value) }),
      href: searchHref(withoutValue(request, param, value)),
    }));
  });
  const years = yearText(request, t);
  if (years) chips.push({ key: "years", text: t("chip", { facet: t("facet.year"), value: years }), href: searchHref(withoutYears(request)) });

  return (
    <section aria-labelledby="search-applied-heading">
      <h3 id="search-applied-heading" className="sr-only">{t("appliedHeading")}</h3>
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              scroll={false}
              aria-label={t("removeFilter", { filter: chip.text })}
              className="inline-flex max-w-full items-center gap-1.5 rounded-full wrap-anywhere border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
            >
              {chip.text}
              <span aria-hidden="true" className="text-base leading-none">×</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={searchHref(withoutFilters(request))} scroll={false} className="px-1 text-sm text-brand-700 underline">
            {t("clearAll")}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function yearText(request: SearchRequest, t: ReturnType<typeof useTranslations<"Search">>): string | null {
  const { yearFrom: from, yearTo: to } = request.filters;
  if (from !== undefined && to !== undefined) return from === to ? String(from) : t("yearRange", { from, to });
  if (from !== undefined) return t("yearFromOnly", { from });
  if (to !== undefined) return t("yearToOnly", { to });
  return null;
}
