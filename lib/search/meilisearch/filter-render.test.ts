import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/policies/viewer";
import { searchAccessFilter } from "../access-filter";
import { all, any, matchesFilter, oneOf, type Filter, type FilterValues } from "../filter";
import { requestScope } from "../user-filters";
import { quoteValue, renderFilter } from "./filter-render";
import { evaluate, readQuoted, tokenize } from "./testing-filter-eval";

const malicious = 'x" OR visibility = "ORGANIZATION';

describe("quoteValue", () => {
  const tricky = [malicious, "plain", "", '"', "\\", '\\"', 'a\\\\"b', "back\\slash\\n", "\\u{41}", "tab\there", "ñandú 漢字", "' OR 1=1 --"];

  it.each(tricky)("decodes back to %j and stays one literal", (value) => {
    const quoted = quoteValue(value);
    expect(readQuoted(quoted, 0)).toEqual({ value, end: quoted.length });
  });

  it("escapes backslashes before quotes", () => {
    expect(quoteValue('a\\"b')).toBe('"a\\\\\\"b"');
    expect(quoteValue(malicious)).toBe('"x\\" OR visibility = \\"ORGANIZATION"');
  });
});

describe("renderFilter", () => {
  it("renders constants as booleans, never as an expression", () => {
    expect(renderFilter(true)).toBe(true);
    expect(renderFilter(false)).toBe(false);
    expect(renderFilter({ field: "tags", in: [] })).toBe(false);
    expect(renderFilter({ all: [true, { field: "tags", in: ["a"] }, false] })).toBe(false);
    expect(renderFilter({ any: [false, { field: "tags", in: ["a"] }, true] })).toBe(true);
    expect(renderFilter({ all: [] })).toBe(true);
    expect(renderFilter({ any: [] })).toBe(false);
  });

  it("renders lists, numbers, null checks and ranges", () => {
    expect(renderFilter({ field: "countries", in: ["CO", "US"] })).toBe('countries IN ["CO", "US"]');
    expect(renderFilter({ field: "year", in: [2020] })).toBe("year IN [2020]");
    expect(renderFilter({ field: "embargoUntil", isNull: true })).toBe("(embargoUntil IS NULL OR embargoUntil NOT EXISTS)");
    expect(renderFilter({ field: "embargoUntil", gt: 1000 })).toBe("embargoUntil > 1000");
    expect(renderFilter({ field: "year", gte: 2018, lte: 2020 })).toBe("(year >= 2018 AND year <= 2020)");
    expect(renderFilter({ field: "year" })).toBe("(year EXISTS AND year IS NOT NULL)");
    expect(renderFilter({ field: "focusAreaSlugs", in: ["security"] })).toBe('focusAreaSlugs IN ["security"]');
  });

  it("renders a restriction to documents on the primary key, and an empty one as nothing", () => {
    expect(renderFilter(oneOf("documentId", ["d1", 'd"2']))).toBe('id IN ["d1", "d\\"2"]');
    expect(renderFilter(oneOf("documentId", []))).toBe(false);
    const access = searchAccessFilter({ kind: "anonymous" }, 1000);
    expect(renderFilter(requestScope(access, { within: ["d1"] }))).toBe(
      '((visibility IN ["PUBLIC"] AND ((embargoUntil IS NULL OR embargoUntil NOT EXISTS) OR embargoUntil <= 1000)) AND id IN ["d1"])',
    );
    expect(renderFilter(requestScope(access, { within: [] }))).toBe(false);
    expect(renderFilter(requestScope(true, { within: [] }))).toBe(false);
  });

  it("rejects numbers a filter cannot spell", () => {
    expect(() => renderFilter({ field: "year", gt: Number.NaN })).toThrow(/out of range/);
    expect(() => renderFilter({ field: "year", in: [Infinity] })).toThrow(/out of range/);
    expect(() => renderFilter({ field: "year", lt: 1e21 })).toThrow(/out of range/);
  });

  it("renders the anonymous permission filter", () => {
    expect(renderFilter(searchAccessFilter({ kind: "anonymous" }, 1000))).toBe(
      '(visibility IN ["PUBLIC"] AND ((embargoUntil IS NULL OR embargoUntil NOT EXISTS) OR embargoUntil <= 1000))',
    );
  });

  it("keeps a malicious tag one quoted value: the filter cannot widen", () => {
    const access = searchAccessFilter({ kind: "anonymous" }, 1000);
    const rendered = renderFilter(all([access, { field: "tags", in: [malicious] }]));
    expect(typeof rendered).toBe("string");
    const tokens = tokenize(rendered as string);
    expect(tokens.filter((t) => t.kind === "value").map((t) => t.text)).toEqual(["PUBLIC", malicious]);
    const skeleton = tokens.map((t) => (t.kind === "value" ? "?" : t.text)).join(" ");
    expect(skeleton).toBe("( ( visibility IN [ ? ] AND ( ( embargoUntil IS NULL OR embargoUntil NOT EXISTS ) OR embargoUntil <= 1000 ) ) AND tags IN [ ? ] )");
    const orgDoc: FilterValues = { visibility: "ORGANIZATION", embargoUntil: null, tags: ["x"] };
    expect(evaluate(rendered as string, orgDoc)).toBe(false);
    expect(evaluate(rendered as string, { visibility: "PUBLIC", embargoUntil: null, tags: [malicious] })).toBe(true);
  });
});

