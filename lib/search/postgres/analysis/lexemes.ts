// What each text search configuration makes of a single token, asked of PostgreSQL once per
// distinct token and kept: a text's lexemes then come from the database's own dictionaries
// (stemmers, unaccent, stop words) without the database parsing the whole text. A token alone
// is the same token as inside a text (./tokens.ts only answers tokens for which that holds).
import { Prisma } from "@/lib/generated/prisma/client";
import { parseTsvector } from "../postings/tsvector-text";

type Db = Prisma.TransactionClient;

/** Tokens kept per configuration before the cache starts over (some 20 MB each). */
const MAX_TOKENS = 200_000;
/** Tokens asked per statement. */
const BATCH = 5_000;
const NONE: readonly string[] = [];

export class LexemeCache {
  readonly #byConfig = new Map<string, Map<string, readonly string[]>>();

  #of(config: string): Map<string, readonly string[]> {
    let known = this.#byConfig.get(config);
    if (!known) this.#byConfig.set(config, (known = new Map()));
    return known;
  }

  /** The configuration's lexemes for a token already looked up (learn() first). */
  lexemesOf(config: string): (token: string) => readonly string[] {
    const known = this.#of(config);
    return (token) => known.get(token) ?? NONE;
  }

  /** Looks up, in the database, the tokens this cache does not know yet. */
  async learn(db: Db, config: string, tokens: Iterable<string>): Promise<void> {
    const known = this.#of(config);
    const missing = new Set<string>();
    for (const token of tokens) if (!known.has(token)) missing.add(token);
    if (missing.size === 0) return;
    if (known.size + missing.size > MAX_TOKENS) known.clear();
    const list = [...missing];
    for (let i = 0; i < list.length; i += BATCH) {
      const batch = list.slice(i, i + BATCH);
      const rows = await db.$queryRaw<{ vectors: string[] }[]>`
        SELECT array_agg(to_tsvector(${config}::regconfig, t)::text ORDER BY n) AS vectors
        FROM unnest(${batch}::text[]) WITH ORDINALITY AS u(t, n)`;
      const vectors = rows[0]?.vectors ?? [];
      batch.forEach((token, k) => {
        // A hyphenated word's own lexemes are at position 1; its parts, after it, are tokens of their own.
        const lexemes = parseTsvector(vectors[k] ?? "").flatMap((e) => (e.positions.includes(1) ? [e.lexeme] : []));
        known.set(token, lexemes.length === 0 ? NONE : lexemes);
      });
    }
  }
}
