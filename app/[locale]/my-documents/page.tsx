import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Pagination } from "@/components/ui/pagination";
import { WorkItemTable } from "@/components/workflow/work-item-table";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { listMyDocuments } from "@/lib/dal/review-queue";
import { Link } from "@/lib/i18n/navigation";
import { canContribute } from "@/lib/policies/contribution";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Workflow"))("myTitle") };
}

export default async function MyDocumentsPage({ searchParams }: Props) {
  const viewer = await requireSignedIn("/my-documents");
  const page = z.coerce.number().int().min(1).max(10_000).catch(1).parse((await searchParams).page ?? 1);
  const [documents, t] = await Promise.all([listMyDocuments(viewer, page), getTranslations("Workflow")]);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("myTitle")}</h1>
        {canContribute(viewer) && (
          <Link href="/documents/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">{t("myStart")}</Link>
        )}
      </header>
      {documents.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("myEmpty")}</p>
      ) : (
        <WorkItemTable items={documents.items} caption={t("myTitle")} dateColumn="updated" />
      )}
      <Pagination pathname="/my-documents" query={{}} page={documents.page} pageCount={documents.pageCount} />
    </div>
  );
}
