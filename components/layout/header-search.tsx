import { useLocale, useTranslations } from "next-intl";
import { SearchAutocomplete } from "@/components/search/search-autocomplete";
import { SEARCH_QUERY_MAX } from "@/lib/validation/search";

/**
 * A plain GET form to the search page: no JavaScript needed, the page takes it from there. The
 * script adds completions under the field; the form is their positioned box (relative), so the
 * popup spans the field and the button and never runs past the header's edges.
 */
export function HeaderSearch() {
  const t = useTranslations("Search.header");
  const locale = useLocale();
  // The header is dark: white focus rings stay visible on it.
  const focus = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white";

  return (
    <form role="search" aria-label={t("label")} method="get" action={`/${locale}/search`} className="relative flex w-full items-center gap-2 lg:w-auto">
      <label htmlFor="header-search-q" className="sr-only">{t("inputLabel")}</label>
      <SearchAutocomplete
        id="header-search-q"
        name="q"
        maxLength={SEARCH_QUERY_MAX}
        placeholder={t("placeholder")}
        className={`min-w-0 flex-1 rounded-md border border-white/40 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-600 lg:w-52 lg:flex-none ${focus}`}
      />
      <button type="submit" className={`rounded-md bg-accent-500 px-3 py-1.5 text-sm font-semibold text-brand-900 hover:bg-amber-400 ${focus}`}>
        {t("submit")}
      </button>
    </form>
  );
}
