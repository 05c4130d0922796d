import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("NotFound");
  const tMeta = useTranslations("Metadata");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      {/* not-found files take no metadata export: React puts this <title> in the head, in place
          of the layout's bare site name (or of the title of the page that was not found). */}
      <title>{`${tMeta("notFoundTitle")} · ${tMeta("siteName")}`}</title>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <p className="flex flex-wrap justify-center gap-4">
        <Link href="/" className="font-medium text-brand-700 underline">{t("home")}</Link>
        <Link href="/focus-areas" className="font-medium text-brand-700 underline">{t("focusAreas")}</Link>
      </p>
    </div>
  );
}
