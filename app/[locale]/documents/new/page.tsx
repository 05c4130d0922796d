import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AccessPanel } from "@/components/access-requests/access-panel";
import { DocumentEditor } from "@/components/editor/document-editor";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { getViewer } from "@/lib/auth/viewer";
import { listOrganizationsToJoin, listOwnAccessRequests } from "@/lib/dal/access-requests";
import { getEditorOptions } from "@/lib/dal/document-editor";
import { loadEnv } from "@/lib/env";
import { DocumentType } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { canContribute } from "@/lib/policies/contribution";
import type { UserViewer } from "@/lib/policies/viewer";
import { emptyDocumentFormValues } from "@/lib/validation/document-form";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const [t, viewer] = await Promise.all([getTranslations(), getViewer()]);
  return { title: viewer.kind === "user" && !canContribute(viewer) ? t("Access.title") : t("Workflow.newTitle") };
}

async function TypeChooser() {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("Workflow.newTitle")}</h1>
      <p className="text-slate-700">{t("Workflow.newIntro")}</p>
      <ul className="grid gap-4 sm:grid-cols-3">
        {Object.values(DocumentType).map((value) => (
          <li key={value}>
            <Link
              href={{ pathname: "/documents/new", query: { type: value } }}
              className="block h-full rounded-xl border border-slate-200 bg-white p-5 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <span className="block font-semibold text-brand-800">{t(`Workflow.startType.${value}`)}</span>
              <span className="mt-2 block text-sm text-slate-700">{t(`Workflow.typeHelp.${value}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Members who cannot write yet learn why here (the page exists for everyone) and can ask. */
async function AskForAccess({ viewer }: { viewer: UserViewer }) {
  const [requests, organizations] = await Promise.all([listOwnAccessRequests(viewer), listOrganizationsToJoin(viewer)]);
  return <AccessPanel verified={viewer.verified} requests={requests} organizations={organizations} />;
}

export default async function NewDocumentPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn("/documents/new");
  if (!canContribute(viewer)) return <AskForAccess viewer={viewer} />;
  const [{ locale }, query, t] = await Promise.all([params, searchParams, getTranslations()]);
  const type = z.enum(DocumentType).safeParse(query.type);
  if (!type.success) return <TypeChooser />;
  const options = await getEditorOptions(viewer, locale);
  const initial = { ...emptyDocumentFormValues(type.data, locale), organizationId: viewer.organizationIds[0] ?? "" };
  const env = loadEnv();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">
        {t("Workflow.newTitle")}: {t(`Enums.documentType.${type.data}`)}
      </h1>
      <DocumentEditor
        mode="create"
        documentId={null}
        version={null}
        initial={initial}
        published={false}
        canSubmit
        options={options}
        attachments={null}
        limits={{ maxFileBytes: env.ATTACHMENT_MAX_BYTES, maxFiles: env.ATTACHMENT_MAX_FILES }}
        historyHref={null}
      />
    </div>
  );
}
