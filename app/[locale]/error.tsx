"use client";

import { useTranslations } from "next-intl";

// Unknown errors: the details are in the server log, never shown to the reader.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("retry")}
      </button>
    </div>
  );
}
