import { useFormatter, useTranslations } from "next-intl";
import type { DocumentDetail } from "@/lib/dal/documents";
import { Link } from "@/lib/i18n/navigation";

/**
 * Date, organization and authors under the title. On phones the details panel comes after the
 * whole text, thousands of pixels down; wide screens show it beside the text, so this is for
 * narrow ones only.
 */
export function DocumentByline({ document }: { document: DocumentDetail }) {
  const t = useTranslations("Document");
  const format = useFormatter();
  const parts = [
    document.publicationDate && (
      <time key="date" dateTime={document.publicationDate.toISOString().slice(0, 10)}>
        {t("publishedOn", { date: format.dateTime(document.publicationDate, { dateStyle: "long" }) })}
      </time>
    ),
    document.organization && (
      <Link key="org" href={`/organizations/${document.organization.slug}`} className="text-brand-700 underline">{document.organization.name}</Link>
    ),
    document.authorNames.length > 0 && (
      <span key="authors">{t("byAuthors", { authors: format.list(document.authorNames, { type: "conjunction" }) })}</span>
    ),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="text-sm text-slate-700 wrap-anywhere lg:hidden" data-testid="document-byline">
      {parts.map((part, index) => <span key={index}>{index > 0 && <span aria-hidden="true"> · </span>}{part}</span>)}
    </p>
  );
}
