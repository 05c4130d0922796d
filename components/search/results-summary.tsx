import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SearchRequest } from "@/lib/search/types";
import { searchHref, withQuery } from "./search-state";

/**
 * The result count, in a live region: it stays in the page across client navigations, so
 * each new count is announced as results follow the typing and the filters.
 */
export function ResultCount({ request, total }: { request: SearchRequest; total: number }) {
  const t = useTranslations("Search");
  return (
    <p role="status" className="text-sm font-medium text-slate-800">
      {request.q ? t("resultsFor", { count: total, query: request.q }) : t("results", { count: total })}
    </p>
  );
}

/** "Did you mean …?", keeping the filters; the empty state offers it itself when nothing matched. */
export function DidYouMean({ request, suggestion }: { request: SearchRequest; suggestion: string }) {
  const t = useTranslations("Search");
  return (
    <p className="text-sm text-slate-800">
      {t.rich("didYouMean", {
        suggestion,
        link: (chunks) => (
          <Link href={searchHref(withQuery(request, suggestion))} scroll={false} className="font-semibold text-brand-700 underline">
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
