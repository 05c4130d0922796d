import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from "d3-scale";
import type { JSX } from "react";

export interface BarDatum {
  key: string;
  label: string;
  value: number;
}

export interface BarChartProps {
  id: string;
  title: string;
  summary: string;
  data: BarDatum[];
  formatValue: (value: number) => string;
  /**
   * "wide" puts labels beside the bars; "narrow" (phones) above them, in a viewBox about as wide
   * as a phone's column so text keeps its size. The page shows one or the other by width.
   */
  layout?: "wide" | "narrow";
}

interface Geometry {
  width: number;
  labelWidth: number;
  rowHeight: number;
  maxLabelChars: number;
  /** Space above each bar for its label (narrow layout). */
  labelAbove: number;
}

const geometries: Record<"wide" | "narrow", Geometry> = {
  wide: { width: 560, labelWidth: 184, rowHeight: 32, maxLabelChars: 22, labelAbove: 0 },
  narrow: { width: 320, labelWidth: 0, rowHeight: 44, maxLabelChars: 40, labelAbove: 18 },
};
// Room for the value label past the end of the longest bar (on either side when some are negative).
const VALUE_PAD = 68;
const MARGIN_TOP = 8;
const AXIS_HEIGHT = 28;
// Plain hex rather than CSS variables so print and forced light backgrounds keep them; both are ≥ 4.5:1 on white.
const POSITIVE = "#1d4ed8";
const NEGATIVE = "#b45309";
const TEXT = "#1e293b";
const GRID = "#e2e8f0";

// One decimal keeps the markup short without visibly moving anything.
const round = (n: number) => Math.round(n * 10) / 10;

function truncateLabel(label: string, max: number): string {
  // Array.from counts code points, so an accent or emoji is never cut in half.
  const chars = Array.from(label);
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : label;
}

function buildScales(data: BarDatum[], height: number, g: Geometry) {
  const values = data.map((d) => d.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  // d3 would centre an all-zero [0, 0] domain on one tick; a 0–1 axis keeps the zero line at the left.
  const domain: [number, number] = lo === hi ? [0, 1] : [lo, hi];
  // Without a label column, the first tick's label needs room at the left edge.
  const left = g.labelWidth + (lo < 0 ? VALUE_PAD : g.labelWidth > 0 ? 4 : 14);
  const { x, ticks } = niceAxis(scaleLinear().domain(domain).range([left, g.width - VALUE_PAD]));
  // Each band holds the bar and, in the narrow layout, the label above it.
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([MARGIN_TOP, height - AXIS_HEIGHT])
    .paddingInner(0.25)
    .paddingOuter(0.125);
  return { x, y, ticks };
}

function niceAxis(base: ScaleLinear<number, number>) {
  // d3 treats the count as a hint; ask for fewer until the axis has 3–5 labels so they never
  // crowd, and nice the domain with that same count so the last gridline closes the plot.
  for (const count of [5, 4, 3, 2]) {
    const x = base.copy().nice(count);
    const ticks = x.ticks(count);
    if (ticks.length >= 3 && ticks.length <= 5) return { x, ticks };
  }
  const x = base.copy().nice(3);
  return { x, ticks: x.ticks(3) };
}

interface AxisProps {
  x: ScaleLinear<number, number>;
  ticks: number[];
  height: number;
  formatValue: (v: number) => string;
}

function Axis({ x, ticks, height, formatValue }: AxisProps) {
  const bottom = height - AXIS_HEIGHT;
  return (
    <g fontSize={13} fill={TEXT}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={round(x(tick))} x2={round(x(tick))} y1={MARGIN_TOP} y2={bottom} stroke={GRID} />
          <text data-part="tick" x={round(x(tick))} y={bottom + 18} textAnchor="middle">
            {formatValue(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

interface RowProps {
  datum: BarDatum;
  x: ScaleLinear<number, number>;
  y: ScaleBand<string>;
  g: Geometry;
  formatValue: (v: number) => string;
}

function BarRow({ datum, x, y, g, formatValue }: RowProps) {
  const band = y(datum.key) ?? 0;
  const top = band + g.labelAbove;
  const barHeight = y.bandwidth() - g.labelAbove;
  const middle = round(top + barHeight / 2);
  const zero = x(0);
  const end = x(datum.value);
  const negative = datum.value < 0;
  const shown = truncateLabel(datum.label, g.maxLabelChars);
  const above = g.labelAbove > 0;
  return (
    <g>
      <text
        x={above ? 4 : g.labelWidth - 8}
        y={above ? round(band + g.labelAbove - 5) : middle}
        dy={above ? undefined : "0.35em"}
        textAnchor={above ? "start" : "end"}
        fontSize={14}
        fill={TEXT}
      >
        {shown !== datum.label && <title>{datum.label}</title>}
        {shown}
      </text>
      <rect
        data-part="bar"
        data-key={datum.key}
        x={round(Math.min(zero, end))}
        y={round(top)}
        width={round(Math.abs(end - zero))}
        height={round(barHeight)}
        fill={negative ? NEGATIVE : POSITIVE}
      />
      {/* Negative values read outward too: the label sits past the bar's left end. */}
      <text x={round(end + (negative ? -6 : 6))} y={middle} dy="0.35em" textAnchor={negative ? "end" : "start"} fontSize={13} fill={TEXT}>
        {formatValue(datum.value)}
      </text>
    </g>
  );
}

export function BarChart({ id, title, summary, data, formatValue, layout = "wide" }: BarChartProps): JSX.Element | null {
  if (data.length === 0) return null;
  const g = geometries[layout];
  const height = MARGIN_TOP + data.length * g.rowHeight + AXIS_HEIGHT;
  const { x, y, ticks } = buildScales(data, height, g);
  return (
    <svg
      viewBox={`0 0 ${g.width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="print:break-inside-avoid"
      style={{ maxWidth: "100%", height: "auto" }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      <Axis x={x} ticks={ticks} height={height} formatValue={formatValue} />
      {data.map((datum) => (
        <BarRow key={datum.key} datum={datum} x={x} y={y} g={g} formatValue={formatValue} />
      ))}
      {/* Drawn after the bars so the baseline stays visible where they meet it. */}
      <line data-part="zero-line" x1={round(x(0))} x2={round(x(0))} y1={MARGIN_TOP} y2={height - AXIS_HEIGHT} stroke={TEXT} strokeWidth={1.5} />
    </svg>
  );
}
