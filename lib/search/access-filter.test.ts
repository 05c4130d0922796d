import { describe, expect, it } from "vitest";
import { can } from "@/lib/policies/can";
import type { Viewer } from "@/lib/policies/viewer";
import { embargoDate, matrixCases } from "@/lib/testing/access-matrix";
import { searchAccessFilter } from "./access-filter";
import { matchesFilter } from "./filter";

const user = (id: string, role: "MEMBER" | "CONTRIBUTOR" | "REVIEWER" | "ADMIN", extra: Partial<Extract<Viewer, { kind: "user" }>> = {}): Viewer => ({
  kind: "user", id, role, verified: true, organizationIds: [], adminOrganizationIds: [], reviewerFocusAreaIds: [], ...extra,
});

const viewers: Viewer[] = [
  { kind: "anonymous" },
  user("member", "MEMBER"),
  user("unverified", "MEMBER", { verified: false }),
  user("org-a-member", "MEMBER", { organizationIds: ["org-a"] }),
  user("org-b-member", "MEMBER", { organizationIds: ["org-b"] }),
  user("author", "CONTRIBUTOR", { organizationIds: ["org-b"] }),
  user("reviewer", "REVIEWER"),
  user("other-reviewer", "REVIEWER", { reviewerFocusAreaIds: ["other-area"] }),
  user("admin", "ADMIN"),
];

describe("searchAccessFilter", () => {
  it("finds exactly the published documents can() lets each viewer read", () => {
    const now = Date.now();
    for (const c of matrixCases.filter((m) => m.status === "PUBLISHED" && m.pending === "NONE")) {
      const embargo = embargoDate(c.embargo, now);
      const doc = { status: c.status, pendingState: c.pending, visibility: c.visibility, embargoUntil: embargo, organizationId: "org-a", contributorId: "author", focusAreaIds: ["own-area"] };
      const values = { visibility: c.visibility, embargoUntil: embargo?.getTime() ?? null, organizationId: "org-a", contributorId: "author", focusAreaIds: ["own-area"] };
      for (const viewer of viewers) {
        const label = `${c.visibility} ${c.embargo} ${viewer.kind === "user" ? viewer.id : "anonymous"}`;
        expect(matchesFilter(searchAccessFilter(viewer, now), values), label).toBe(can(viewer, "view", doc, new Date(now)));
      }
    }
  });

  it("is a constant for the two ends of the scale", () => {
    expect(searchAccessFilter(user("admin", "ADMIN"))).toBe(true);
    expect(searchAccessFilter({ kind: "anonymous" }, 1000)).toEqual({
      all: [{ field: "visibility", in: ["PUBLIC"] }, { any: [{ field: "embargoUntil", isNull: true }, { field: "embargoUntil", lte: 1000 }] }],
    });
  });
});
