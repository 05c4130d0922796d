import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-text";

describe("markdownToText", () => {
  it("keeps the words of headings, emphasis and paragraphs, one block per line", () => {
    const source = "## The problem\n\nTrade-based money laundering is **the preferred channel**\nfor _moving_ *cocaine* ~~cash~~ proceeds. ###\n\nSetext title\n============\n";
    expect(markdownToText(source)).toBe("The problem\nTrade-based money laundering is the preferred channel for moving cocaine cash proceeds. ###\nSetext title");
  });

  it("drops list markers and task boxes, keeping each item a line", () => {
    expect(markdownToText("1. **Data matching.** Monthly exchange.\n2) Red flags\n- [x] done\n* starred\n+ plus\n  - nested")).toBe(
      "Data matching. Monthly exchange.\nRed flags\ndone\nstarred\nplus\nnested",
    );
  });

  it("turns a table into rows of cells without pipes or the delimiter row", () => {
    const table = "| Indicator | 2022 | 2023 |\n|---|:---:|--:|\n| Shipments matched | 1.2 million | 2.9 million |\n| Fondos \\| USD | 18 | 50 |";
    expect(markdownToText(table)).toBe("Indicator, 2022, 2023\nShipments matched, 1.2 million, 2.9 million\nFondos | USD, 18, 50");
  });

  it("keeps link and image text, not their addresses; autolinks keep the address", () => {
    expect(markdownToText('Anexo: [example.org/tbml](https://example.org/tbml "Título") y ![el mapa](m.png) y [ref][1] <https://a.example/x>.\n\n[1]: https://b.example'))
      .toBe("Anexo: example.org/tbml y el mapa y ref https://a.example/x.");
  });

  it("keeps code without fences or backticks, quotes without markers, and drops rules and HTML tags", () => {
    const source = "> Cita **importante**\n> > anidada\n\n```ts\nconst a = 1;\n```\n\nUse `npm ci`.\n\n---\n\n<div class=\"x\">Texto</div> &amp; más\\*";
    expect(markdownToText(source)).toBe("Cita importante anidada\nconst a = 1;\nUse npm ci.\nTexto & más*");
  });

  it("leaves underscores inside words, stars between spaces and Spanish accents alone", () => {
    expect(markdownToText("snake_case_name y 2 * 3 = 6; educación, niño, ¿qué? ¡sí!")).toBe("snake_case_name y 2 * 3 = 6; educación, niño, ¿qué? ¡sí!");
  });

  it("takes linear time on inputs that make naive patterns backtrack", () => {
    for (const hostile of ["[".repeat(200_000), "[](".repeat(66_000), "<http:".repeat(33_000), "<a ".repeat(66_000), `${" ".repeat(100_000)}x`, `# ${" ".repeat(100_000)}x`, "*a_".repeat(70_000), `|${" -".repeat(60_000)}x`, `![${"a".repeat(200_000)}`]) {
      const started = performance.now();
      markdownToText(hostile);
      expect(performance.now() - started, hostile.slice(0, 10)).toBeLessThan(1_000);
    }
  });
});
