import { renderMarkdown } from "@/lib/markdown/render";

/** A document body: Markdown rendered to HTML that renderMarkdown has already sanitized. */
export function MarkdownContent({ source, lang }: { source: string; lang: string }) {
  return <div lang={lang} className="prose-doc" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
