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
});
