import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { HeaderSearch } from "./header-search";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  const t = useTranslations("Header");
  return (
    <header className="border-b border-brand-800 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 rounded" aria-label={t("homeLink")}>
          <span className="text-xl font-bold tracking-tight">Puente</span>
          <span className="hidden text-sm text-brand-100 sm:inline">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex-1">
          <ul className="flex flex-wrap items-center gap-4 text-sm font-medium">
            <li>
              <Link href="/focus-areas" className="rounded px-1 py-1 hover:underline">
                {t("focusAreas")}
              </Link>
            </li>
          </ul>
        </nav>
        <HeaderSearch />
        <UserMenu />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
