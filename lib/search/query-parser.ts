// What a search box query means, for both engines: "quoted phrases" must appear, -words must
// not, and the other words are wanted (more of them rank higher); the last word is a prefix
// while the person is still typing it.
export interface ParsedQuery {
  terms: string[];
  phrases: string[];
  exclusions: string[];
  /** The last plain word when the query does not end with a space: matched as a prefix too. */
  prefix: string | null;
}

const MAX_PARTS = 32;
const clean = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

export function parseQuery(raw: string): ParsedQuery {
  const query: ParsedQuery = { terms: [], phrases: [], exclusions: [], prefix: null };
  const text = raw.normalize("NFC").slice(0, 500);
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  let lastWasTerm = false;
  for (const match of text.matchAll(pattern)) {
    if (query.terms.length + query.phrases.length + query.exclusions.length >= MAX_PARTS) break;
    const [, minus, phrase, word] = match;
    lastWasTerm = false;
    if (phrase !== undefined) {
      const words = phrase.split(/\s+/).map(clean).filter(Boolean).join(" ");
      if (words) (minus ? query.exclusions : query.phrases).push(words);
      continue;
    }
    const excluded = word!.startsWith("-") && word!.length > 1;
    const cleaned = clean(excluded ? word!.slice(1) : word!);
    if (!cleaned) continue;
    if (excluded) query.exclusions.push(cleaned);
    else {
      query.terms.push(cleaned);
      lastWasTerm = true;
    }
  }
  if (lastWasTerm && !/\s$/.test(text)) query.prefix = query.terms.at(-1) ?? null;
  return query;
}

/** Lower case without accents: how words are compared for synonyms and typo correction. */
export const foldWord = (word: string) => word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
