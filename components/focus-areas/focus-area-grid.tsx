import { useLocale, useTranslations } from "next-intl";
import type { FocusAreaSummary } from "@/lib/dal/focus-areas";
import { localizedDescription, localizedName } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";

export function FocusAreaGrid({ areas, withDescriptions = false }: { areas: FocusAreaSummary[]; withDescriptions?: boolean }) {
  const t = useTranslations("FocusAreas");
  const locale = useLocale();
  if (areas.length === 0) return <p className="text-slate-700">{t("empty")}</p>;

  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {areas.map((area) => (
        <li key={area.id}>
          <Link
            href={`/focus-areas/${area.slug}`}
            className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600 hover:shadow"
          >
            <span className="text-base font-semibold text-brand-800">{localizedName(area, locale)}</span>
            {withDescriptions && (
              <span className="mt-2 text-sm text-slate-700">{localizedDescription(area, locale)}</span>
            )}
            <span className="mt-auto pt-3 text-sm text-slate-600">{t("documentCount", { count: area.documentCount })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
