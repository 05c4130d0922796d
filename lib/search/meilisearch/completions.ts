// suggest(): completions of what the user is typing, as the database engine gives them: tags
// and titles of documents the viewer may read that start with the typed text, or (titles) have
// a word that does, tags first, shortest first. Meilisearch finds the candidate documents (the
// last word as a prefix, typo tolerant); the start-of-word check then keeps only true
// completions, so a typo match never suggests something that was not typed.
import { fold } from "./highlight";

export const MIN_PREFIX = 2;

export interface CompletionSource {
  title?: string;
  tags?: string[];
}

export function completionsFrom(prefix: string, documents: readonly CompletionSource[], limit: number): string[] {
  const typed = fold(prefix.trim());
  if ([...typed].length < MIN_PREFIX || limit <= 0) return [];
  const found = new Map<string, { text: string; kind: number }>();
  const add = (text: string, kind: number) => {
    const key = fold(text);
    if (!found.has(key) || found.get(key)!.kind > kind) found.set(key, { text, kind });
  };
  for (const doc of documents) {
    for (const tag of doc.tags ?? []) if (fold(tag).startsWith(typed)) add(tag, 0);
    const title = doc.title ?? "";
    if (fold(title).startsWith(typed) || fold(title).includes(` ${typed}`)) add(title, 1);
  }
  return [...found.values()]
    .sort((a, b) => a.kind - b.kind || a.text.length - b.text.length || a.text.localeCompare(b.text))
    .slice(0, limit)
    .map((s) => s.text);
}
