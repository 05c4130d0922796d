import { describe, expect, it } from "vitest";
import { diffSnapshots, type FieldChange } from "./diff";
import { diffText, type TextSegment } from "./text-diff";
import type { DocumentSnapshot } from "./snapshot";

const base: DocumentSnapshot = {
  type: "BEST_PRACTICE", title: "Rutas de atención a víctimas", slug: "rutas-de-atencion", language: "es", visibility: "PUBLIC",
  summary: "Cómo coordinar la atención.", body: "Primer párrafo.\n\nSegundo párrafo.\n",
  problem: "Falta de coordinación.", approach: "Mesas locales.", outcomes: "Más casos atendidos.",
  focusAreaIds: ["fa-1", "fa-2"], countries: ["CO", "US"], sectors: ["GOVERNMENT"], tags: ["trata", "niñez"],
  authorNames: ["Ana Gómez", "John Smith"], attachmentIds: ["att-1"], publicationDate: "2024-03-01",
  metrics: [
    { label: "Víctimas atendidas", value: "120", kind: "PEOPLE", currency: null, unit: "", direction: "HIGHER", year: 2023 },
    { label: "Presupuesto", value: "50000", kind: "MONEY", currency: "USD", unit: "", direction: "HIGHER" },
  ],
};
const edit = (patch: Partial<DocumentSnapshot>): DocumentSnapshot => ({ ...base, ...patch });
const only = (changes: FieldChange[]) => {
  expect(changes).toHaveLength(1);
  return changes[0]!;
};
const segmentsOf = (change: FieldChange) => (change.kind === "text" ? change.segments : []);

/** One side of a text diff, collapsed lines filled back in from that side's original. */
function rebuild(segments: TextSegment[], original: string, side: "removed" | "added"): string {
  const lines = original.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let out = "";
  for (const segment of segments) {
    if (segment.kind === "collapsed") {
      const at = out.split("\n").length - 1;
      out += lines.slice(at, at + segment.lines).join("");
    } else if (segment.kind === "same" || segment.kind === side) out += segment.text;
  }
  return out;
}

function expectFaithful(before: string, after: string, segments: TextSegment[]) {
  expect(rebuild(segments, before, "removed")).toBe(before);
  expect(rebuild(segments, after, "added")).toBe(after);
  segments.forEach((segment, i) => {
    if (segment.kind !== "collapsed") expect(segment.text).not.toBe("");
    if (i > 0) expect(segment.kind === "collapsed" || segment.kind !== segments[i - 1]!.kind).toBe(true);
  });
}

// Deterministic pseudo-random text, so a failure can be replayed.
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const vocabulary = "la información del programa de prevención niñas y niños the coalition report on victims assisted ¿qué? sí".split(" ");
function prose(seed: number, length: number, wordsPerLine: number): string {
  const next = random(seed);
  let out = "";
  for (let n = 1; out.length < length; n++) out += vocabulary[Math.floor(next() * vocabulary.length)] + (n % wordsPerLine ? " " : "\n");
  return out.slice(0, length);
}

