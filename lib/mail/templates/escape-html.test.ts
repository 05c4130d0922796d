import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("escapes an ampersand first, so existing entities are not double-decoded", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
  });

  it("leaves ordinary text, including non-ASCII, unchanged", () => {
    expect(escapeHtml("Coalición Estados Unidos–Colombia")).toBe("Coalición Estados Unidos–Colombia");
  });

  it("makes a URL safe inside a double-quoted href", () => {
    const url = 'https://example.org/a?x=1&y="><script>';
    expect(escapeHtml(url)).toBe("https://example.org/a?x=1&amp;y=&quot;&gt;&lt;script&gt;");
  });
});
