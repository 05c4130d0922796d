import { describe, expect, it } from "vitest";
import { cleanSearchText, hasForbiddenCharacters, idSchema, longText, searchText, singleLine, tokenSchema } from "./text";

const bidi = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];
const controls = ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u000e", "\u001b", "\u001f", "\u007f", "\u0080", "\u0085", "\u009b", "\u009f"];
const surrogates = ["\ud800", "\udbff", "\udc00", "\udfff"];
const forbidden = [...controls, ...bidi, ...surrogates];
const codeOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message);

describe("hasForbiddenCharacters", () => {
  it("finds controls, bidi embeddings, overrides and isolates, and lone surrogates", () => {
    for (const char of forbidden) expect(hasForbiddenCharacters(`a${char}b`), JSON.stringify(char)).toBe(true);
  });

  it("allows tabs, line breaks, accents, emoji (paired surrogates) and the marks U+200E/U+200F", () => {
    for (const text of ["a\tb\nc\r\nd", "Años de café, ñandú", "👩🏽‍🌾 cosecha", "\u200eLRM\u200f", "“quotes” – dash", "\u00a0nbsp"]) {
      expect(hasForbiddenCharacters(text), text).toBe(false);
    }
  });
});

describe("singleLine", () => {
  const title = singleLine({ min: 1, max: 10, required: "title_required" });

  it("refuses every forbidden character with one code, before its length", () => {
    for (const char of forbidden) expect(codeOf(title.safeParse(`ok${char}${"x".repeat(20)}`)), JSON.stringify(char)).toEqual(["text_invalid_characters"]);
  });

  it("makes pasted tabs and line breaks one space, and trims", () => {
    expect(title.parse("  a\t\tb\r\nc ")).toBe("a b c");
  });

  it("names the length problems with the codes it was given", () => {
    expect(codeOf(title.safeParse("   "))).toEqual(["title_required"]);
    expect(codeOf(title.safeParse("x".repeat(11)))).toEqual(["text_too_long"]);
    expect(codeOf(title.safeParse(42))).toEqual(["value_invalid"]);
  });
});

describe("longText", () => {
  it("keeps tabs and line breaks and refuses the rest", () => {
    expect(longText({ max: 100 }).parse(" a\tb\n\nc ")).toBe("a\tb\n\nc");
    expect(longText({ max: 100, trim: false }).parse(" a\n")).toBe(" a\n");
    for (const char of forbidden) expect(codeOf(longText({ max: 100 }).safeParse(`a${char}b`))).toEqual(["text_invalid_characters"]);
  });
});

describe("search text", () => {
  it("removes forbidden characters instead of refusing the query", () => {
    expect(cleanSearchText("abc\u0000def")).toBe("abcdef");
    expect(cleanSearchText(" lavado\u202e de\u2066 activos\ud800 ")).toBe("lavado de activos");
    expect(cleanSearchText("a\tb\nc")).toBe("a b c");
    expect(searchText(200, { strict: true }).parse("\u0000")).toBe("");
  });

  it("bounds the query: an error for the API, a cut for pages", () => {
    expect(codeOf(searchText(5, { strict: true }).safeParse("abcdefg"))).toEqual(["text_too_long"]);
    expect(searchText(5, { strict: false }).parse("abcd efg")).toBe("abcd");
  });
});

describe("identifiers and tokens", () => {
  it("accept what the database and the mailer generate, nothing that could be anything else", () => {
    expect(idSchema.parse(" cmf1a2b3c0000xyz ")).toBe("cmf1a2b3c0000xyz");
    expect(tokenSchema.parse("Zm9vYmFyLWJhei1xdXV4X3R0")).toBe("Zm9vYmFyLWJhei1xdXV4X3R0");
    for (const bad of ["", "abc\u0000", "a b", "x".repeat(51), "a'b", "../x"]) expect(idSchema.safeParse(bad).success, bad).toBe(false);
    for (const bad of ["short", "abcdefghij\u0000", "abcdefghij klm", "x".repeat(201)]) expect(tokenSchema.safeParse(bad).success, bad).toBe(false);
  });
});
