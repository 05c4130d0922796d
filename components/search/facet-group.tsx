"use client";

import { useTranslations } from "next-intl";
import type { FacetGroupData, FacetOption } from "./facet-groups";
import { SEARCH_FORM_ID, useSearchNavigation } from "./search-navigation";
import { selectedValues } from "./search-state";

/** Values shown before "Show more": enough for most facets, short enough to scan. */
const VISIBLE = 8;

/**
 * One facet as checkboxes of the search form. Checking applies at once with JavaScript;
 * without it, the sidebar's "Apply filters" submits the form.
 */
export function FacetGroup({ group }: { group: FacetGroupData }) {
  const t = useTranslations("Search");
  const { request } = useSearchNavigation();
  if (group.options.length === 0) return null;
  const selected = new Set(selectedValues(request, group.param));
  const shown = group.options.slice(0, VISIBLE);
  const more = group.options.slice(VISIBLE);

  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="text-sm font-semibold text-slate-900">{group.legend}</legend>
      <OptionList group={group} options={shown} selected={selected} />
      {more.length > 0 && (
        // Open when a chosen value is inside, so every checked box stays in view.
        <details className="mt-1" open={more.some((o) => selected.has(o.value)) || undefined}>
          <summary className="cursor-pointer rounded text-sm text-brand-700 underline">{t("showMore", { count: more.length })}</summary>
          <OptionList group={group} options={more} selected={selected} offset={VISIBLE} />
        </details>
      )}
    </fieldset>
  );
}

interface OptionListProps {
  group: FacetGroupData;
  options: FacetOption[];
  selected: Set<string>;
  offset?: number;
}

function OptionList({ group, options, selected, offset = 0 }: OptionListProps) {
  const t = useTranslations("Search");
  const { submitForm } = useSearchNavigation();
  return (
    <ul className="mt-2 space-y-1">
      {options.map((option, index) => {
        const id = `facet-${group.param}-${offset + index}`;
        return (
          <li key={option.value} className="flex items-start gap-2">
            <input
              id={id}
              type="checkbox"
              name={group.param}
              value={option.value}
              form={SEARCH_FORM_ID}
              checked={selected.has(option.value)}
              onChange={(event) => submitForm(event.currentTarget.form, "push")}
              className="mt-1 size-4 shrink-0 accent-brand-700"
            />
            <label htmlFor={id} className="flex flex-1 justify-between gap-2 text-sm text-slate-800">
              <span className="min-w-0 wrap-anywhere">{option.label}</span>
              {option.count !== null && (
                <>
                  <span aria-hidden="true" className="text-slate-600 tabular-nums">{option.count}</span>
                  <span className="sr-only">, {t("optionCount", { count: option.count })}</span>
                </>
              )}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
