import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { LanguageBadge } from "@/components/ui/language-badge";
import type { DocumentCard as DocumentCardData } from "@/lib/dal/documents";
import { localizedName } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";

export function DocumentCard({ document, headingLevel = 3 }: { document: DocumentCardData; headingLevel?: 2 | 3 }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const primaryArea = document.focusAreas[0];

  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition wrap-anywhere hover:border-brand-600">
      <div className="mb-2 flex flex-wrap gap-2">
        <Badge tone="brand">{t(`Enums.documentType.${document.type}`)}</Badge>
        {primaryArea && <Badge>{localizedName(primaryArea, locale)}</Badge>}
        <LanguageBadge language={document.language} />
      </div>
      <Heading className="text-lg leading-snug font-semibold text-slate-900" lang={document.language}>
        <Link href={`/documents/${document.slug}`} className="rounded hover:text-brand-700 hover:underline">
          {document.title}
        </Link>
      </Heading>
      <p className="mt-2 line-clamp-3 text-sm text-slate-700" lang={document.language}>
        {document.summary}
      </p>
      <p className="mt-auto pt-3 text-xs text-slate-600">
        {document.organization?.name}
        {document.organization && document.publicationDate && " · "}
        {document.publicationDate && (
          <time dateTime={document.publicationDate.toISOString().slice(0, 10)}>
            {format.dateTime(document.publicationDate, { year: "numeric", month: "short", day: "numeric" })}
          </time>
        )}
      </p>
    </article>
  );
}

export function DocumentGrid({ documents, headingLevel }: { documents: DocumentCardData[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {documents.map((document) => (
        <li key={document.id}>
          <DocumentCard document={document} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
