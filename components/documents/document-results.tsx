import { useTranslations } from "next-intl";
import type { DocumentCard, Page } from "@/lib/dal/documents";
import { Link } from "@/lib/i18n/navigation";
import { DocumentGrid } from "./document-card";

interface Props {
  page: Page<DocumentCard>;
  /** Where "first page" leads when the page number is past the end. */
  pathname: string;
  /** The message when nothing matches; filtered lists also suggest clearing the filters. */
  emptyMessage: string;
  emptyHint?: string;
}

/** A page of document cards, or the right empty state: nothing at all, or past the last page. */
export function DocumentResults({ page, pathname, emptyMessage, emptyHint }: Props) {
  const t = useTranslations("FocusArea");
  if (page.items.length > 0) return <DocumentGrid documents={page.items} />;
  if (page.total > 0) {
    return (
      <p className="rounded-md border border-slate-200 bg-white p-6 text-slate-700">
        {t("pageOutOfRange")}{" "}
        <Link href={pathname} className="text-brand-700 underline">{t("backToFirstPage")}</Link>
      </p>
    );
  }
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
      <p className="font-medium">{emptyMessage}</p>
      {emptyHint && <p className="mt-1 text-sm">{emptyHint}</p>}
    </div>
  );
}