describe("diffSnapshots", () => {
  it("finds no changes between a snapshot and an equal copy", () => {
    expect(diffSnapshots(base, base)).toEqual([]);
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
  });

  it("treats missing, empty and null values as the same", () => {
    const blank = edit({ summary: "", body: undefined, doi: "", organizationId: undefined, periodStart: "" });
    const missing = edit({ summary: undefined, body: "", doi: undefined, organizationId: "", periodStart: undefined });
    expect(diffSnapshots(blank, missing)).toEqual([]);
    const damaged = { ...edit({ tags: [] }), tags: undefined, doi: null } as unknown as DocumentSnapshot;
    expect(diffSnapshots(edit({ tags: [] }), damaged)).toEqual([]);
  });

  it("ignores line-end style and Unicode composition", () => {
    const crlf = edit({ body: "Primer párrafo.\r\n\r\nSegundo párrafo.\r\n" });
    expect(diffSnapshots(base, crlf)).toEqual([]);
    expect(diffSnapshots(edit({ title: "Atención" }), edit({ title: "Atencio\u0301n" }))).toEqual([]);
  });

  it("lists changed fields in the editor's order", () => {
    const after = edit({
      visibility: "MEMBERS", metrics: [], body: "Otro texto.", title: "Nuevo título", tags: ["trata"], problem: "Otro problema.",
      publicationDate: "2024-04-01", attachmentIds: [], organizationId: "org-1", slug: "nuevo",
    });
    expect(diffSnapshots(base, after).map((c) => c.field)).toEqual([
      "title", "slug", "body", "problem", "tags", "metrics", "publicationDate", "visibility", "organizationId", "attachmentIds",
    ]);
  });

  it("gives scalars, enums and dates before and after", () => {
    expect(diffSnapshots(base, edit({ type: "RESEARCH", doi: "10.1234/abc", publicationDate: undefined }))).toEqual([
      { kind: "value", field: "type", before: "BEST_PRACTICE", after: "RESEARCH" },
      { kind: "value", field: "doi", before: undefined, after: "10.1234/abc" },
      { kind: "value", field: "publicationDate", before: "2024-03-01", after: undefined },
    ]);
  });

  it("diffs a changed word inside a paragraph", () => {
    const before = "Contexto.\n\nEl programa atendió a 120 víctimas en Bogotá durante 2023.\n\nCierre.\n";
    const after = "Contexto.\n\nEl programa atendió a 150 víctimas en Bogotá durante 2023.\n\nCierre.\n";
    expect(only(diffSnapshots(edit({ body: before }), edit({ body: after })))).toEqual({
      kind: "text", field: "body",
      segments: [
        { kind: "same", text: "Contexto.\n\nEl programa atendió a " },
        { kind: "removed", text: "120" },
        { kind: "added", text: "150" },
        { kind: "same", text: " víctimas en Bogotá durante 2023.\n\nCierre.\n" },
      ],
    });
  });

  it("keeps Spanish words whole, accents and ¿¡ included", () => {
    const change = only(diffSnapshots(edit({ summary: "La información del niño. ¿Qué pasó?" }), edit({ summary: "La informacion del niño. ¡Qué pasó!" })));
    expect(segmentsOf(change)).toEqual([
      { kind: "same", text: "La " },
      { kind: "removed", text: "información" },
      { kind: "added", text: "informacion" },
      { kind: "same", text: " del niño. " },
      { kind: "removed", text: "¿" },
      { kind: "added", text: "¡" },
      { kind: "same", text: "Qué pasó" },
      { kind: "removed", text: "?" },
      { kind: "added", text: "!" },
    ]);
  });

  it("shows a replaced phrase as one change, not alternating words", () => {
    expect(diffText("the quick brown fox jumps", "the slow red fox jumps")).toEqual([
      { kind: "same", text: "the " },
      { kind: "removed", text: "quick brown" },
      { kind: "added", text: "slow red" },
      { kind: "same", text: " fox jumps" },
    ]);
  });

  it("shows text that was added to an empty field", () => {
    expect(segmentsOf(only(diffSnapshots(edit({ lessonsLearned: undefined }), edit({ lessonsLearned: "Escuchar primero." }))))).toEqual([
      { kind: "added", text: "Escuchar primero." },
    ]);
  });

  it("lists added and removed entries, counting duplicates", () => {
    const changes = diffSnapshots(base, edit({ tags: ["trata", "migración"], countries: ["CO", "US", "MX"], authorNames: ["Ana Gómez", "John Smith", "Ana Gómez"] }));
    expect(changes).toEqual([
      { kind: "list", field: "countries", added: ["MX"], removed: [], reordered: false },
      { kind: "list", field: "tags", added: ["migración"], removed: ["niñez"], reordered: false },
      { kind: "list", field: "authorNames", added: ["Ana Gómez"], removed: [], reordered: false },
    ]);
  });

  it("reports a new order of the same entries", () => {
    expect(only(diffSnapshots(base, edit({ focusAreaIds: ["fa-2", "fa-1"] })))).toEqual({
      kind: "list", field: "focusAreaIds", added: [], removed: [], reordered: true,
    });
    expect(only(diffSnapshots(base, edit({ focusAreaIds: ["fa-2", "fa-3"] })))).toMatchObject({ added: ["fa-3"], removed: ["fa-1"], reordered: false });
  });
});

describe("diffSnapshots on metrics", () => {
  const [victims, budget] = [base.metrics[0]!, base.metrics[1]!];

  it("reports a row whose value changed, matched by label and year", () => {
    const after = edit({ metrics: [{ ...victims, value: "150" }, budget] });
    expect(only(diffSnapshots(base, after))).toEqual({
      kind: "metrics", field: "metrics", added: [], removed: [], reordered: false,
      changed: [{ before: victims, after: { ...victims, value: "150" } }],
    });
  });

  it("matches by label when the year changed, and separates added and removed rows", () => {
    const trained = { label: "Funcionarios capacitados", value: "40", kind: "PEOPLE" as const, currency: null, unit: "", direction: "HIGHER" as const, year: 2024 };
    const after = edit({ metrics: [{ ...victims, year: 2024 }, trained] });
    expect(only(diffSnapshots(base, after))).toEqual({
      kind: "metrics", field: "metrics", added: [trained], removed: [budget], reordered: false,
      changed: [{ before: victims, after: { ...victims, year: 2024 } }],
    });
  });

  it("sees a change of what a metric measures, or of its direction, with the value unchanged", () => {
    const asCount = { ...victims, kind: "COUNT" as const, unit: "víctimas" };
    expect(only(diffSnapshots(base, edit({ metrics: [asCount, budget] })))).toMatchObject({ changed: [{ before: victims, after: asCount }] });
    const lower = { ...budget, direction: "LOWER" as const };
    expect(only(diffSnapshots(base, edit({ metrics: [victims, lower] })))).toMatchObject({ changed: [{ before: budget, after: lower }] });
  });

  it("sees equal amounts in different notation and reordered rows", () => {
    expect(diffSnapshots(base, edit({ metrics: [{ ...victims, value: "120.00" }, { ...budget, value: "050000.0" }] }))).toEqual([]);
    expect(only(diffSnapshots(base, edit({ metrics: [budget, victims] })))).toMatchObject({ changed: [], added: [], removed: [], reordered: true });
  });
});

