// Markdown bodies to safe HTML (processor.ts), for published pages and the editor's preview,
// which therefore render identically. The parser takes quadratic time on some inputs (20 KB
// of "*a_" took 7.8 s), so rendering never runs on the request thread: a worker renders each
// body within a time limit, and a body that cannot be formatted in time (or at all) is shown
// as escaped plain text, never as raw HTML and never as an error.
import { markdownPool, type MarkdownPool } from "./markdown-pool";
import { plainTextHtml } from "./plain-text";
import { exceedsShapeLimits } from "./shape-limits";

export interface RenderedMarkdown {
  html: string;
  /** False when the text is shown as escaped plain paragraphs instead. */
  formatted: boolean;
}

export interface RenderOptions {
  /** Rendering time allowed on a worker (and again for waiting for one). */
  timeoutMs?: number;
  pool?: MarkdownPool;
}

// A real 200 KB body renders in well under a second on an idle machine, and in about 3 s on
// one loaded eight times over; hostile ones would take minutes.
export const MARKDOWN_TIMEOUT_MS = 10_000;

// Rendering is a fifth of a document page's CPU; bodies change rarely, so recent results are
// kept (keyed by the source itself, so an edit can never be served stale). A plain-text
// answer is kept for a minute only: a timeout on a busy machine is tried again later.
const MAX_CACHED = 300;
const FALLBACK_TTL_MS = 60_000;
const cache = new Map<string, { rendered: RenderedMarkdown; expires: number }>();
// Concurrent views of one uncached body share one render (a hostile body costs one worker).
const inFlight = new Map<string, Promise<RenderedMarkdown>>();

function cached(source: string): RenderedMarkdown | undefined {
  const hit = cache.get(source);
  if (!hit) return undefined;
  cache.delete(source); // re-inserted below: Map order doubles as least-recently-used order
  if (hit.expires < Date.now()) return undefined;
  cache.set(source, hit);
  return hit.rendered;
}

function remember(source: string, rendered: RenderedMarkdown): void {
  cache.set(source, { rendered, expires: rendered.formatted ? Infinity : Date.now() + FALLBACK_TTL_MS });
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
}

/** The rendering, and whether it says something about the body (worth caching). */
async function renderOnWorker(source: string, options: RenderOptions): Promise<{ rendered: RenderedMarkdown; lasting: boolean }> {
  const plain = { html: plainTextHtml(source), formatted: false };
  if (exceedsShapeLimits(source)) return { rendered: plain, lasting: true };
  const timeoutMs = options.timeoutMs ?? MARKDOWN_TIMEOUT_MS;
  const outcome = await (options.pool ?? markdownPool()).run(source, { timeoutMs });
  if (outcome.ok) return { rendered: { html: outcome.value, formatted: true }, lasting: true };
  if (outcome.failure === "error" || outcome.failure === "crashed") console.error(`markdown: a body could not be rendered (${outcome.failure}: ${outcome.message ?? ""}); shown as plain text`);
  // "busy": every worker was taken for the whole wait, which says nothing about this body.
  return { rendered: plain, lasting: outcome.failure !== "busy" };
}

export async function renderMarkdown(source: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  const hit = cached(source);
  if (hit) return hit;
  const pending = inFlight.get(source);
  if (pending) return pending;
  const rendering = renderOnWorker(source, options)
    .then(({ rendered, lasting }) => {
      if (lasting) remember(source, rendered);
      return rendered;
    })
    .finally(() => inFlight.delete(source));
  inFlight.set(source, rendering);
  return rendering;
}
