import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { DocumentDetail } from "@/lib/dal/documents";
import { countryName, localizedName } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { TagLinks } from "@/components/search/tag-links";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-2">
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** All of a document's metadata, labelled in the page's language. */
export function DocumentMetadata({ document }: { document: DocumentDetail }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const list = (values: string[]) => format.list(values, { type: "conjunction" });

  return (
    <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4">
      <Row label={t("Document.type")}>{t(`Enums.documentType.${document.type}`)}</Row>
      <Row label={t("Document.language")}>{t(`Enums.language.${document.language}`)}</Row>
      {document.publicationDate && (
        <Row label={t("Document.publicationDate")}>
          <time dateTime={document.publicationDate.toISOString().slice(0, 10)}>{format.dateTime(document.publicationDate, { dateStyle: "long" })}</time>
        </Row>
      )}
      {document.organization && (
        <Row label={t("Document.organization")}>
          <Link href={`/organizations/${document.organization.slug}`} className="text-brand-700 underline">{document.organization.name}</Link>
        </Row>
      )}
      {document.authorNames.length > 0 && <Row label={t("Document.authors")}>{list(document.authorNames)}</Row>}
      {document.focusAreas.length > 0 && (
        <Row label={t("Document.focusAreas")}>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {document.focusAreas.map((area) => (
              <li key={area.slug}>
                <Link href={`/focus-areas/${area.slug}`} className="text-brand-700 underline">{localizedName(area, locale)}</Link>
              </li>
            ))}
          </ul>
        </Row>
      )}
      {document.countries.length > 0 && (
        <Row label={t("Document.countries")}>{list(document.countries.map((code) => countryName(code, locale, t("Enums.regional"))))}</Row>
      )}
      {document.sectors.length > 0 && (
        <Row label={t("Document.sectors")}>{list(document.sectors.map((sector) => t(`Enums.sector.${sector}`)))}</Row>
      )}
      {document.tags.length > 0 && (
        <Row label={t("Document.tags")}>
          <TagLinks tags={document.tags} language={document.language} />
        </Row>
      )}
    </dl>
  );
}
