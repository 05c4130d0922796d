// The reviewer's Publish button without a browser: publishing has no JSON route, only the
// document page's review form (a server action). Without JavaScript a browser posts that form
// as multipart with the hidden fields React renders for the action; this does the same, so the
// benchmark goes through the route, the permission checks and the transaction a reviewer's
// click does, without a browser's CPU on a 2-core machine.
import { failure, type Session } from "../bench/http-session";

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', "#x27": "'", "#39": "'", lt: "<", gt: ">" };
const decode = (value: string) => value.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (_, name: string) => ENTITIES[name]!);
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name.replace(/\$/g, "\\$")}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : undefined;
};

/** The fields the review form sends when its Publish button is pressed, read from the page's HTML. */
export function publishFormFields(html: string): [string, string][] {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => /<button\b[^>]*\bvalue="publish"/.test(f));
  if (!form) throw new Error("the document page has no form with a Publish button (is the reviewer signed in, the document in review?)");
  const fields: [string, string][] = [];
  for (const [tag] of form.matchAll(/<(?:input|textarea)\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    // Only hidden inputs and the empty comment: what an untouched form holds.
    if (name && (tag.startsWith("<textarea") || attribute(tag, "type") === "hidden")) fields.push([name, tag.startsWith("<textarea") ? "" : (attribute(tag, "value") ?? "")]);
  }
  fields.push(["decision", "publish"]);
  return fields;
}

/** Publishes the document at /en/documents/<slug> as `reviewer`; returns the publish request's milliseconds. */
export async function publish(reviewer: Session, slug: string): Promise<number> {
  const path = `/en/documents/${slug}`;
  const page = await reviewer.request(path);
  if (page.status !== 200) throw await failure(`GET ${path}`, page);
  const body = new FormData();
  for (const [name, value] of publishFormFields(await page.text())) body.append(name, value);
  const started = performance.now();
  const response = await reviewer.request(path, { method: "POST", body });
  const text = await response.text();
  const ms = performance.now() - started;
  // The action ends with a redirect to the page showing its outcome.
  const location = response.headers.get("location") ?? "";
  if (response.status !== 303 || !location.includes("outcome=decision_publish")) {
    throw new Error(`publishing ${path} answered ${response.status}, location ${location || "(none)"}: ${text.slice(0, 1000)}`);
  }
  return ms;
}
