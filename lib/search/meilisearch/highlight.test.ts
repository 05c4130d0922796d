import { describe, expect, it } from "vitest";
import { escapeHtml, fold, formattedStrings, hasHighlight, highlightedFragments, highlightedWords, POST, PRE, stripPlaceholders, toMarkedHtml } from "./highlight";

const mark = (text: string) => `${PRE}${text}${POST}`;

describe("toMarkedHtml", () => {
  it("escapes the text, then marks the matches", () => {
    expect(toMarkedHtml(`<script>alert("x")</script> & ${mark("crimson")} 'tide'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>crimson</mark> &#39;tide&#39;",
    );
  });

  it("escapes HTML inside a match too", () => {
    expect(toMarkedHtml(mark("<b>bold</b>"))).toBe("<mark>&lt;b&gt;bold&lt;/b&gt;</mark>");
  });

  it("never emits a tag for stray or unbalanced placeholders", () => {
    expect(toMarkedHtml(`a ${PRE}b ${POST}${POST} c ${PRE}`)).toBe("a <mark>b </mark> c ");
    expect(toMarkedHtml(`${PRE}${PRE}x${POST}`)).toBe("<mark>x</mark>");
  });

  it("leaves text without matches escaped only", () => {
    expect(toMarkedHtml("a < b")).toBe("a &lt; b");
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});

describe("reading highlights", () => {
  it("finds the highlighted fragments", () => {
    const formatted = `Lucha contra el ${mark("narco")}tráfico y ${mark("drug")} ${mark("trafficking")}`;
    expect(hasHighlight(formatted)).toBe(true);
    expect(highlightedFragments(formatted)).toEqual(["narco", "drug", "trafficking"]);
    expect(highlightedWords(formatted)).toEqual(["narcotráfico", "drug", "trafficking"]);
    expect(highlightedWords(`${mark("Securit")}y, ${mark("t")}-mec`)).toEqual(["Security", "t"]);
    expect(hasHighlight("plain")).toBe(false);
  });

  it("reads strings, arrays of strings and localized values of either from _formatted values", () => {
    expect(formattedStrings("a")).toEqual(["a"]);
    expect(formattedStrings(["a", 3, "b"])).toEqual(["a", "b"]);
    expect(formattedStrings({ a: 1 })).toEqual([]);
    expect(formattedStrings({ es: "título" })).toEqual(["título"]);
    expect(formattedStrings({ en: ["p1", "p2"] })).toEqual(["p1", "p2"]);
    // Objects inside arrays are no text of ours (attachmentRefs, focusAreas).
    expect(formattedStrings([{ fileName: "x" }])).toEqual([]);
  });

  it("strips placeholders from indexed text and folds words like Meilisearch", () => {
    expect(stripPlaceholders(`a${PRE}b${POST}c`)).toBe("abc");
    expect(fold("Narcotráfico ÑANDÚ")).toBe("narcotrafico nandu");
  });
});
