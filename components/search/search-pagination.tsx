import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SearchRequest } from "@/lib/search/types";
import { searchHref, withPage } from "./search-state";

/**
 * Previous/next, as components/ui/pagination.tsx (same look and messages). That component's
 * query is one value per parameter; search filters repeat (area=a&area=b), so hrefs come
 * from the search state instead.
 */
export function SearchPagination({ request, pageCount }: { request: SearchRequest; pageCount: number }) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const { page } = request;
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:border-brand-600 hover:text-brand-700";
  const disabledClass = "rounded border border-slate-200 px-3 py-2 text-sm text-slate-500";

  return (
    <nav aria-label={t("label")} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={searchHref(withPage(request, Math.min(page - 1, pageCount)))} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">{t("previous")}</span>
      )}
      <p className="text-sm text-slate-700" aria-current="page">
        {t("pageOf", { page, pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={searchHref(withPage(request, page + 1))} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">{t("next")}</span>
      )}
    </nav>
  );
}
