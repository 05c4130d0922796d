import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FocusAreaGrid } from "@/components/focus-areas/focus-area-grid";
import { getViewer } from "@/lib/auth/viewer";
import { listFocusAreas } from "@/lib/dal/focus-areas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FocusAreas");
  return { title: t("title") };
}

export default async function FocusAreasPage() {
  const viewer = await getViewer();
  const [t, areas] = await Promise.all([getTranslations("FocusAreas"), listFocusAreas(viewer)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro", { count: areas.length })}</p>
      <FocusAreaGrid areas={areas} withDescriptions />
    </div>
  );
}
