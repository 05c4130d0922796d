import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DocumentResults } from "@/components/documents/document-results";
import { Pagination } from "@/components/ui/pagination";
import { FollowControl } from "@/components/follows/follow-control";
import { getViewer } from "@/lib/auth/viewer";
import { listDocuments } from "@/lib/dal/documents";
import { orNotFound } from "@/lib/dal/not-found";
import { getOrganizationBySlug } from "@/lib/dal/organizations";
import { countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { DOCUMENTS_PAGE_SIZE, parseBrowseFilters } from "@/lib/validation/browse";
import { httpUrlOrNull } from "@/lib/validation/url";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const organization = await orNotFound(getOrganizationBySlug(await getViewer(), slug));
  return { title: organization.name };
}

export default async function OrganizationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { page: pageNumber } = parseBrowseFilters(await searchParams);
  const viewer = await getViewer();
  const organization = await orNotFound(getOrganizationBySlug(viewer, slug));
  const [t, locale, page] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    listDocuments(viewer, { organizationId: organization.id }, { page: pageNumber, pageSize: DOCUMENTS_PAGE_SIZE }),
  ]);
  const website = httpUrlOrNull(organization.website);

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">
          {organization.name}
          {organization.acronym && <span className="ml-2 text-xl font-medium text-slate-600">({organization.acronym})</span>}
        </h1>
        {organization.description && <p className="max-w-3xl text-lg text-slate-700">{organization.description}</p>}
        <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div>
            <dt className="font-semibold text-slate-600">{t("Organization.sector")}</dt>
            <dd>{t(`Enums.sector.${organization.sector}`)}</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-600">{t("Organization.country")}</dt>
            <dd>{countryName(organization.country, locale, t("Enums.regional"))}</dd>
          </div>
          {website && (
            <div>
              <dt className="font-semibold text-slate-600">{t("Organization.website")}</dt>
              <dd><a href={website} className="text-brand-700 underline">{new URL(website).host}</a></dd>
            </div>
          )}
        </dl>
        <FollowControl viewer={viewer} target={{ kind: "ORGANIZATION", organizationId: organization.id }} label={organization.name} signInPath={`/${locale}/organizations/${organization.slug}`} />
      </header>
      <section aria-labelledby="org-documents-heading" className="space-y-4">
        <h2 id="org-documents-heading" className="text-2xl font-semibold">{t("Organization.documentsHeading")}</h2>
        <p className="text-sm text-slate-700" role="status">{t("FocusArea.results", { count: page.total })}</p>
        <DocumentResults page={page} emptyMessage={t("Organization.empty")} />
        <Pagination pathname={`/organizations/${organization.slug}`} query={{}} page={page.page} pageCount={page.pageCount} />
      </section>
    </div>
  );
}
