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

export function renderMarkdown(source: string): string {
  return String(processor.processSync(source));
}
