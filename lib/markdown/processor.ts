// Markdown to safe HTML with remark/rehype. Raw HTML in the source is dropped by remark-rehype,
// and rehype-sanitize (GitHub's allow-list) removes anything that could run script: event
// handlers, iframes, and links whose protocol is not http(s), mailto or a relative URL.
// Some inputs take quadratic time (or overflow the stack) in the parser, so the server runs
// this only inside the markdown workers (render.ts); it is exported for them and for
// benchmarks that compare with the old in-thread rendering.
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

export function renderInThisThread(source: string): string {
  return String(processor.processSync(source));
}
