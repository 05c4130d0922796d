// The editor's preview: the body rendered exactly as the published page renders it, and, when
// it could not be formatted, the page's notice above the escaped text.
import { getTranslations } from "next-intl/server";
import { escapeHtml } from "./plain-text";
import { renderMarkdown } from "./render";

export async function previewHtml(markdown: string): Promise<string> {
  const { html, formatted } = await renderMarkdown(markdown);
  if (formatted) return html;
  const t = await getTranslations("Document");
  return `<p><strong>${escapeHtml(t("notFormatted"))}</strong></p>\n${html}`;
}
