import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import en from "./messages/en/index.ts";
import es from "./messages/es/index.ts";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// Top-level ICU arguments ({count}, {page}); nested plural branches are not arguments.
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.add(/^\{\s*(\w+)/.exec(message.slice(i))?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].sort();
}

const catalogs = { en: flatten(en as Tree), es: flatten(es as Tree) };

describe("message catalogs", () => {
  it("give each namespace file its own top-level keys", () => {
    for (const locale of ["en", "es"]) {
      const dir = path.join(import.meta.dirname, "messages", locale);
      const keys = readdirSync(dir)
        .filter((file) => file.endsWith(".json"))
        .flatMap((file) => Object.keys(JSON.parse(readFileSync(path.join(dir, file), "utf8"))));
      expect(keys.length).toBe(new Set(keys).size);
      expect(Object.keys(locale === "en" ? en : es).sort()).toEqual([...keys].sort());
    }
  });

  it("have the same keys in English and Spanish", () => {
    const missingInEs = [...catalogs.en.keys()].filter((key) => !catalogs.es.has(key));
    const missingInEn = [...catalogs.es.keys()].filter((key) => !catalogs.en.has(key));
    expect({ missingInEs, missingInEn }).toEqual({ missingInEs: [], missingInEn: [] });
  });

  it("have no empty messages", () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      const empty = [...catalog].filter(([, value]) => value.trim() === "").map(([key]) => `${locale}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = [...catalogs.en].filter(([key, value]) => {
      const other = catalogs.es.get(key);
      return other !== undefined && placeholders(value).join() !== placeholders(other).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
