// Reading a relevance collection (docs.jsonl, queries*.jsonl, qrels.tsv, meta.json), for
// search:eval and search:mixed-collection. Every docs and queries line is checked: a bad line
// fails with the file and line number rather than being indexed or run half-read.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const collectionLanguages = ["en", "es"] as const;
export type CollectionLanguage = (typeof collectionLanguages)[number];

const language = z.enum(collectionLanguages);

/** One docs.jsonl line; `language` (optional) wins over meta.json's for this document. */
export const docLineSchema = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  text: z.string().optional(),
  language: language.optional(),
});
export type DocLine = z.infer<typeof docLineSchema>;

/** One queries*.jsonl line; `language` (optional) only groups the figures, queries are analysed in both. */
export const queryLineSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  language: language.optional(),
});
export type QueryLine = z.infer<typeof queryLineSchema>;

/** Judgments: query id → document id → graded gain. */
export type Qrels = Map<string, Map<string, number>>;

export interface CollectionMeta {
  name?: string;
  language?: string;
  [key: string]: unknown;
}

/** Parses JSON lines (blank lines skipped); an error names the file and the 1-based line. */
export function parseJsonl<T>(content: string, file: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  content.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file} line ${i + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
      throw new Error(`${file} line ${i + 1}: ${issues.join("; ")}`);
    }
    out.push(parsed.data);
  });
  return out;
}

export const readDocs = (file: string): DocLine[] => parseJsonl(readFileSync(file, "utf8"), file, docLineSchema);
export const readQueries = (file: string): QueryLine[] => parseJsonl(readFileSync(file, "utf8"), file, queryLineSchema);

/** qrels.tsv: a header line, then `query_id<TAB>doc_id<TAB>relevance`. */
export function parseQrels(content: string): Qrels {
  const qrels: Qrels = new Map();
  const lines = content.split("\n").filter((l) => l.trim());
  for (const line of lines.slice(1)) {
    const [qid, docid, rel] = line.split("\t");
    if (!qid || !docid) continue;
    if (!qrels.has(qid)) qrels.set(qid, new Map());
    qrels.get(qid)!.set(docid, Number(rel));
  }
  return qrels;
}

export const readQrels = (file: string): Qrels => parseQrels(readFileSync(file, "utf8"));

export function formatQrels(qrels: Qrels): string {
  const lines = ["query_id\tdoc_id\trelevance"];
  for (const [qid, judged] of qrels) for (const [docid, rel] of judged) lines.push(`${qid}\t${docid}\t${rel}`);
  return lines.join("\n") + "\n";
}

/** The collection's language from meta.json: "es" when it says so, English otherwise (as before). */
export const metaLanguage = (meta: CollectionMeta): CollectionLanguage => (meta.language === "es" ? "es" : "en");

/** A document's language: its own when docs.jsonl gives one, else the collection's. */
export const documentLanguage = (doc: DocLine, fallback: CollectionLanguage): CollectionLanguage => doc.language ?? fallback;

/** A document with its language decided (its own, else the collection's). */
export type CollectionDoc = DocLine & { language: CollectionLanguage };

/** A collection as search:eval and search:peers run it: its documents (each with its language), one queries file and the judgments. */
export interface Collection {
  meta: CollectionMeta;
  name: string;
  docs: CollectionDoc[];
  /** Whether docs.jsonl gives languages of its own (a mixed-language collection). */
  mixed: boolean;
  queries: QueryLine[];
  queriesFile: string;
  qrels: Qrels;
}

export function readCollection(dir: string, queriesFile = path.join(dir, "queries.jsonl")): Collection {
  const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as CollectionMeta;
  const fallback = metaLanguage(meta);
  const lines = readDocs(path.join(dir, "docs.jsonl"));
  return {
    meta, name: meta.name ?? path.basename(dir), docs: lines.map((d) => ({ ...d, language: documentLanguage(d, fallback) })),
    mixed: lines.some((d) => d.language !== undefined), queries: readQueries(queriesFile), queriesFile, qrels: readQrels(path.join(dir, "qrels.tsv")),
  };
}
