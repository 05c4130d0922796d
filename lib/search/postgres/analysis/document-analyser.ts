// Analyses the texts of documents being indexed in the application rather than in the database.
// On the embedded database the parser is the slow part of indexing (single-threaded WebAssembly,
// about 5 MB/s, and each text is analysed by two configurations); here a text is split into
// tokens in JavaScript (./tokens.ts), each distinct token's lexemes are asked of the database
// once (./lexemes.ts), and the vector is put together as to_tsvector would (./vector.ts). The
// result is exactly PostgreSQL's: the texts ./tokens.ts cannot vouch for are still analysed by
// the database, and before the first use a probe text is analysed both ways and compared, so a
// database whose parser or dictionaries read differently keeps doing all of it itself.
import { Prisma } from "@/lib/generated/prisma/client";
import { CONFIGS, LANGUAGES, type Language } from "../tsquery";
import { LexemeCache } from "./lexemes";
import { simpleTokens } from "./tokens";
import { analyseTokens, concatVectors, vectorText } from "./vector";

type Db = Prisma.TransactionClient;
export type Weight = "A" | "B" | "C" | "D";

/** setweight(to_tsvector(first config) || to_tsvector(second config), weight) as text, or null: the database analyses it. */
export type VectorOf = (text: string, language: Language, weight: Weight) => string | null;

const NOT_ANALYSED: VectorOf = () => null;

/** Every character ./tokens.ts takes as a letter, digits, each kind of blank, stop words and stems. */
function probeText(): string {
  const letters: string[] = [];
  for (let c = 0xc0; c <= 0x17f; c++) if (c !== 0xd7 && c !== 0xf7) letters.push(String.fromCharCode(c));
  const words = letters.join("").match(/.{1,6}/gu) ?? [];
  return [
    "The Running of the ministries: «niños» están corriendo, don't (stop) [2023] 1,000 50% end.",
    "¿Qué? ¡Sí! “quoted” ‘single’ — dash – en … ellipsis * bullet | pipe # hash ; semi",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 -- . - ",
    words.join(" "),
  ].join("\n\t\r");
}

export class DocumentAnalyser {
  readonly #cache = new LexemeCache();
  #usable: Promise<boolean> | null = null;

  /** `enabled` false: the database analyses every text (what the probe falls back to). */
  constructor(private readonly enabled = true) {}

  /** Learns the tokens of these texts; answers their vectors (null where the database must analyse). */
  async prepare(db: Db, texts: readonly { text: string; language: Language }[]): Promise<VectorOf> {
    if (!this.enabled || !(await this.#check(db))) return NOT_ANALYSED;
    const tokensOf = new Map<string, string[] | null>();
    const tokensIn = (text: string) => (tokensOf.has(text) ? tokensOf.get(text)! : simpleTokens(text));
    const byLanguage = new Map<Language, Set<string>>(LANGUAGES.map((l) => [l, new Set()]));
    for (const { text, language } of texts) {
      const tokens = tokensIn(text);
      tokensOf.set(text, tokens);
      if (tokens) for (const token of tokens) byLanguage.get(language)!.add(token);
    }
    await this.#learn(db, byLanguage);
    return (text, language, weight) => {
      const tokens = tokensIn(text);
      return tokens ? this.#vector(tokens, language, weight) : null;
    };
  }

  /** Asks the database for the tokens of each language, in each of its configurations. */
  async #learn(db: Db, byLanguage: Iterable<[Language, Iterable<string>]>): Promise<void> {
    for (const [language, tokens] of byLanguage) for (const config of CONFIGS[language]) await this.#cache.learn(db, config, tokens);
  }

  #vector(tokens: string[], language: Language, weight: Weight): string {
    const [first, second] = CONFIGS[language] as [string, string];
    const vector = concatVectors(analyseTokens(tokens, this.#cache.lexemesOf(first)), analyseTokens(tokens, this.#cache.lexemesOf(second)));
    return vectorText(vector, weight);
  }

  /** Whether this database's analysis of the probe is the one built here, in both languages. */
  #check(db: Db): Promise<boolean> {
    this.#usable ??= (async () => {
      const probe = probeText();
      const vectorOf = await this.#prepareUnchecked(db, probe);
      for (const language of LANGUAGES) {
        const [first, second] = CONFIGS[language] as [string, string];
        const rows = await db.$queryRaw<{ database: string; here: string }[]>`
          SELECT setweight(to_tsvector(${first}::regconfig, ${probe}) || to_tsvector(${second}::regconfig, ${probe}), 'B')::text AS database,
                 ${vectorOf(language)}::tsvector::text AS here`;
        if (rows[0]?.database !== rows[0]?.here) {
          console.warn(`search: this database analyses text differently from the application (${language}); it analyses every document itself`);
          return false;
        }
      }
      return true;
    })().catch((error: unknown) => {
      this.#usable = null; // a failed statement (an aborted transaction): try again next time
      throw error;
    });
    return this.#usable;
  }

  async #prepareUnchecked(db: Db, probe: string): Promise<(language: Language) => string> {
    const tokens = simpleTokens(probe);
    if (!tokens) throw new Error("the analysis probe must be a simple text");
    await this.#learn(db, LANGUAGES.map((language) => [language, tokens]));
    return (language) => this.#vector(tokens, language, "B");
  }
}
