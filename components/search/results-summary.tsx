import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SearchRequest } from "@/lib/search/types";
import { asTyped, correctedParts, searchHref } from "./search-state";

/**
 * The result count, in a live region: it stays in the page across client navigations, so
 * each new count is announced as results follow the typing and the filters. An estimated
 * count (the engine's SearchResult.totalIsEstimate) says so: "about 12,300 results".
 */
export function ResultCount({ request, total, estimate = false, correctedQuery = null }: {
  request: SearchRequest;
  total: number;
  estimate?: boolean;
  correctedQuery?: string | null;
}) {
  const t = useTranslations("Search");
  // After a correction the count is that of the corrected words, never of the misspelled ones.
  const query = correctedQuery ?? request.q;
  return (
    <p role="status" className="text-sm font-medium text-slate-800">
      {query
        ? t(estimate ? "resultsAboutFor" : "resultsFor", { count: total, query })
        : t(estimate ? "resultsAbout" : "results", { count: total })}
    </p>
  );
}

/**
 * "Showing results for ciberseguridad. Search instead for cibersegurdad", as web search says
 * it: the results are the corrected query's, its corrected words emphasised, and the link
 * searches the words as typed (keeping the filters), with correction turned off.
 */
export function CorrectedQuery({ request, correctedQuery }: { request: SearchRequest; correctedQuery: string }) {
  const t = useTranslations("Search");
  const words = correctedParts(request.q, correctedQuery).map((part, i) =>
    part.changed ? <em key={i} className="font-semibold">{part.text}</em> : part.text,
  );
  return (
    <div className="text-sm text-slate-800">
      <p>{t.rich("correctedShowing", { query: correctedQuery, corrected: () => <>{words}</> })}</p>
      <p>
        {t.rich("correctedInstead", {
          query: request.q,
          link: (chunks) => (
            <Link href={searchHref(asTyped(request))} scroll={false} className="text-brand-700 italic underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
