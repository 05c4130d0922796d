import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { HeaderSearch } from "./header-search";
import { UserMenu } from "./user-menu";

/**
 * Wide screens: one row (two at most). Phones: the name, the main link and the menu button (or
 * sign-in and the language for visitors), then the search box on a row of its own.
 */
export function SiteHeader() {
  const t = useTranslations("Header");
  return (
    <header className="relative border-b border-brand-800 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-3 px-4 py-3 sm:gap-x-6 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 rounded" aria-label={t("homeLink")}>
          <span className="text-xl font-bold tracking-tight">Puente</span>
          <span className="hidden text-sm text-brand-100 sm:inline">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex-1">
          <ul className="flex flex-wrap items-center gap-4 text-sm font-medium">
            <li>
              <Link href="/focus-areas" className="rounded px-1 py-1 whitespace-nowrap hover:underline">
                {t("focusAreas")}
              </Link>
            </li>
            <li>
              <Link href="/results" className="rounded px-1 py-1 whitespace-nowrap hover:underline">
                {t("results")}
              </Link>
            </li>
          </ul>
        </nav>
        <UserMenu search={<div className="w-full lg:w-auto"><HeaderSearch /></div>} />
      </div>
    </header>
  );
}
