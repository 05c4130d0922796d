// Markdown to safe HTML, used for published documents (and later for the editor preview,
// so both render identically). Raw HTML in the source is dropped by remark-rehype, and
// rehype-sanitize (GitHub's allow-list) removes anything that could run script: event
// handlers, iframes, and links whose protocol is not http(s), mailto or a relative URL.
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

// Rendering is a fifth of a document page's CPU; bodies change rarely, so recent results are
// kept (keyed by the source itself, so an edit can never be served stale).
const MAX_CACHED = 300;
const rendered = new Map<string, string>();

export function renderMarkdown(source: string): string {
  const hit = rendered.get(source);
  if (hit !== undefined) {
    rendered.delete(source); // re-insert: Map order doubles as least-recently-used order
    rendered.set(source, hit);
    return hit;
  }
  const html = String(processor.processSync(source));
  rendered.set(source, html);
  if (rendered.size > MAX_CACHED) rendered.delete(rendered.keys().next().value!);
  return html;
}
