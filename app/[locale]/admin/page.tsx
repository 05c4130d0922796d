import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OverviewCards } from "@/components/admin/overview-cards";
import { getViewer } from "@/lib/auth/viewer";
import { getAdminOverview } from "@/lib/dal/admin-overview";
import { orNotFound } from "@/lib/dal/not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("title") };
}

export default async function AdminOverviewPage() {
  const viewer = await getViewer();
  const [overview, t] = await Promise.all([orNotFound(getAdminOverview(viewer)), getTranslations("Admin")]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("overviewIntro")}</p>
      </header>
      <OverviewCards overview={overview} />
    </div>
  );
}
