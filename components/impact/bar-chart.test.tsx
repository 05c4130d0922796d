// Renders the chart as the server sends it and reads the geometry back out of the markup, so a
// broken scale, a lost label or a missing accessible name fails here rather than on the page.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type BarDatum, BarChart } from "./bar-chart";

const format = (value: number) => `#${value}`;

function render(data: BarDatum[], formatValue = format) {
  return renderToStaticMarkup(<BarChart id="chart" title="Documents by year" summary="2024 had the most." data={data} formatValue={formatValue} />);
}

function attr(tag: string, name: string): number {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  if (!match?.[1]) throw new Error(`no ${name} in ${tag}`);
  return Number(match[1]);
}

function bar(html: string, key: string) {
  const tag = new RegExp(`<rect[^>]*data-key="${key}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`no bar for ${key}`);
  return { x: attr(tag, "x"), width: attr(tag, "width") };
}

function tickLabels(html: string) {
  return [...html.matchAll(/<text data-part="tick"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

function zeroLine(html: string): number {
  const tag = /<line[^>]*data-part="zero-line"[^>]*>/.exec(html)?.[0];
  if (!tag) throw new Error("no zero line");
  return attr(tag, "x1");
}

describe("BarChart", () => {
  it("draws bar widths in proportion to the values, from the zero line", () => {
    const html = render([
      { key: "a", label: "A", value: 50 },
      { key: "b", label: "B", value: 100 },
      { key: "c", label: "C", value: 25 },
    ]);
    const [a, b, c] = [bar(html, "a"), bar(html, "b"), bar(html, "c")];
    expect(a.width / b.width).toBeCloseTo(0.5, 2);
    expect(c.width / b.width).toBeCloseTo(0.25, 2);
    expect(a.x).toBe(zeroLine(html));
    expect(b.x).toBe(zeroLine(html));
  });

  it("extends a negative value's bar left of the zero line", () => {
    const html = render([
      { key: "up", label: "Up", value: 40 },
      { key: "down", label: "Down", value: -20 },
    ]);
    const zero = zeroLine(html);
    const down = bar(html, "down");
    expect(down.width).toBeGreaterThan(0);
    expect(down.x + down.width).toBeCloseTo(zero, 1);
    expect(down.x).toBeLessThan(zero);
    expect(bar(html, "up").x).toBe(zero);
    expect(down.width / bar(html, "up").width).toBeCloseTo(0.5, 2);
    expect(html).toContain('fill="#b45309"');
  });

  it("names the image through its own title and description", () => {
    const html = render([{ key: "a", label: "A", value: 3 }]);
    expect(html).toMatch(/^<svg[^>]*role="img"/);
    const labelledBy = /aria-labelledby="([^"]*)"/.exec(html)?.[1];
    expect(labelledBy).toBe("chart-title chart-desc");
    expect(html).toContain('<title id="chart-title">Documents by year</title>');
    expect(html).toContain('<desc id="chart-desc">2024 had the most.</desc>');
    expect(html).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(html).not.toMatch(/<a[\s>]|tabindex/i);
  });

  it("truncates long labels and keeps the full text in a title", () => {
    const long = "Competitiveness and productive development";
    const html = render([
      { key: "long", label: long, value: 5 },
      { key: "short", label: "Trade", value: 2 },
    ]);
    expect(html).toContain(`<title>${long}</title>Competitiveness and p…</text>`);
    expect(html).not.toContain(`</title>${long}<`);
    expect(html).toContain(">Trade</text>");
    expect(html).not.toContain("<title>Trade</title>");
  });

  it("renders nothing for no data", () => {
    expect(render([])).toBe("");
  });

  it("draws all-zero data without NaN, on a readable 0–1 axis", () => {
    const html = render([
      { key: "a", label: "A", value: 0 },
      { key: "b", label: "B", value: 0 },
    ]);
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(bar(html, "a").width).toBe(0);
    expect(html).toContain(">#0</text>");
    // d3 alone would centre a [0, 0] domain and give it a single tick.
    expect(tickLabels(html)).toEqual(["#0", "#0.5", "#1"]);
  });

  it("labels the 3–5 axis ticks and the bar values through formatValue", () => {
    const html = render([{ key: "a", label: "A", value: 1234 }], (value) => `${value.toLocaleString("es-CO")} docs`);
    const ticks = tickLabels(html);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.every((tick) => tick?.endsWith(" docs"))).toBe(true);
    expect(ticks[0]).toBe("0 docs");
    // The domain is niced to the ticks, so the longest bar never runs past the last label.
    expect(ticks.at(-1)).toBe("1.500 docs");
    expect(html).toContain(">1.234 docs</text>");
  });
  it("puts each label above its bar in the phone layout, in a phone-wide viewBox", () => {
    const html = renderToStaticMarkup(
      <BarChart id="n" title="T" summary="S" data={[{ key: "a", label: "Organización de la sociedad civil del Pacífico", value: 10 }]} formatValue={String} layout="narrow" />,
    );
    expect(html).toMatch(/viewBox="0 0 320 /);
    const labelY = Number(/<text x="4" y="([\d.]+)" text-anchor="start"[^>]*><title>Organización de la sociedad civil del Pacífico<\/title>/.exec(html)?.[1]);
    const barY = Number(/data-part="bar"[^>]*\sy="([\d.]+)"/.exec(html)?.[1]);
    expect(labelY).toBeGreaterThan(0);
    expect(labelY).toBeLessThan(barY);
  });
});
