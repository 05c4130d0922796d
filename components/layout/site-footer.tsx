import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-slate-600 sm:px-6">
        <p>{t("about")}</p>
        <p>{t("rights")}</p>
      </div>
    </footer>
  );
}
