import { getTranslations } from "next-intl/server";
import { renderMarkdown } from "@/lib/markdown/render";

/** A document body: Markdown rendered to HTML that renderMarkdown has already sanitized (or escaped). */
export async function MarkdownContent({ source, lang }: { source: string; lang: string }) {
  const [{ html, formatted }, t] = await Promise.all([renderMarkdown(source), getTranslations("Document")]);
  return (
    <>
      {!formatted && <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("notFormatted")}</p>}
      <div lang={lang} className="prose-doc" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
