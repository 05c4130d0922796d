import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { LanguageBadge } from "@/components/ui/language-badge";
import { localizedName } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchHit } from "@/lib/search/types";
import { TagLinks } from "./tag-links";
import { TrustedSnippet } from "./trusted-snippet";

// Matches are bold and tinted: the weight carries the meaning for those who cannot see the tint.
const snippetClass = "text-sm text-slate-700 [&_mark]:rounded-sm [&_mark]:bg-amber-100 [&_mark]:px-0.5 [&_mark]:font-semibold [&_mark]:text-slate-900";

export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const primaryArea = hit.focusAreas[0];

  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-2 flex flex-wrap gap-2">
        <Badge tone="brand">{t(`Enums.documentType.${hit.type}`)}</Badge>
        {primaryArea && <Badge>{localizedName(primaryArea, locale)}</Badge>}
        {hit.year !== null && (
          <Badge>
            <span className="sr-only">{t("Search.facet.year")}: </span>
            {hit.year}
          </Badge>
        )}
        <LanguageBadge language={hit.language} />
      </div>
      <h3 className="text-lg leading-snug font-semibold wrap-break-word text-slate-900" lang={hit.language}>
        <Link href={`/documents/${hit.slug}`} className="rounded hover:text-brand-700 hover:underline">
          {hit.title}
        </Link>
      </h3>
      {hit.snippet && <TrustedSnippet html={hit.snippet} lang={hit.language} className={`mt-2 ${snippetClass}`} />}
      <TagLinks tags={hit.tags} language={hit.language} label={t("Search.hitTags")} className="mt-3" />
      {hit.attachment && (
        <div className="mt-3 border-l-2 border-slate-300 pl-3">
          {/* An API route, not a page: a plain link, no locale prefix. PDFs open at the page. */}
          <a
            href={`/api/attachments/${encodeURIComponent(hit.attachment.id)}#page=${hit.attachment.page}`}
            className="text-sm font-medium wrap-anywhere text-brand-700 underline"
          >
            {t("Search.foundIn", { fileName: hit.attachment.fileName, page: hit.attachment.page })}
          </a>
          {hit.attachment.snippet && hit.attachment.snippet !== hit.snippet && (
            <TrustedSnippet html={hit.attachment.snippet} lang={hit.language} className={`mt-1 ${snippetClass}`} />
          )}
        </div>
      )}
    </article>
  );
}
