// Test support: a small reader of the filter expressions filter-render.ts writes, decoding
// quoted values the way Meilisearch's filter parser does (\" inside quotes, then backslash
// escapes), and an evaluator, so tests can check that a rendered filter selects the same
// documents as matchesFilter and that no value ever escapes its quotes.
import type { FilterValues } from "../filter";
import { filterAttributes } from "./filter-render";

type Token = { kind: "word" | "value" | "punct"; text: string };

/** Decodes a double-quoted literal starting at input[start] === '"'; returns value and end. */
export function readQuoted(input: string, start: number): { value: string; end: number } {
  let i = start + 1;
  let raw = "";
  while (i < input.length && input[i] !== '"') {
    if (input[i] === "\\") raw += input[i++];
    raw += input[i++];
  }
  if (input[i] !== '"') throw new Error(`unclosed quote at ${start}`);
  // Meilisearch unescapes \" first, then every backslash sequence (\n, \u{…}): only \\ may remain.
  const value = raw.replace(/\\"/g, '"').replace(/\\(.)/gs, (_, c: string) => {
    if (c !== "\\") throw new Error(`"\\${c}" would be read as an escape sequence`);
    return "\\";
  });
  return { value, end: i + 1 };
}

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < input.length; ) {
    const c = input[i]!;
    if (c === " ") i++;
    else if (c === '"') {
      const { value, end } = readQuoted(input, i);
      tokens.push({ kind: "value", text: value });
      i = end;
    } else if ("()[],".includes(c)) tokens.push({ kind: "punct", text: input[i++]! });
    else {
      const word = /^[^\s()[\],"]+/.exec(input.slice(i))![0];
      tokens.push({ kind: "word", text: word });
      i += word.length;
    }
  }
  return tokens;
}

const fieldByAttribute = new Map(Object.entries(filterAttributes).map(([field, attribute]) => [attribute, field as keyof FilterValues]));

class Evaluator {
  #pos = 0;

  constructor(private readonly tokens: Token[], private readonly values: FilterValues) {}

  #next(): Token {
    const token = this.tokens[this.#pos++];
    if (!token) throw new Error("unexpected end of filter");
    return token;
  }

  #peek(): Token | undefined {
    return this.tokens[this.#pos];
  }

  #list(): (string | number)[] {
    if (this.#next().text !== "[") throw new Error("expected [");
    const list: (string | number)[] = [];
    for (let t = this.#next(); t.kind !== "punct" || t.text !== "]"; t = this.#next()) {
      if (t.kind !== "punct") list.push(t.kind === "value" ? t.text : Number(t.text));
    }
    return list;
  }

  #condition(): boolean {
    const attribute = this.#next().text;
    const field = fieldByAttribute.get(attribute);
    if (!field) throw new Error(`unknown attribute ${attribute}`);
    const value = this.values[field];
    const op = this.#next().text;
    if (op === "IN") {
      const list = this.#list();
      return (Array.isArray(value) ? value : [value]).some((v) => v !== null && v !== undefined && list.includes(v));
    }
    if (op === "IS") {
      const negated = this.#peek()?.text === "NOT" && Boolean(this.#next());
      if (this.#next().text !== "NULL") throw new Error("expected NULL");
      return negated ? value !== null : value === null;
    }
    if (op === "NOT") return this.#next().text === "EXISTS" && value === undefined;
    if (op === "EXISTS") return value !== undefined;
    const bound = Number(this.#next().text);
    if (typeof value !== "number") return false;
    return { ">": value > bound, ">=": value >= bound, "<": value < bound, "<=": value <= bound }[op]!;
  }

  #term(): boolean {
    if (this.#peek()?.text !== "(") return this.#condition();
    this.#next();
    const result = this.expression();
    if (this.#next().text !== ")") throw new Error("expected )");
    return result;
  }

  /** Operators of one group must all be the same: the renderer parenthesizes every group. */
  expression(): boolean {
    let result = this.#term();
    let operator: string | null = null;
    for (let t = this.#peek(); t?.kind === "word" && (t.text === "AND" || t.text === "OR"); t = this.#peek()) {
      this.#next();
      if (operator && t.text !== operator) throw new Error("mixed AND/OR without parentheses");
      operator = t.text;
      const right = this.#term();
      result = operator === "AND" ? result && right : result || right;
    }
    return result;
  }

  done(): boolean {
    return this.#pos === this.tokens.length;
  }
}

/** Evaluates a rendered filter against one document's values. */
export function evaluate(expression: string, values: FilterValues): boolean {
  const evaluator = new Evaluator(tokenize(expression), values);
  const result = evaluator.expression();
  if (!evaluator.done()) throw new Error(`trailing tokens in ${expression}`);
  return result;
}