describe("diffText context", () => {
  const lines = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `Línea ${from + i}.\n`).join("");

  it("collapses unchanged lines beyond three lines of context", () => {
    const before = lines(0, 50);
    const after = before.replace("Línea 25.", "Línea veinticinco.");
    const segments = diffText(before, after);
    expect(segments).toEqual([
      { kind: "collapsed", lines: 22 },
      { kind: "same", text: lines(22, 25) + "Línea " },
      { kind: "removed", text: "25" },
      { kind: "added", text: "veinticinco" },
      { kind: "same", text: "." + "\n" + lines(26, 29) },
      { kind: "collapsed", lines: 21 },
    ]);
    expectFaithful(before, after, segments);
  });

  it("collapses between two changes only when more than one line would be hidden", () => {
    const far = diffText(lines(0, 12), lines(0, 12).replace("Línea 0.", "Uno.").replace("Línea 11.", "Once."));
    expect(far.filter((s) => s.kind === "collapsed")).toEqual([{ kind: "collapsed", lines: 4 }]);
    const near = diffText(lines(0, 9), lines(0, 9).replace("Línea 0.", "Uno.").replace("Línea 8.", "Ocho."));
    expect(near.some((s) => s.kind === "collapsed")).toBe(false);
  });

  it("rebuilds both texts from the segments after random edits", () => {
    const next = random(7);
    for (let round = 0; round < 40; round++) {
      const before = prose(round, 3_000, 8);
      const edited = before.split("\n").flatMap((line) => {
        const roll = next();
        if (roll < 0.05) return [];
        if (roll < 0.1) return [line, "línea nueva añadida"];
        if (roll < 0.2) return [line.replace(/\S+/, "cambiado")];
        return [line];
      });
      const after = edited.join("\n");
      expectFaithful(before, after, diffText(before, after));
    }
  });
});

describe("diffText on 200,000-character bodies", () => {
  // Quadratic work on the whole text (4·10¹⁰ steps) would take minutes, not milliseconds.
  const timed = (before: string, after: string) => {
    const started = performance.now();
    const changes = diffSnapshots(edit({ body: before }), edit({ body: after }));
    const ms = performance.now() - started;
    const segments = segmentsOf(only(changes));
    expectFaithful(before, after, segments);
    return { ms, segments };
  };

  it("stays fast on two unrelated bodies, whatever their shape", () => {
    const pairs = [
      [prose(1, 200_000, 12), prose(2, 200_000, 12)],
      [prose(1, 200_000, 400), prose(2, 200_000, 400)],
      [prose(1, 200_000, 1e9), prose(2, 200_000, 1e9)],
      ["a\n".repeat(100_000), "b\n".repeat(100_000)],
    ];
    for (const [before, after] of pairs) expect(timed(before!, after!).ms).toBeLessThan(1_500);
  });

  it("stays fast with every long field at its limit", () => {
    const long = (seed: number) => prose(seed, 20_000, 10);
    const before = edit({ body: prose(1, 200_000, 12), problem: long(3), approach: long(4), outcomes: long(5), lessonsLearned: long(6), abstract: long(7), methodology: long(8) });
    const after = edit({ body: prose(2, 200_000, 12), problem: long(9), approach: long(10), outcomes: long(11), lessonsLearned: long(12), abstract: long(13), methodology: long(14) });
    const started = performance.now();
    expect(diffSnapshots(before, after)).toHaveLength(7);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it("still diffs word by word when a long body is edited throughout", () => {
    const before = prose(3, 200_000, 12);
    const after = before.split("\n").map((line, i) => (i % 25 === 0 ? line.replace(/\S+/, "EDITADO") : line)).join("\n");
    const { ms, segments } = timed(before, after);
    expect(ms).toBeLessThan(1_500);
    expect(segments.filter((s) => s.kind === "added").every((s) => s.kind === "added" && s.text === "EDITADO")).toBe(true);
    expect(segments.some((s) => s.kind === "collapsed")).toBe(true);
  });
});
