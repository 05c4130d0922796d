// A server action bound inside a client component (`useActionState(action.bind(null, id))`)
// breaks the form without JavaScript: the bound arguments are a promise created anew on every
// render, and when React renders the answer to a form posted without JavaScript, useActionState
// asks that promise whether the posted form was this one. The promise is still pending, so the
// component suspends; React renders it again when the promise settles, which binds a new one…
// the POST never answers and the loop keeps a core busy (issue 10). Forms send the ids they act
// on in hidden inputs instead (validated with zod in the action); e2e/admin-no-js.spec.ts posts
// each administration form with JavaScript disabled. This check keeps new code from binding.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const isClientComponent = (source: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(source);

/** Names imported from the server-action modules (lib/actions/*). */
function importedActions(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']@\/lib\/actions\/[^"']+["']/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).at(-1);
      if (name && !name.startsWith("type ")) names.push(name);
    }
  }
  return names;
}

/** Where a file binds a function: `.bind(` in a client component, or a bound server action anywhere. */
function bindingsIn(source: string): string[] {
  const lines = source.split("\n");
  const actions = importedActions(source);
  const client = isClientComponent(source);
  return lines.flatMap((line, index) => {
    const boundAction = actions.some((name) => new RegExp(`\\b${name}\\s*\\.\\s*bind\\s*\\(`).test(line));
    return boundAction || (client && /\.\s*bind\s*\(/.test(line)) ? [`${index + 1}: ${line.trim()}`] : [];
  });
}

describe("server actions in forms", () => {
  it("recognises the pattern it forbids", () => {
    const client = `"use client";\nimport { saveAction } from "@/lib/actions/things";\nconst [s, a] = useActionState(saveAction.bind(null, id), initial);`;
    expect(bindingsIn(client)).toEqual(["3: const [s, a] = useActionState(saveAction.bind(null, id), initial);"]);
    expect(bindingsIn(`"use client";\nexport function F({ action }) { return useActionState(action.bind(null, 1), s); }`)).toHaveLength(1);
    expect(bindingsIn(`import { saveAction as save } from "@/lib/actions/things";\n<Form action={save.bind(null, id)} />`)).toHaveLength(1);
    expect(bindingsIn(`import { saveAction } from "@/lib/actions/things";\n<Form action={saveAction} />`)).toEqual([]);
  });

  it("are never bound: the ids travel in hidden inputs", () => {
    const offenders = [...sourceFiles("components"), ...sourceFiles("app")].flatMap((file) =>
      bindingsIn(readFileSync(path.join(root, file), "utf8")).map((line) => `${file}:${line}`),
    );
    expect(offenders).toEqual([]);
  });
});
