"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

const labels: Record<Locale, string> = { en: "English", es: "Español" };

function SwitcherLinks({ compact }: { compact: boolean }) {
  const t = useTranslations("Header");
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // A string keeps repeated parameters (area=a&area=b), which an object of single values would drop.
  const search = searchParams.toString();
  const other: Locale = locale === "en" ? "es" : "en";

  return (
    <div role="group" aria-label={t("languageSwitcher")} className="flex items-center gap-1 text-sm">
      <span aria-current="true" className={`rounded bg-white/15 px-2 py-1 font-semibold ${compact ? "hidden sm:inline" : ""}`} lang={locale}>
        {labels[locale]}
      </span>
      <Link
        href={search ? `${pathname}?${search}` : pathname}
        locale={other}
        lang={other}
        hrefLang={other}
        title={t("switchTo")}
        className="rounded px-2 py-1 whitespace-nowrap underline-offset-2 hover:underline"
      >
        {compact ? (
          // The code on a phone's first row; the name (what a screen reader says) otherwise.
          <><abbr title={labels[other]} className="no-underline sm:hidden">{other.toUpperCase()}</abbr><span className="sr-only sm:not-sr-only">{labels[other]}</span></>
        ) : (
          labels[other]
        )}
      </Link>
    </div>
  );
}

/**
 * Links to the same page in the other language, keeping the query (filters, page). `compact`:
 * on phones only the other language's code, so a visitor's header keeps to one row.
 */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  return (
    <Suspense fallback={null}>
      <SwitcherLinks compact={compact} />
    </Suspense>
  );
}
