import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AttachmentList } from "@/components/documents/attachment-list";
import { DocumentMetadata } from "@/components/documents/document-metadata";
import { ImpactMetricsTable } from "@/components/documents/impact-metrics-table";
import { MarkdownContent } from "@/components/documents/markdown-content";
import { TypeDetails } from "@/components/documents/type-details";
import { Badge } from "@/components/ui/badge";
import { getViewer } from "@/lib/auth/viewer";
import { getDocumentBySlug } from "@/lib/dal/documents";
import { orNotFound } from "@/lib/dal/not-found";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const document = await orNotFound(getDocumentBySlug(await getViewer(), slug));
  return { title: document.title, description: document.summary };
}

export default async function DocumentPage({ params }: Props) {
  const { slug, locale } = await params;
  const viewer = await getViewer();
  const [document, t] = await Promise.all([orNotFound(getDocumentBySlug(viewer, slug)), getTranslations()]);
  const lang = document.language;

  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0 space-y-8">
        <header className="space-y-3">
          <div className="flex flex-wrap gap-2">
            <Badge tone="brand">{t(`Enums.documentType.${document.type}`)}</Badge>
            <Badge tone="accent">{t(`Enums.language.${lang}`)}</Badge>
          </div>
          <h1 className="text-3xl font-bold tracking-tight" lang={lang}>{document.title}</h1>
          {document.summary && <p className="text-lg text-slate-700" lang={lang}>{document.summary}</p>}
          {lang !== locale && (
            <p className="text-sm text-slate-600">{t("Document.writtenIn", { language: t(`Enums.language.${lang}`) })}</p>
          )}
        </header>
        <TypeDetails document={document} />
        <ImpactMetricsTable metrics={document.metrics} lang={lang} />
        {document.body && (
          <section aria-labelledby="content-heading" className="space-y-3">
            <h2 id="content-heading" className="sr-only">{t("Document.content")}</h2>
            <MarkdownContent source={document.body} lang={lang} />
          </section>
        )}
        <AttachmentList attachments={document.attachments} />
      </div>
      <aside aria-label={t("Document.details")} className="lg:sticky lg:top-4 lg:self-start">
        <DocumentMetadata document={document} />
      </aside>
    </article>
  );
}
