import { beforeAll, describe, expect, it } from "vitest";
import { createMarkdownPool, markdownPool } from "./markdown-pool";
import { renderMarkdown } from "./render";
import { MAX_QUOTE_DEPTH } from "./shape-limits";
import { watchThread } from "@/lib/workers/testing/watch-thread";

// The workers run from source here (tsx inside each worker), which takes a second or more to
// start on a loaded machine: started once, before anything is timed.
beforeAll(() => markdownPool().warm(), 60_000);

const html = async (source: string) => (await renderMarkdown(source)).html;


describe("renderMarkdown", () => {
  it("renders headings, lists, emphasis, tables and links", async () => {
    const rendered = await renderMarkdown(
      "## Approach\n\n- one\n- **two**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[site](https://example.org)",
    );
    expect(rendered.formatted).toBe(true);
    expect(rendered.html).toContain("<h2>Approach</h2>");
    expect(rendered.html).toContain("<li><strong>two</strong></li>");
    expect(rendered.html).toContain("<table>");
    expect(rendered.html).toContain('<a href="https://example.org">site</a>');
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
  ])("removes dangerous markup: %s", async (source, forbidden) => {
    const rendered = await html(`Text before.\n\n${source}\n\nText after.`);
    expect(rendered).not.toMatch(forbidden);
    expect(rendered).toContain("Text after.");
  });

  it("escapes text that looks like markup inside code", async () => {
    expect(await html("`<b>bold</b>`")).toContain("<code>&#x3C;b>bold&#x3C;/b></code>");
  });
});

describe("renderMarkdown with hostile input", () => {
  it("stops a render that runs past its time and shows the text, escaped, without stalling this thread", async () => {
    // 60 KB of "*a_" takes minutes to parse; a script tag rides along.
    const source = `<script>alert(1)</script>\n\n${"*a_".repeat(20_000)}`;
    const started = performance.now();
    const { value: rendered, longestStallMs } = await watchThread(() => renderMarkdown(source, { timeoutMs: 1_000 }));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(longestStallMs).toBeLessThan(2_000);
    expect(rendered.formatted).toBe(false);
    expect(rendered.html.startsWith("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>*a_*a_")).toBe(true);
    expect(rendered.html).not.toMatch(/<script|<em>/);
    // The pool replaced the stopped worker and formats the next body.
    expect(await renderMarkdown("after **that**", { timeoutMs: 30_000 })).toEqual({ html: "<p>after <strong>that</strong></p>", formatted: true });
  }, 60_000);

  it("answers at once, as plain text, for quotes nested deeper than any real text", async () => {
    const source = `Intro\n\n${">".repeat(MAX_QUOTE_DEPTH + 1)} deep`; // (a long run gets break opportunities)
    const started = performance.now();
    const rendered = await renderMarkdown(source);
    expect(performance.now() - started).toBeLessThan(1_000);
    const quotes = ">".repeat(MAX_QUOTE_DEPTH + 1);
    const escaped = `${"&gt;".repeat(64)}<wbr>${"&gt;".repeat(quotes.length - 64)}`;
    expect(rendered).toEqual({ html: `<p>Intro</p>\n<p>${escaped} deep</p>`, formatted: false });
  });

  it("shares one render between concurrent requests for the same body", async () => {
    const source = "[a](".repeat(40_000);
    const started = performance.now();
    const [first, second] = await Promise.all([renderMarkdown(source, { timeoutMs: 1_000 }), renderMarkdown(source, { timeoutMs: 1_000 })]);
    expect(first).toBe(second);
    expect(first.formatted).toBe(false);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 60_000);
});

describe("renderMarkdown cache", () => {
  it("does not keep the plain text of a body that only found every worker busy", async () => {
    const pool = createMarkdownPool(1);
    await pool.warm();
    try {
      const hostile = renderMarkdown(`${"*a_".repeat(20_000)} busy`, { pool, timeoutMs: 3_000 });
      const waited = await renderMarkdown("while *busy*", { pool, timeoutMs: 300 });
      expect(waited.formatted).toBe(false);
      expect((await hostile).formatted).toBe(false);
      expect(await renderMarkdown("while *busy*", { pool, timeoutMs: 30_000 })).toEqual({ html: "<p>while <em>busy</em></p>", formatted: true });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("returns the same result for a repeated source and renders edits afresh", async () => {
    const first = await renderMarkdown("# One");
    expect(await renderMarkdown("# One")).toBe(first);
    expect(await html("# Two")).toBe("<h1>Two</h1>");
  });

  it("keeps working past its size limit", async () => {
    for (let i = 0; i < 400; i++) expect(await renderMarkdown(`item *${i}*`)).toEqual({ html: `<p>item <em>${i}</em></p>`, formatted: true });
    expect(await renderMarkdown("item *0*")).toEqual({ html: "<p>item <em>0</em></p>", formatted: true });
  }, 60_000);
});
