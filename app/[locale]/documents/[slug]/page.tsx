import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { AttachmentList } from "@/components/documents/attachment-list";
import { DocumentByline } from "@/components/documents/document-byline";
import { DocumentMetadata } from "@/components/documents/document-metadata";
import { ImpactMetricsTable } from "@/components/documents/impact-metrics-table";
import { MarkdownContent } from "@/components/documents/markdown-content";
import { TypeDetails } from "@/components/documents/type-details";
import { FeedbackSection } from "@/components/feedback/feedback-section";
import { FeedbackSkeleton } from "@/components/feedback/feedback-skeleton";
import { Notice } from "@/components/auth/auth-card";
import { Badge } from "@/components/ui/badge";
import { LanguageBadge } from "@/components/ui/language-badge";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { getViewer } from "@/lib/auth/viewer";
import { getDocumentControls } from "@/lib/dal/document-controls";
import { getDocumentBySlug } from "@/lib/dal/documents";
import { orNotFound } from "@/lib/dal/not-found";
import { parseWorkflowOutcome } from "@/lib/validation/workflow-outcome";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const document = await orNotFound(getDocumentBySlug(await getViewer(), slug));
  return { title: document.title, description: document.summary };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const viewer = await getViewer();
  const [document, t] = await Promise.all([orNotFound(getDocumentBySlug(viewer, slug)), getTranslations()]);
  const controls = await getDocumentControls(viewer, slug);
  const outcome = parseWorkflowOutcome(query.outcome);
  const lang = document.language;

  return (
    <article className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0 space-y-8">
        <header className="space-y-3">
          <div className="flex flex-wrap gap-2">
            <Badge tone="brand">{t(`Enums.documentType.${document.type}`)}</Badge>
            <LanguageBadge language={lang} />
          </div>
          <h1 className="text-3xl font-bold tracking-tight wrap-anywhere" lang={lang}>{document.title}</h1>
          <DocumentByline document={document} />
          {document.summary && <p className="text-lg text-slate-700" lang={lang}>{document.summary}</p>}
          {outcome && <Notice>{t(`Forms.${outcome}`)}</Notice>}
          {controls && controls.status !== "PUBLISHED" && (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              {t("Workflow.notPublicNotice", { status: controls.status })}
            </p>
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
        {document.status === "PUBLISHED" && (
          <Suspense fallback={<FeedbackSkeleton label={t("Feedback.heading")} />}>
            <FeedbackSection viewer={viewer} documentId={document.id} slug={document.slug} />
          </Suspense>
        )}
      </div>
      <aside aria-label={t("Document.details")} className="min-w-0 space-y-6 wrap-anywhere lg:sticky lg:top-4 lg:self-start">
        {controls && <WorkflowPanel controls={controls} slug={document.slug} />}
        <DocumentMetadata document={document} />
      </aside>
    </article>
  );
}
