import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

interface Props {
  pathname: string;
  /** The page's other parameters; a list repeats the parameter (area=a&area=b). */
  query: Record<string, string | readonly string[] | undefined>;
  page: number;
  pageCount: number;
}

function hrefFor(pathname: string, query: Props["query"], page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of typeof value === "string" ? [value] : (value ?? [])) if (item) params.append(key, item);
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

export function Pagination({ pathname, query, page, pageCount }: Props) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:border-brand-600 hover:text-brand-700";
  const disabledClass = "rounded border border-slate-200 px-3 py-2 text-sm text-slate-500";

  return (
    <nav aria-label={t("label")} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(pathname, query, Math.min(page - 1, pageCount))} rel="prev" className={linkClass}>
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
