// Every code a schema or the API can answer has a message in both languages. The schemas of
// lib/validation are run with bad values in every field (derived from their shapes), and the
// codes the data layer and the API routes throw are read from their source.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import en from "@/lib/i18n/messages/en/errors.json";
import es from "@/lib/i18n/messages/es/errors.json";

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
const catalogs = { en: new Set(keys(en.Errors as Tree)), es: new Set(keys(es.Errors as Tree)) };

const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });

const bad: unknown[] = [
  undefined, null, 42, -1, 2.5, true, "", "   ", "abc", "-1", "x".repeat(300_000), "a\u0000b", "a\u202eb", "a\ud800b", "a\u0085b",
  "2023-02-31", "0000-01-01", "2024-02-29", "https://", "javascript:alert(1)", {}, [], ["a"], [42], [{}], [null], Array.from({ length: 200 }, (_, i) => `v${i}`),
];

interface Def { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType }
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
const isSchema = (value: unknown): value is z.ZodType => typeof value === "object" && value !== null && "_zod" in value && "safeParse" in value;
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (def.shape) return def.shape;
  if (def.innerType) return objectShape(def.innerType);
  if (def.type === "pipe") return objectShape(defOf(def.in!).type === "transform" ? def.out! : def.in!);
  return undefined;
}

/** The inputs to try: bad values alone, and in each field (and each field of each list row). */
function inputsFor(schema: z.ZodType): unknown[] {
  const shape = objectShape(schema);
  if (!shape) return bad;
  const rows = Object.entries(shape).flatMap(([key, field]) => {
    const element = defOf(field).type === "default" ? defOf(defOf(field).innerType!).element : defOf(field).element;
    const rowShape = element ? objectShape(element) : undefined;
    return rowShape ? Object.keys(rowShape).flatMap((cell) => bad.map((value) => ({ [key]: [{ [cell]: value }] }))) : [];
  });
  return [...bad, ...Object.keys(shape).flatMap((key) => bad.map((value) => ({ [key]: value }))), ...rows];
}

function schemasOf(exports: Record<string, unknown>): [string, z.ZodType][] {
  return Object.entries(exports).flatMap(([name, value]): [string, z.ZodType][] => {
    if (isSchema(value)) return [[name, value]];
    // Schema factories (changePasswordSchema) need the account they check against.
    if (typeof value === "function" && name.endsWith("Schema")) {
      const made = (value as (context: object) => unknown)({ email: "someone@example.org", name: "Someone" });
      return isSchema(made) ? [[name, made]] : [];
    }
    return [];
  });
}

describe("error codes", () => {
  it("every code the validation schemas answer has a message in English and Spanish", () => {
    const codes = new Map<string, string>();
    for (const [file, exports] of Object.entries(modules)) {
      for (const [name, schema] of schemasOf(exports)) {
        for (const input of inputsFor(schema)) {
          for (const issue of schema.safeParse(input).error?.issues ?? []) codes.set(issue.message, `${file} ${name}`);
        }
      }
    }
    expect(codes.size).toBeGreaterThan(30);
    const missing = [...codes].filter(([code]) => !catalogs.en.has(code) || !catalogs.es.has(code)).map(([code, where]) => `${code} (${where})`);
    expect(missing).toEqual([]);
  });

  it("every code the data layer and the API throw has a message in English and Spanish", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const sources = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return sources(file);
        return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [readFileSync(path.join(root, file), "utf8")] : [];
      });
    const patterns = [/new ApiError\(\d+, "([a-z_.]+)"/g, /new AppError\("[A-Z_]+", "([a-z_.]+)"\)/g, /fieldError\("\w+", "([a-z_.]+)"\)/g, /\[\d{3}, "([a-z_]+)"\]/g];
    const codes = new Set(["invalid_input", "invalid_query", "unexpected", "not_found", "bad_request", "conflict", "fix_fields", "malformed_url"]);
    for (const source of [...sources("lib"), ...sources("app/api"), readFileSync(path.join(root, "proxy.ts"), "utf8")]) {
      for (const pattern of patterns) for (const match of source.matchAll(pattern)) codes.add(match[1]!);
    }
    expect(codes.has("body_too_large") && codes.has("json_invalid") && codes.has("stale_edit")).toBe(true);
    expect([...codes].filter((code) => !catalogs.en.has(code) || !catalogs.es.has(code))).toEqual([]);
  });
});
