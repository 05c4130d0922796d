import { describe, expect, it } from "vitest";
import { snippetHtml } from "../../snippet-text";
import { bestExcerpts, scanText, wordStarts } from "./snippet-words";

/** Marks the scanned words that are in `words`. */
function marks(text: string, words: string[]) {
  const scanned = scanText(text, wordStarts(words));
  const marked = new Uint8Array(scanned.count);
  for (let i = 0; i < scanned.count; i++) if (words.includes(scanned.words[i] ?? "")) marked[i] = 1;
  return { scanned, marked };
}

describe("scanText", () => {
  it("finds every run of letters and digits, and slices only words that start as a query word does", () => {
    const s = scanText("Lavado de activos: ÁREA 51, año-2024, Activities la.", wordStarts(["lav", "activ"]));
    const all = Array.from({ length: s.count }, (_, i) => s.text.slice(s.starts[i]!, s.ends[i]!));
    expect(all).toEqual(["Lavado", "de", "activos", "ÁREA", "51", "año", "2024", "Activities", "la"]);
    // "de" and the numbers start unlike both query words; "la" starts as "lav" does, so its analysis is asked.
    // "ÁREA" and "año" have a letter past ASCII in their first two: always sliced (unaccent decides what they become).
    expect(s.words).toEqual(["lavado", undefined, "activos", "área", undefined, "año", undefined, "activities", "la"]);
  });

  it("lets a one-letter query word through every word it starts, and the stemmer's exceptions through their stems", () => {
    expect(scanText("x xylem xa yx", wordStarts(["x"])).words).toEqual(["x", "xylem", "xa", undefined]);
    expect(scanText("dying lying tying dice", wordStarts(["die", "lie", "tie"])).words).toEqual(["dying", "lying", "tying", "dice"]);
    expect(scanText("dying dice", wordStarts(["dice"])).words).toEqual([undefined, "dice"]);
  });

  it("keeps a surrogate pair inside a word", () => {
    const s = scanText("a𝐀b c", wordStarts(["ab"]));
    expect(s.count).toBe(2);
    expect(s.words[0]).toBe("a𝐀b");
  });

  it("scans a long text whole", () => {
    const text = Array.from({ length: 5_000 }, (_, i) => (i === 4_321 ? "border" : `w${i}`)).join(" ");
    const s = scanText(text, wordStarts(["bord"]));
    expect(s.count).toBe(5_000);
    expect(s.words.flatMap((w, i) => (w === undefined ? [] : [[i, w]]))).toEqual([[4_321, "border"]]);
  });
});

describe("bestExcerpts", () => {
  it("marks matches but never a function word, and knows where the text goes on", () => {
    const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(" ") + " lavado de activos end";
    const { scanned, marked } = marks(text, ["lavado", "de", "activos"]);
    const [only, ...rest] = bestExcerpts(scanned, marked);
    expect(rest).toEqual([]);
    expect(only!.cutBefore).toBe(true);
    expect(only!.cutAfter).toBe(false);
    expect(only!.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(["lavado", "activos"]);
    expect(snippetHtml([only!])).toBe("… w56 w57 w58 w59 <mark>lavado</mark> de <mark>activos</mark> end");
  });

  it("takes the two 28-word stretches with the most matches, in text order", () => {
    const words = Array.from({ length: 200 }, (_, i) => (i === 10 || i === 150 || i === 152 ? "drug" : `x${i}`));
    const { scanned, marked } = marks(words.join(" "), ["drug"]);
    const excerpts = bestExcerpts(scanned, marked);
    expect(excerpts).toHaveLength(2);
    expect(excerpts[0]!.segments[0]!.text.startsWith("x6 ")).toBe(true);
    expect(excerpts[1]!.segments[0]!.text.startsWith("x146 ")).toBe(true);
    expect(excerpts.every((e) => e.cutBefore && e.cutAfter)).toBe(true);
  });

  it("answers nothing when nothing is marked", () => {
    const { scanned, marked } = marks("nothing here", ["drug"]);
    expect(bestExcerpts(scanned, marked)).toEqual([]);
  });
});
