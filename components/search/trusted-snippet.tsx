/**
 * Trust boundary: a snippet is HTML from the search engine (lib/search/types.ts, SearchHit).
 * The engine escapes the document text FIRST and only then adds <mark> around matches, so the
 * only markup it can contain is a bare <mark>. That contract is why this component, and only
 * this one, renders it as HTML. As a second line of defence any other tag is dropped, so an
 * engine bug degrades the snippet's look instead of injecting markup.
 */
export function TrustedSnippet({ html, lang, className }: { html: string; lang: string; className?: string }) {
  return <p lang={lang} className={className} dangerouslySetInnerHTML={{ __html: onlyMarks(html) }} />;
}

/** Removes every tag except a bare <mark> or </mark>. Escaped text ("&lt;b&gt;") has no tags. */
export function onlyMarks(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>?/gi, "");
}
