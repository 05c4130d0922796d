import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render";

describe("renderMarkdown", () => {
  it("renders headings, lists, emphasis, tables and links", () => {
    const html = renderMarkdown(
      "## Approach\n\n- one\n- **two**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[site](https://example.org)",
    );
    expect(html).toContain("<h2>Approach</h2>");
    expect(html).toContain("<li><strong>two</strong></li>");
    expect(html).toContain("<table>");
    expect(html).toContain('<a href="https://example.org">site</a>');
  });

  it.each([
    ['<script>alert("x")</script>', /<script/i],
    ['<iframe src="https://example.org"></iframe>', /<iframe/i],
    ['<img src=x onerror="alert(1)">', /onerror/i],
    ["[click](javascript:alert(1))", /javascript:/i],
    ["[click](JaVaScRiPt:alert(1))", /javascript:/i],
    ["[x](data:text/html;base64,PHNjcmlwdD4=)", /data:/i],
    ['<a href="https://example.org" onclick="steal()">x</a>', /onclick/i],
    ['<div style="background:url(javascript:alert(1))">x</div>', /style=/i],
  ])("removes dangerous markup: %s", (source, forbidden) => {
    const html = renderMarkdown(`Text before.\n\n${source}\n\nText after.`);
    expect(html).not.toMatch(forbidden);
    expect(html).toContain("Text after.");
  });

  it("escapes text that looks like markup inside code", () => {
    expect(renderMarkdown("`<b>bold</b>`")).toContain("<code>&#x3C;b>bold&#x3C;/b></code>");
  });
});

describe("renderMarkdown cache", () => {
  it("returns the same HTML for a repeated source and renders edits afresh", () => {
    const first = renderMarkdown("# One");
    expect(renderMarkdown("# One")).toBe(first);
    expect(renderMarkdown("# Two")).toBe("<h1>Two</h1>");
  });

  it("keeps working past its size limit", () => {
    for (let i = 0; i < 400; i++) expect(renderMarkdown(`item ${i}`)).toBe(`<p>item ${i}</p>`);
    expect(renderMarkdown("item 0")).toBe("<p>item 0</p>");
  });
});
