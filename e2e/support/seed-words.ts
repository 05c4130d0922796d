// Words of the seeded content, for the side-channel spec: a word that only documents some
// persona may read (and a visitor may not) hold, far enough from every other seeded word that
// neither typo correction (pg_trgm similarity) nor stemming can tie it to anything else.
import { can } from "../../lib/policies/can";
import { attachments, documents, focusAreas, organizations, users } from "../../prisma/seed/data";
import { accessOf, viewerFor } from "./seed-viewers";

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** Every word of every string inside `value` (a superset of what the index holds). */
function wordsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") for (const w of fold(value).match(/[\p{L}\p{N}]+/gu) ?? []) into.add(w);
  else if (Array.isArray(value)) value.forEach((v) => wordsOf(v, into));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => wordsOf(v, into));
  return into;
}

/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  return new Set(Array.from({ length: padded.length - 2 }, (_, i) => padded.slice(i, i + 3)));
}

const similarityOf = (x: Set<string>, y: Set<string>) => {
  const shared = [...x].filter((t) => y.has(t)).length;
  return shared / (x.size + y.size - shared);
};

export const similarity = (a: string, b: string) => similarityOf(trigrams(a), trigrams(b));

export interface HiddenWord {
  /** Only in documents the persona may read and a visitor may not. */
  word: string;
  /** The word with one letter changed: nearer to it than to any other seeded word. */
  typo: string;
  /** Titles of the published documents holding it. */
  titles: string[];
}

const published = (d: (typeof documents)[number]) => (d.status ?? "PUBLISHED") === "PUBLISHED";

/** The first such word for `email` (seed order), or null. */
export function hiddenWordFor(email: string): HiddenWord | null {
  const anonymous = viewerFor(null);
  const persona = viewerFor(email);
  const visible = (d: (typeof documents)[number]) => can(anonymous, "view", accessOf(d));
  const readableByVisitor = wordsOf([
    documents.filter(visible), attachments.filter((a) => documents.some((d) => d.slug === a.document && visible(d))), focusAreas, organizations, users,
  ]);
  const everywhere = [...wordsOf([documents, attachments, focusAreas, organizations, users])].map((w) => ({ w, t: trigrams(w) }));
  const restricted = documents.filter((d) => published(d) && can(persona, "view", accessOf(d)) && !visible(d));
  for (const doc of restricted) {
    for (const word of wordsOf(doc)) {
      if (!/^\p{L}{8,14}$/u.test(word) || readableByVisitor.has(word)) continue;
      const typo = `${word.slice(0, 4)}${word[4] === "x" ? "q" : "x"}${word.slice(5)}`;
      const [own, typos] = [trigrams(word), trigrams(typo)];
      // Nothing else shares its stem (a common prefix) or comes near it or its typo.
      const crowded = everywhere.some(({ w, t }) => w !== word && (w.startsWith(word.slice(0, 5)) || similarityOf(t, own) >= 0.25 || similarityOf(t, typos) >= 0.25));
      if (crowded) continue;
      return { word, typo, titles: restricted.filter((d) => wordsOf(d).has(word)).map((d) => d.title) };
    }
  }
  return null;
}

export interface NearHiddenWord {
  /** Only in documents the persona may read and a visitor may not. */
  hidden: string;
  /** The readable word nearest to it, clearly (what a visitor is offered). */
  readable: string;
  /** A word that occurs nowhere, nearest to the same readable word. */
  nowhere: string;
}

const LETTERS = /^\p{L}+$/u;

/** The readable word nearest to `word` (pg_trgm similarity, lengths within 2), if it is clearly the nearest. */
function clearlyNearest(word: string, readable: { w: string; t: Set<string> }[]): string | null {
  const own = trigrams(word);
  const ranked = readable
    .filter(({ w }) => w !== word && Math.abs(w.length - word.length) <= 2)
    .map(({ w, t }) => ({ w, s: similarityOf(own, t) }))
    .sort((a, b) => b.s - a.s);
  const [best, second] = ranked;
  return best && best.s >= 0.4 && (!second || best.s - second.s >= 0.05) ? best.w : null;
}

/**
 * A word that only documents `email` may read (and a visitor may not) hold, which has a
 * readable word clearly nearest to it, and a made-up word nearest to that same readable word:
 * typed by a visitor, the two must be answered alike. Neither shares a stem (a four or
 * three-letter prefix) with any readable word, so neither is known through stemming.
 */
export function hiddenWordNearReadable(email: string): NearHiddenWord | null {
  const anonymous = viewerFor(null);
  const visible = (d: (typeof documents)[number]) => published(d) && can(anonymous, "view", accessOf(d));
  const superset = wordsOf([
    documents.filter((d) => can(anonymous, "view", accessOf(d))), attachments, focusAreas, organizations, users,
  ]);
  const everywhere = wordsOf([documents, attachments, focusAreas, organizations, users]);
  // Only words the index surely holds: the titles, summaries, bodies and tags of readable documents.
  const indexed = [...wordsOf(documents.filter(visible).map((d) => [d.title, d.summary, d.body, d.tags]))]
    .filter((w) => LETTERS.test(w) && w.length >= 3)
    .map((w) => ({ w, t: trigrams(w) }));
  const startsReadable = (prefix: string) => [...superset].some((w) => w.startsWith(prefix));
  const restricted = documents.filter((d) => published(d) && can(viewerFor(email), "view", accessOf(d)) && !can(anonymous, "view", accessOf(d)));
  for (const word of new Set(restricted.flatMap((d) => [...wordsOf(d)]))) {
    if (!LETTERS.test(word) || word.length < 7 || word.length > 14 || superset.has(word) || startsReadable(word.slice(0, 4))) continue;
    const readable = clearlyNearest(word, indexed);
    if (!readable) continue;
    const nowhere = `${readable.slice(0, 2)}${readable[2] === "x" ? "q" : "x"}${readable.slice(3)}`;
    if (everywhere.has(nowhere) || startsReadable(nowhere.slice(0, 3)) || clearlyNearest(nowhere, indexed) !== readable) continue;
    return { hidden: word, readable, nowhere };
  }
  return null;
}
