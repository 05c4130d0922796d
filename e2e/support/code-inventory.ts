// What the code defines, read from the source tree: the object schemas of lib/validation, the
// server actions of lib/actions and the routes with a dynamic segment. Tables that must cover
// all of them compare against these lists, so a new one without a row fails its test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isObjectSchema } from "./schema-fields";

const root = path.resolve(import.meta.dirname, "../..");

/** `file: exportName` and the value of every exported object schema in lib/validation. */
export async function validationObjectSchemas(): Promise<[string, unknown][]> {
  const dir = path.join(root, "lib/validation");
  const out: [string, unknown][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const exports = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) if (isObjectSchema(value)) out.push([name, value]);
  }
  return out;
}

/** Names of the functions exported by "use server" modules. */
export function serverActionNames(): string[] {
  const dir = path.join(root, "lib/actions");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => readFileSync(path.join(dir, file), "utf8"))
    .filter((source) => source.startsWith('"use server"'))
    .flatMap((source) => [...source.matchAll(/^export async function (\w+)/gm)].map((m) => m[1]!));
}

/** Pages and route handlers (paths from the repository root) with a segment other than [locale]. */
export function dynamicRouteFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : /^(page\.tsx|route\.ts)$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
    );
  return walk("app").filter((file) => /\[(?!locale\])[^\]]+\]/.test(file));
}
