import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/auth/auth-card";
import { DocumentEditor } from "@/components/editor/document-editor";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { getDocumentForEdit, getEditorOptions } from "@/lib/dal/document-editor";
import { orNotFound } from "@/lib/dal/not-found";
import { loadEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await getTranslations("Workflow"))("editTitle", { title: slug }) };
}

export default async function EditDocumentPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const viewer = await requireSignedIn(`/documents/${slug}/edit`);
  const [doc, options, query, t] = await Promise.all([
    orNotFound(getDocumentForEdit(viewer, slug)),
    orNotFound(getEditorOptions(viewer, locale)),
    searchParams,
    getTranslations(),
  ]);
  const env = loadEnv();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight wrap-anywhere" lang={doc.values.language}>
        {t("Workflow.editTitle", { title: doc.values.title })}
      </h1>
      {query.created === "1" && (
        <Notice>
          {t("Workflow.createdNotice")}{" "}
          <a href="#attachment-input" className="font-semibold underline underline-offset-2">{t("Workflow.attachNow")}</a>
        </Notice>
      )}
      {doc.lastReview && (
        <section aria-labelledby="last-review" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <h2 id="last-review" className="font-semibold">
            {t("Workflow.lastReview", { decision: t(`Workflow.decision.${doc.lastReview.decision as "CHANGES_REQUESTED" | "REJECTED"}`) })}
          </h2>
          <p className="mt-1 whitespace-pre-line">{doc.lastReview.comment}</p>
        </section>
      )}
      <DocumentEditor
        mode="edit"
        documentId={doc.id}
        version={doc.version}
        initial={doc.values}
        published={doc.published}
        canSubmit={doc.canSubmit}
        options={options}
        attachments={doc.attachments}
        limits={{ maxFileBytes: env.ATTACHMENT_MAX_BYTES, maxFiles: env.ATTACHMENT_MAX_FILES }}
        historyHref={`/${locale}/documents/${doc.slug}/history`}
      />
    </div>
  );
}
