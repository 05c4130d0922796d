import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchStatusView } from "@/components/admin/search-status";
import { getViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/dal/not-found";
import { getSearchStatus } from "@/lib/dal/search-admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("searchTitle") };
}

export default async function AdminSearchPage() {
  const viewer = await getViewer();
  const [status, t] = await Promise.all([orNotFound(getSearchStatus(viewer)), getTranslations("Admin")]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("searchTitle")}</h1>
      <SearchStatusView status={status} />
    </div>
  );
}
