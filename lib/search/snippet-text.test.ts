import { describe, expect, it } from "vitest";
import { excerptBounds, leadSnippet, limitLength, snippetHtml, toSegments } from "./snippet-text";

const marks = { start: "[", stop: "]" };
const excerpt = (text: string, cutBefore = false, cutAfter = false) => ({ segments: toSegments(text, marks), cutBefore, cutAfter });

describe("toSegments", () => {
  it("keeps marked content words, collapses whitespace, and never marks a function word", () => {
    expect(toSegments("el [lavado]  [de]\n[activos] y [The] [of]", marks)).toEqual([
      { text: "el ", marked: false }, { text: "lavado", marked: true }, { text: " de ", marked: false }, { text: "activos", marked: true },
      { text: " y The of", marked: false },
    ]);
  });

  it("ignores a stray stop mark and folds accents when telling function words", () => {
    expect(toSegments("a] [Niño] [niño] [él]", marks)).toEqual([{ text: "a ", marked: false }, { text: "Niño", marked: true }, { text: " ", marked: false },
      { text: "niño", marked: true }, { text: " él", marked: false }]);
  });
});

describe("limitLength", () => {
  it("cuts after the last whole word that fits, keeping marks", () => {
    const { segments, cut } = limitLength(toSegments("la [educación] rural en Colombia", marks), 20);
    expect(segments.map((s) => s.text).join("")).toBe("la educación rural");
    expect(segments[1]).toEqual({ text: "educación", marked: true });
    expect(cut).toBe(true);
  });

  it("cuts a word longer than the whole snippet, never inside a surrogate pair", () => {
    expect(limitLength([{ text: "a".repeat(500), marked: false }], 10).segments[0]!.text).toBe("a".repeat(10));
    expect(limitLength([{ text: `${"a".repeat(9)}😀bbb`, marked: false }], 10).segments[0]!.text).toBe("a".repeat(9));
  });

  it("leaves text that fits alone", () => {
    expect(limitLength([{ text: "corto ", marked: false }], 5)).toEqual({ segments: [{ text: "corto ", marked: false }], cut: false });
  });
});

describe("snippetHtml", () => {
  it("puts … where the text goes on and between excerpts, and escapes before marking", () => {
    expect(snippetHtml([excerpt("el [lavado] <b> & \"x\"", true, true), excerpt("las [redes] de [lavado]", true, false)], 400)).toBe(
      "… el <mark>lavado</mark> &lt;b&gt; &amp; &quot;x&quot; … las <mark>redes</mark> de <mark>lavado</mark>",
    );
  });

  it("adds no … around a text shown whole", () => {
    expect(snippetHtml([excerpt("Análisis de [186] casos.")], 400)).toBe("Análisis de <mark>186</mark> casos.");
  });

  it("shares the length between excerpts and says where each was shortened", () => {
    const long = `[niños] ${"palabra ".repeat(40)}`;
    const html = snippetHtml([excerpt(long), excerpt(long, true)], 60);
    expect(html).toMatch(/^<mark>niños<\/mark> (palabra ){2,3}… <mark>niños<\/mark>( palabra){2,3} …$/);
    expect(html.replace(/<\/?mark>/g, "").length).toBeLessThanOrEqual(60 + 6);
  });

  it("cuts one enormous word and says so", () => {
    expect(snippetHtml([excerpt(`[${"x".repeat(5_000)}]`)], 20)).toBe(`<mark>${"x".repeat(20)}</mark> …`);
  });
});

describe("leadSnippet", () => {
  it("shows the beginning of the text between words, with … only when it goes on", () => {
    expect(leadSnippet("Las zonas francas facilitan la inversión", true, 25)).toBe("Las zonas francas …");
    expect(leadSnippet("Corto.", false)).toBe("Corto.");
  });
});

describe("excerptBounds", () => {
  it("tells whether an excerpt is where the text starts or ends, whitespace aside", () => {
    const head = "Las zonas francas\n\nfacilitan la inversión";
    expect(excerptBounds("Las zonas  francas facilitan", head, "fin del texto.")).toEqual({ cutBefore: false, cutAfter: true });
    expect(excerptBounds("zonas francas", head, "fin del texto.")).toEqual({ cutBefore: true, cutAfter: true });
    expect(excerptBounds("del texto.", head, "el fin del\ntexto.")).toEqual({ cutBefore: true, cutAfter: false });
  });

  it("does not count punctuation around the first and last word as more text", () => {
    // ts_headline's excerpts run from word to word: "estuary" is where "… estuary." ends.
    const text = "«Harbor survey of the estuary.»";
    expect(excerptBounds("Harbor survey of the estuary", text, text)).toEqual({ cutBefore: false, cutAfter: false });
    expect(excerptBounds("survey of the", text, text)).toEqual({ cutBefore: true, cutAfter: true });
  });
});
