import { getTranslations } from "next-intl/server";
import { DocumentGrid } from "@/components/documents/document-card";
import { FocusAreaGrid } from "@/components/focus-areas/focus-area-grid";
import { getViewer } from "@/lib/auth/viewer";
import { getFeaturedDocuments, getLatestDocuments } from "@/lib/dal/documents";
import { listFocusAreas } from "@/lib/dal/focus-areas";
import { Link } from "@/lib/i18n/navigation";

const FEATURED = 3;
const LATEST = 6;

export default async function HomePage() {
  const viewer = await getViewer();
  const [t, areas, featured, newest] = await Promise.all([
    getTranslations("Home"),
    listFocusAreas(viewer),
    getFeaturedDocuments(viewer, FEATURED),
    // Enough to fill the section after leaving out the featured ones, which are shown above.
    getLatestDocuments(viewer, LATEST + FEATURED),
  ]);
  const featuredIds = new Set(featured.map((document) => document.id));
  const latest = newest.filter((document) => !featuredIds.has(document.id)).slice(0, LATEST);

  return (
    <div className="space-y-12">
      <section className="rounded-xl bg-brand-800 px-6 py-10 text-white sm:px-10" aria-labelledby="hero-title">
        <h1 id="hero-title" className="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">
          {t("heroTitle")}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">{t("heroText")}</p>
        <Link
          href="/focus-areas"
          className="mt-6 inline-block rounded-md bg-accent-500 px-4 py-2 font-semibold text-brand-900 hover:bg-amber-300"
        >
          {t("browseAll")}
        </Link>
      </section>

      {featured.length > 0 && (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="mb-4 text-2xl font-semibold">{t("featuredHeading")}</h2>
          <DocumentGrid documents={featured} />
        </section>
      )}

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading" className="mb-4 text-2xl font-semibold">{t("focusAreasHeading")}</h2>
        <FocusAreaGrid areas={areas} />
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 text-2xl font-semibold">{t("latestHeading")}</h2>
        {latest.length > 0 ? <DocumentGrid documents={latest} /> : <p className="text-slate-700">{t("noDocuments")}</p>}
      </section>
    </div>
  );
}
