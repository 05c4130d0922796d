import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { SearchRequest } from "@/lib/search/types";
import { fewerWords, hasFilters, SEARCH_PATH, searchHref, withoutFilters, withQuery } from "./search-state";

interface Props {
  request: SearchRequest;
}

const linkClass = "font-medium text-brand-700 underline";

/**
 * Nothing matches (a page past the last one shows the last one, so no hits means none at
 * all). Each way to broaden the search is offered as a link that does exactly that.
 */
export function SearchEmptyState({ request }: Props) {
  const t = useTranslations("Search");
  const box = "rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700";
  const filtered = hasFilters(request);
  if (!request.q && !filtered) return <p className={box}>{t("emptyNothing")}</p>;

  const link = (href: string) => function BroaderSearchLink(chunks: ReactNode) {
    return <Link href={href} className={linkClass}>{chunks}</Link>;
  };
  const shorter = fewerWords(request.q);
  return (
    <div className={box}>
      <p className="font-semibold text-slate-900">{t("emptyHeading")}</p>
      <p className="mt-2">{t("emptyIntro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {filtered && <li>{t.rich("emptyRemoveFilters", { link: link(searchHref(withoutFilters(request))) })}</li>}
        {request.q && <li>{t("emptySpelling")}</li>}
        {shorter && <li>{t.rich("emptyFewerWords", { query: shorter, link: link(searchHref(withQuery(request, shorter))) })}</li>}
        <li>{t.rich("emptyBrowseAll", { link: link(SEARCH_PATH) })}</li>
      </ul>
    </div>
  );
}
