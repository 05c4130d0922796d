import { describe, expect, it } from "vitest";
import { canonicalSearch, targetColumns, targetKey } from "./targets";

describe("canonicalSearch", () => {
  it("keeps the query and filters in one order, without page or sort", () => {
    expect(canonicalSearch("type=REPORT&q=coca&page=4&sort=newest&country=CO")).toBe(canonicalSearch("q=coca&country=CO&type=REPORT"));
    expect(new URLSearchParams(canonicalSearch("q=coca&page=4&sort=newest"))).toEqual(new URLSearchParams("q=coca"));
  });

  it("drops what the search page would drop, and names browsing everything as nothing", () => {
    expect(canonicalSearch("type=NOPE&year=abc")).toBe("");
    expect(canonicalSearch("")).toBe("");
  });
});

describe("targets", () => {
  it("key each target by kind, so one member follows it once", () => {
    expect(targetKey({ kind: "TAG", tag: "aml" })).toBe("tag:aml");
    expect(targetKey({ kind: "FOCUS_AREA", focusAreaId: "a1" })).toBe("area:a1");
    expect(targetColumns({ kind: "ORGANIZATION", organizationId: "o1" })).toEqual({
      kind: "ORGANIZATION", targetKey: "org:o1", focusAreaId: null, organizationId: "o1", tag: null, search: null,
    });
  });
});
