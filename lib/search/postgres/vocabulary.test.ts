import { describe, expect, it } from "vitest";
import { can } from "@/lib/policies/can";
import type { Viewer } from "@/lib/policies/viewer";
import { embargoDate, matrixCases } from "@/lib/testing/access-matrix";
import { searchAccessFilter } from "../access-filter";
import { matchesFilter } from "../filter";
import { documentWords, everyoneClass } from "./vocabulary";

describe("documentWords", () => {
  it("lists each folded whole word once, skipping short words and numbers", () => {
    const words = documentWords(["Educación y EDUCACIÓN rural, 2024", "educacion en el puerto de Buenaventura", "cocaína"]);
    expect(words.filter((w) => w === "educacion")).toEqual(["educacion"]);
    expect(words).toEqual(expect.arrayContaining(["rural", "puerto", "buenaventura", "cocaina"]));
    expect(words.filter((w) => w.length < 3 || /^[0-9]+$/.test(w))).toEqual([]);
  });

  it("keeps words whole: no stems, no prefixes", () => {
    expect(documentWords(["invoices"])).toEqual(["invoices"]);
  });
});

describe("the class of documents a visitor may read", () => {
  const user = (id: string, role: "MEMBER" | "CONTRIBUTOR" | "REVIEWER" | "ADMIN", extra: Partial<Extract<Viewer, { kind: "user" }>> = {}): Viewer => ({
    kind: "user", id, role, verified: true, organizationIds: [], adminOrganizationIds: [], reviewerFocusAreaIds: [], ...extra,
  });
  const viewers: Viewer[] = [
    { kind: "anonymous" }, user("member", "MEMBER"), user("unverified", "MEMBER", { verified: false }), user("org-a-member", "MEMBER", { organizationIds: ["org-a"] }),
    user("author", "CONTRIBUTOR", { organizationIds: ["org-b"] }), user("reviewer", "REVIEWER", { reviewerFocusAreaIds: ["other-area"] }), user("admin", "ADMIN"),
  ];

  it("is one every viewer may read: whatever a visitor may read, every viewer may", () => {
    const now = Date.now();
    for (const viewer of viewers) expect(matchesFilter(searchAccessFilter(viewer, now), everyoneClass)).toBe(true);
    for (const c of matrixCases.filter((m) => m.status === "PUBLISHED" && m.pending === "NONE")) {
      const doc = { status: c.status, pendingState: c.pending, visibility: c.visibility, embargoUntil: embargoDate(c.embargo, now), organizationId: "org-a", contributorId: "author", focusAreaIds: ["own-area"] };
      if (!can({ kind: "anonymous" }, "view", doc, new Date(now))) continue;
      for (const viewer of viewers) expect(can(viewer, "view", doc, new Date(now)), `${c.visibility} ${c.embargo}`).toBe(true);
    }
  });
});
