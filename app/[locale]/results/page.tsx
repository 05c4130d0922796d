import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { ImpactControls } from "@/components/impact/impact-controls";
import { ImpactReportView } from "@/components/impact/impact-report-view";
import { ImpactSkeleton } from "@/components/impact/impact-skeleton";
import { getViewer } from "@/lib/auth/viewer";
import { getFocusAreaBySlug, listFocusAreas } from "@/lib/dal/focus-areas";
import { getImpactReport } from "@/lib/dal/impact";
import { orNotFound } from "@/lib/dal/not-found";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { ImpactDimension } from "@/lib/impact/report";
import type { Viewer } from "@/lib/policies/viewer";
import { parseImpactPageParams } from "@/lib/validation/impact";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Impact");
  return { title: t("title"), description: t("metaDescription") };
}

export default async function ResultsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { by, area } = parseImpactPageParams(await searchParams);
  const viewer = await getViewer();
  const [t, areas, focusArea] = await Promise.all([
    getTranslations("Impact"),
    listFocusAreas(viewer),
    area ? orNotFound(getFocusAreaBySlug(viewer, area)) : undefined,
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">
          {t("title")}
          {focusArea && <span className="block text-xl font-semibold text-slate-700">{localizedName(focusArea, locale)}</span>}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </header>
      <ImpactControls locale={locale} dimension={by} area={focusArea?.slug} areas={areas} />
      {/* Keyed by the breakdown, so a new choice shows the skeleton instead of stale figures. */}
      <Suspense key={`${by}:${focusArea?.slug ?? ""}`} fallback={<ImpactSkeleton label={t("loading")} />}>
        <Report viewer={viewer} dimension={by} focusArea={focusArea} locale={locale} />
      </Suspense>
    </div>
  );
}

async function Report({ viewer, dimension, focusArea, locale }: { viewer: Viewer; dimension: ImpactDimension; focusArea?: { id: string; slug: string }; locale: Locale }) {
  const report = await getImpactReport(viewer, { dimension, focusAreaId: focusArea?.id });
  return <ImpactReportView report={report} locale={locale} area={focusArea?.slug} signedIn={viewer.kind === "user"} />;
}
