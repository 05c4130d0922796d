// bench:cluster's load: searchers, page readers and writers in parallel loops against the
// proxy until a deadline. Every request is recorded (route, milliseconds, status or error);
// what the writers created is returned for the database checks (./cluster-checks.ts).
import { randomInt } from "node:crypto";
import { makePdf } from "../../lib/extract/testing/make-pdf";
import { publish } from "../search/publish-form";
import { failure, type Session } from "./http-session";
import { GROUPS } from "./page-mix";

export interface Sample {
  route: string;
  /** When it was sent (performance.now()). */
  at: number;
  ms: number;
  /** The HTTP status, or 0 when the request failed without one. */
  status: number;
}

export interface Written {
  word: string;
  id?: string;
  slug?: string;
  attached: boolean;
  published: boolean;
  error?: string;
}

const WORDS = ["security", "seguridad", "coca", "trade", "comercio", "agua", "cyber", "lavado de activos", "energy", "educación", "rural", "border"];
const PAGES = Object.values(GROUPS).flat().concat(["/en", "/es"]);
const LETTERS = "bcdfghjklmnpqrtvwxz";
const uniqueWord = () => "zc" + Array.from({ length: 10 }, () => LETTERS[randomInt(LETTERS.length)]).join("");

export class Recorder {
  readonly samples: Sample[] = [];

  async time(route: string, request: () => Promise<Response>): Promise<Response | null> {
    const started = performance.now();
    try {
      const response = await request();
      await response.clone().arrayBuffer();
      this.samples.push({ route, at: started, ms: performance.now() - started, status: response.status });
      return response;
    } catch {
      this.samples.push({ route, at: started, ms: performance.now() - started, status: 0 });
      return null;
    }
  }
}

async function loop(until: number, step: () => Promise<unknown>): Promise<void> {
  while (performance.now() < until) await step();
}

export const searcher = (base: string, rec: Recorder, until: number) =>
  loop(until, () => rec.time("GET /api/search", () => fetch(`${base}/api/search?q=${encodeURIComponent(WORDS[randomInt(WORDS.length)]!)}`, { signal: AbortSignal.timeout(60_000) })));

/** A page's route, as the figures group it: /en/documents/[slug]. */
const routeOf = (path: string) => `GET ${path.split("?")[0]!.replace(/\/(documents|focus-areas)\/.*/, "/$1/[slug]")}`;

export const reader = (base: string, rec: Recorder, until: number) =>
  loop(until, () => {
    const path = PAGES[randomInt(PAGES.length)]!;
    return rec.time(routeOf(path), () => fetch(base + path, { signal: AbortSignal.timeout(60_000) }));
  });

function reportFields(word: string, focusAreaId: string) {
  return {
    type: "REPORT", language: "en", title: `Cluster probe ${word}`, summary: `A cluster benchmark report about ${word}.`,
    body: `Written by bench:cluster. The word ${word} occurs only here.`, countries: ["CO"], focusAreaIds: [focusAreaId], issuingBody: "Puente benchmarks",
  };
}

/** One writer's document: create, attach a PDF, edit and submit, publish (as the reviewer). */
async function writeOne(contributor: Session, reviewer: Session, rec: Recorder, focusAreaId: string, pdf: Uint8Array<ArrayBuffer>): Promise<Written> {
  const word = uniqueWord();
  const written: Written = { word, attached: false, published: false };
  try {
    const fields = reportFields(word, focusAreaId);
    const created = await rec.time("POST /api/documents", () => contributor.request("/api/documents", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fields) }));
    if (created?.status !== 201) throw created ? await failure("POST /api/documents", created) : new Error("POST /api/documents failed");
    Object.assign(written, (await created.json()) as { id: string; slug: string });
    const upload = await rec.time("POST /api/documents/[id]/attachments", () =>
      contributor.request(`/api/documents/${written.id}/attachments`, { method: "POST", headers: { "content-type": "application/octet-stream", "x-file-name": `${word}.pdf` }, body: pdf }));
    if (upload?.status !== 201) throw upload ? await failure("upload", upload) : new Error("upload failed");
    written.attached = true;
    const { version } = (await upload.json()) as { version: number };
    const saved = await rec.time("PATCH /api/documents/[id]", () =>
      contributor.request(`/api/documents/${written.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...fields, title: `${fields.title} (edited)`, version, submit: true }) }));
    if (saved?.status !== 200) throw saved ? await failure("PATCH /api/documents/[id]", saved) : new Error("PATCH failed");
    const started = performance.now();
    try {
      await publish(reviewer, written.slug!);
      rec.samples.push({ route: "POST /en/documents/[slug] (publish)", at: started, ms: performance.now() - started, status: 303 });
      written.published = true;
    } catch (error) {
      rec.samples.push({ route: "POST /en/documents/[slug] (publish)", at: started, ms: performance.now() - started, status: 0 });
      throw error;
    }
  } catch (error) {
    written.error = error instanceof Error ? error.message.slice(0, 300) : String(error);
  }
  return written;
}

export async function writer(sessions: { contributor: Session; reviewer: Session }, rec: Recorder, until: number, focusAreaId: string, out: Written[]): Promise<void> {
  const pdf = (await makePdf([[`bench cluster attachment`], ["second page"]])) as Uint8Array<ArrayBuffer>;
  await loop(until, async () => out.push(await writeOne(sessions.contributor, sessions.reviewer, rec, focusAreaId, pdf)));
}
