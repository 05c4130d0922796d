"use client";

import { useTranslations } from "next-intl";
import { SEARCH_FORM_ID, useHydrated, useSearchNavigation } from "./search-navigation";

/**
 * Relevance or newest first. Without words there is nothing to rank by (engines list the
 * newest first), so the control only appears with a query; that also keeps a form submitted
 * from the empty page from pinning "newest" onto the words typed into it.
 */
export function SortSelect() {
  const t = useTranslations("Search");
  const { request, submitForm } = useSearchNavigation();
  const hydrated = useHydrated();
  if (!request.q) return null;

  return (
    <div className="flex items-center gap-2">
      <label htmlFor="search-sort" className="text-sm font-medium text-slate-800">{t("sortLabel")}</label>
      <select
        id="search-sort"
        name="sort"
        form={SEARCH_FORM_ID}
        value={request.sort}
        onChange={(event) => submitForm(event.currentTarget.form, "push")}
        className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
      >
        <option value="relevance">{t("sortRelevance")}</option>
        <option value="newest">{t("sortNewest")}</option>
      </select>
      {/* Without JavaScript a change needs a submit; with it, choosing applies at once. */}
      {!hydrated && (
        <button type="submit" form={SEARCH_FORM_ID} className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600">
          {t("applySort")}
        </button>
      )}
    </div>
  );
}