describe("renderFilter agrees with matchesFilter", () => {
  const user = (extra: Partial<Extract<Viewer, { kind: "user" }>>): Viewer => ({
    kind: "user", id: "u1", role: "MEMBER", verified: true, organizationIds: [], adminOrganizationIds: [], reviewerFocusAreaIds: [], ...extra,
  });
  const viewers: Viewer[] = [
    { kind: "anonymous" }, user({}), user({ verified: false }), user({ organizationIds: ["org-a"] }),
    user({ role: "CONTRIBUTOR" }), user({ role: "REVIEWER", reviewerFocusAreaIds: ["fa-1"] }), user({ role: "ADMIN" }),
  ];
  const docs: FilterValues[] = [];
  for (const visibility of ["PUBLIC", "MEMBERS", "ORGANIZATION"]) {
    for (const embargoUntil of [null, 500, 5000]) {
      for (const organizationId of [null, "org-a", "org-b"]) {
        const documentId = `${visibility}-${embargoUntil}-${organizationId}`;
        docs.push({ documentId: `${documentId}-1`, visibility, embargoUntil, organizationId, contributorId: "u1", focusAreaIds: ["fa-1"], tags: ["t", 'q"uote'], year: 2020 });
        docs.push({ documentId: `${documentId}-2`, visibility, embargoUntil, organizationId, contributorId: "u2", focusAreaIds: ["fa-2"], tags: [], year: null });
      }
    }
  }
  const userFilters: Filter[] = [
    true, { field: "tags", in: ['q"uote'] }, { field: "year", gte: 2019, lte: 2021 }, any([{ field: "tags", in: ["t"] }, { field: "year", isNull: true }]),
    oneOf("documentId", ["PUBLIC-null-null-1", "ORGANIZATION-500-org-a-2", "MEMBERS-5000-org-b-1"]),
  ];

  it("selects the same documents for every viewer and filter", () => {
    for (const viewer of viewers) {
      for (const extra of userFilters) {
        const filter = all([searchAccessFilter(viewer, 1000), extra]);
        const rendered = renderFilter(filter);
        for (const doc of docs) {
          const expected = matchesFilter(filter, doc);
          const actual = typeof rendered === "boolean" ? rendered : evaluate(rendered, doc);
          expect(actual, `${JSON.stringify(viewer)} ${JSON.stringify(extra)} ${JSON.stringify(doc)}`).toBe(expected);
        }
      }
    }
  });
});
