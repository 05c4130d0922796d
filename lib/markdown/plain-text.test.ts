import { describe, expect, it } from "vitest";
import { plainTextHtml } from "./plain-text";

describe("plainTextHtml", () => {
  it("keeps paragraphs and lines, and escapes everything that could be markup", () => {
    const html = plainTextHtml('First <script>alert("x")</script> & more\nsecond line\r\n\r\n  \n<img src=x onerror=\'y\'>\n');
    expect(html).toBe(
      '<p>First &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more<br>\nsecond line</p>\n<p>&lt;img src=x onerror=&#39;y&#39;&gt;</p>',
    );
  });

  it("gives nothing for blank text", () => {
    expect(plainTextHtml(" \n\n \n")).toBe("");
  });

  it("lets a browser break long runs of text, without splitting a character or an escape", () => {
    const run = `${"ab<".repeat(30)}😀${"x".repeat(70)}`;
    const html = plainTextHtml(`short words stay whole ${run}`);
    const pieces = html.slice("<p>short words stay whole ".length, -"</p>".length).split("<wbr>");
    const characters = Array.from(run); // 64 characters a piece, the emoji counting as one
    expect(pieces.map((piece) => piece.replaceAll("&lt;", "<"))).toEqual([0, 64, 128].map((at) => characters.slice(at, at + 64).join("")));
    expect(html).not.toMatch(/<(?!p>|\/p>|wbr>)/);
  });
});
