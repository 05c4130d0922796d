"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

const labels: Record<Locale, string> = { en: "English", es: "Español" };

function SwitcherLinks() {
  const t = useTranslations("Header");
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // A string keeps repeated parameters (area=a&area=b), which an object of single values would drop.
  const search = searchParams.toString();
  const other: Locale = locale === "en" ? "es" : "en";

  return (
    <div role="group" aria-label={t("languageSwitcher")} className="flex items-center gap-1 text-sm">
      <span aria-current="true" className="rounded bg-white/15 px-2 py-1 font-semibold" lang={locale}>
        {labels[locale]}
      </span>
      <Link
        href={search ? `${pathname}?${search}` : pathname}
        locale={other}
        lang={other}
        hrefLang={other}
        title={t("switchTo")}
        className="rounded px-2 py-1 underline-offset-2 hover:underline"
      >
        {labels[other]}
      </Link>
    </div>
  );
}

/** Links to the same page in the other language, keeping the query (filters, page). */
export function LanguageSwitcher() {
  return (
    <Suspense fallback={null}>
      <SwitcherLinks />
    </Suspense>
  );
}
