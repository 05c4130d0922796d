// A tsquery's text form (`'a' & !'b' | 'c' <-> 'd':*`) as a tree, for the postings index to
// evaluate. The queries come from PostgreSQL itself (plainto_tsquery, phraseto_tsquery and
// to_tsquery of bound words, ../tsquery.ts), so only its output syntax is read.
import { readQuoted, UnreadableTextSearchValue } from "./tsvector-text";

export type QueryNode =
  | { op: "term"; lexeme: string; prefix: boolean }
  | { op: "not"; arg: QueryNode }
  | { op: "and" | "or"; left: QueryNode; right: QueryNode }
  /** `left <distance> right`: right's words `distance` positions after left's. */
  | { op: "phrase"; left: QueryNode; right: QueryNode; distance: number };

// PostgreSQL's precedence, lowest first: | then & then <-> (! binds tightest).
const BINARY: { op: "or" | "and" | "phrase"; token: RegExp }[] = [
  { op: "or", token: /^\|/ },
  { op: "and", token: /^&/ },
  { op: "phrase", token: /^<(-|\d+)>/ },
];

/** Parses tsquery output; an empty query (only stop words) is null: it matches nothing. */
export function parseTsquery(text: string): QueryNode | null {
  let i = 0;
  const skip = () => {
    while (text[i] === " ") i++;
  };
  const binary = (level: number): QueryNode => {
    if (level === BINARY.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      skip();
      const match = BINARY[level]!.token.exec(text.slice(i, i + 8));
      if (!match) return left;
      i += match[0].length;
      const right = binary(level + 1);
      const op = BINARY[level]!.op;
      left = op === "phrase" ? { op, left, right, distance: match[1] === "-" ? 1 : Number(match[1]) } : { op, left, right };
    }
  };
  const unary = (): QueryNode => {
    skip();
    if (text[i] === "!") {
      i++;
      return { op: "not", arg: unary() };
    }
    if (text[i] === "(") {
      i++;
      const inner = binary(0);
      skip();
      if (text[i] !== ")") throw new UnreadableTextSearchValue(`tsquery: expected ) at ${i}`);
      i++;
      return inner;
    }
    if (text[i] !== "'") throw new UnreadableTextSearchValue(`tsquery: unexpected ${JSON.stringify(text[i])} at ${i}`);
    const [lexeme, after] = readQuoted(text, i);
    i = after;
    const flags = /^:([*A-D]+)/.exec(text.slice(i, i + 6));
    if (flags) i += flags[0].length;
    return { op: "term", lexeme, prefix: flags?.[1]?.includes("*") ?? false };
  };
  if (text.trim() === "") return null;
  const node = binary(0);
  skip();
  if (i !== text.length) throw new UnreadableTextSearchValue(`tsquery: unexpected text at ${i}`);
  return node;
}

/** OR of several queries, leaving out empty ones (PostgreSQL's || does the same). */
export function orNodes(nodes: (QueryNode | null)[]): QueryNode | null {
  return nodes.reduce<QueryNode | null>((acc, n) => (n === null ? acc : acc === null ? n : { op: "or", left: acc, right: n }), null);
}

/** The distinct lexemes and prefixes a query looks for, and how many quoted words its text has. */
export function queryWords(node: QueryNode | null): { lexemes: string[]; prefixes: string[] } {
  const lexemes = new Set<string>();
  const prefixes = new Set<string>();
  const walk = (n: QueryNode) => {
    if (n.op === "term") (n.prefix ? prefixes : lexemes).add(n.lexeme);
    else if (n.op === "not") walk(n.arg);
    else {
      walk(n.left);
      walk(n.right);
    }
  };
  if (node) walk(node);
  return { lexemes: [...lexemes], prefixes: [...prefixes] };
}
