// Submitting the app's forms the way a browser without JavaScript does (a multipart POST of
// the form's fields plus React's hidden action fields), and reading the action's answer: the
// form state React renders the page with, which Next.js also embeds in the page's data.
import type { APIRequestContext } from "@playwright/test";
import type { FormState } from "../../lib/forms/form-state";

const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&lt;": "<", "&gt;": ">", "&#x27;": "'", "&#39;": "'" };
const unescapeHtml = (text: string) => text.replace(/&(?:quot|amp|lt|gt|#x27|#39);/g, (entity) => entities[entity]!);

export interface RenderedForm {
  /** Every field name in the form, hidden ones included. */
  names: string[];
  /** Hidden fields as rendered: React's fields naming the server action and its bound arguments ($ACTION_…), ids, versions. */
  hidden: Record<string, string>;
}

/** The server-rendered forms of a page (forms cannot nest, so a flat match is exact). */
export function formsOf(html: string): RenderedForm[] {
  return [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map(([, body = ""]) => {
    const names = [...body.matchAll(/\bname="([^"]+)"/g)].map(([, name = ""]) => unescapeHtml(name));
    const hidden: Record<string, string> = {};
    for (const [tag = ""] of body.matchAll(/<input\b[^>]*\btype="hidden"[^>]*>/g)) {
      const name = /\bname="([^"]*)"/.exec(tag)?.[1];
      if (name) hidden[unescapeHtml(name)] = unescapeHtml(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "");
    }
    return { names, hidden };
  });
}

/**
 * The one form of the page at `path` that has all of `has` and none of `lacks` (with `first`,
 * the first of several alike: one per pending invitation, say).
 */
export async function findForm(request: APIRequestContext, path: string, has: string[], lacks: string[] = [], { first = false } = {}): Promise<RenderedForm> {
  const response = await request.get(path);
  if (response.status() !== 200) throw new Error(`${path} answered ${response.status()}`);
  const matches = formsOf(await response.text()).filter(
    (form) => has.every((name) => form.names.includes(name)) && !lacks.some((name) => form.names.includes(name)),
  );
  if (matches.length !== 1 && !(first && matches.length > 1)) throw new Error(`${path}: expected one form with ${has.join(", ")}, found ${matches.length}`);
  if (!Object.keys(matches[0]!.hidden).some((name) => name.startsWith("$ACTION_"))) throw new Error(`${path}: the form has no server action fields`);
  return matches[0]!;
}

export interface FormAnswer {
  status: number;
  /** Where a successful action redirected to. */
  location?: string;
  /** The state the action answered with, when the page was rendered with one. */
  state?: FormState;
}

/**
 * Posts `fields` (a list repeats the field) through `form`'s action, as a browser without
 * JavaScript would; hidden fields keep their rendered values unless `fields` sets them.
 */
export async function submitForm(request: APIRequestContext, path: string, form: RenderedForm, fields: Record<string, string | string[]>): Promise<FormAnswer> {
  const body = new FormData();
  for (const [name, value] of Object.entries(form.hidden)) if (!(name in fields)) body.append(name, value);
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
  // A browser sends its origin with a form post (Next.js checks it for server actions).
  const response = await request.post(path, { multipart: body, maxRedirects: 0, headers: { origin } });
  const answer: FormAnswer = { status: response.status(), location: response.headers()["location"] };
  if (answer.status !== 200) return answer;
  // React hands the action's state to the page as [state, key, actionId, …] (form state, row 2).
  const embedded = /self\.__next_f\.push\(\[2,(\[[\s\S]*?\])\]\)<\/script>/.exec(await response.text());
  if (embedded) answer.state = (JSON.parse(embedded[1]!) as [FormState])[0];
  return answer;
}
