import type { ImpactDimension } from "@/lib/impact/report";
import type { Locale } from "@/lib/i18n/routing";

/** The CSV download of a report (or of one measure), in the page's language. */
export function impactCsvHref(locale: Locale, dimension: ImpactDimension, area?: string, measure?: string): string {
  const params = new URLSearchParams({ locale, by: dimension });
  if (area) params.set("area", area);
  if (measure) params.set("measure", measure);
  return `/api/impact/csv?${params}`;
}
