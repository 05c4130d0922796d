import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

interface Props {
  pathname: string;
  query: Record<string, string | undefined>;
  page: number;
  pageCount: number;
}

function hrefFor(pathname: string, query: Props["query"], page: number) {
  const params = Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
  if (page > 1) params.page = String(page);
  return { pathname, query: params };
}

export function Pagination({ pathname, query, page, pageCount }: Props) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:border-brand-600 hover:text-brand-700";
  const disabledClass = "rounded border border-slate-200 px-3 py-2 text-sm text-slate-500";

  return (
    <nav aria-label={t("label")} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(pathname, query, page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">{t("previous")}</span>
      )}
      <p className="text-sm text-slate-700" aria-current="page">
        {t("pageOf", { page, pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(pathname, query, page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">{t("next")}</span>
      )}
    </nav>
  );
}
