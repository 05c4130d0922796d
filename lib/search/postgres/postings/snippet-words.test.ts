import { describe, expect, it } from "vitest";
import { snippetHtml } from "../../snippet-text";
import { bestExcerpts, scanText } from "./snippet-words";

/** Marks the scanned words that are in `words`. */
function marks(text: string, words: string[]) {
  const scanned = scanText(text, new Set(words.map((w) => w[0]!)));
  const marked = new Uint8Array(scanned.count);
  for (let i = 0; i < scanned.count; i++) if (words.includes(scanned.words[i] ?? "")) marked[i] = 1;
  return { scanned, marked };
}

describe("scanText", () => {
  it("finds every run of letters and digits, and slices only words with a wanted initial", () => {
    const s = scanText("Lavado de activos: ÁREA 51, año-2024.", new Set(["a", "l"]));
    expect(s.count).toBe(7);
    const all = Array.from({ length: s.count }, (_, i) => s.text.slice(s.starts[i]!, s.ends[i]!));
    expect(all).toEqual(["Lavado", "de", "activos", "ÁREA", "51", "año", "2024"]);
    // "ÁREA" starts with an accented A: folded, it is wanted; "de", "51" and "2024" are not sliced.
    expect(s.words).toEqual(["lavado", undefined, "activos", "área", undefined, "año", undefined]);
  });

  it("keeps a surrogate pair inside a word", () => {
    const s = scanText("a𝐀b c", new Set(["a"]));
    expect(s.count).toBe(2);
    expect(s.words[0]).toBe("a𝐀b");
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
