import { describe, expect, it } from "vitest";
import { actionsOf, embargoDate, matrixCases, matrixViewers, type MatrixViewer } from "@/lib/testing/access-matrix";
import { allowedActions, can } from "./can";
import type { Viewer } from "./viewer";

const user = (id: string, role: "MEMBER" | "CONTRIBUTOR" | "REVIEWER" | "ADMIN", extra: Partial<Extract<Viewer, { kind: "user" }>> = {}): Viewer => ({
  kind: "user", id, role, verified: true, organizationIds: [], adminOrganizationIds: [], reviewerFocusAreaIds: [], ...extra,
});

const viewers: Record<MatrixViewer, Viewer> = {
  anonymous: { kind: "anonymous" },
  member: user("member", "MEMBER"),
  orgAMember: user("org-a-member", "MEMBER", { organizationIds: ["org-a"] }),
  orgAAdmin: user("org-a-admin", "MEMBER", { organizationIds: ["org-a"], adminOrganizationIds: ["org-a"] }),
  orgBMember: user("org-b-member", "MEMBER", { organizationIds: ["org-b"] }),
  author: user("author", "CONTRIBUTOR", { organizationIds: ["org-a"] }),
  reviewer: user("reviewer", "REVIEWER"),
  otherAreaReviewer: user("other-reviewer", "REVIEWER", { reviewerFocusAreaIds: ["other-area"] }),
  admin: user("admin", "ADMIN"),
};

describe("can(): the authorization matrix", () => {
  for (const c of matrixCases) {
    describe(`${c.status} ${c.visibility} embargo:${c.embargo}`, () => {
      const doc = { status: c.status, pendingState: c.pending, visibility: c.visibility, embargoUntil: embargoDate(c.embargo), organizationId: "org-a", contributorId: "author", focusAreaIds: ["own-area"] };
      for (const name of matrixViewers) {
        it(`${name}: ${c.expected[name]}`, () => {
          expect(allowedActions(viewers[name], doc).sort()).toEqual(actionsOf(c.expected[name]));
        });
      }
    });
  }
});

describe("can(): details", () => {
  const doc = { status: "IN_REVIEW" as const, pendingState: "NONE" as const, visibility: "PUBLIC" as const, embargoUntil: null, organizationId: "org-a", contributorId: "reviewer", focusAreaIds: ["own-area"] };

  it("never lets reviewers review or publish their own work", () => {
    expect(can(viewers.reviewer, "review", doc)).toBe(false);
    expect(can(viewers.reviewer, "publish", doc)).toBe(false);
    expect(can(viewers.reviewer, "view", doc)).toBe(true);
  });

  it("lets a reviewer of the document's area review it", () => {
    const areaReviewer = user("area-reviewer", "REVIEWER", { reviewerFocusAreaIds: ["own-area"] });
    expect(can(areaReviewer, "publish", { ...doc, contributorId: "author" })).toBe(true);
  });

  it("treats an unverified account like a visitor for members-only material", () => {
    const unverified = user("new", "MEMBER", { verified: false });
    expect(can(unverified, "view", { ...doc, status: "PUBLISHED", visibility: "MEMBERS" })).toBe(false);
    expect(can(unverified, "view", { ...doc, status: "PUBLISHED", visibility: "PUBLIC" })).toBe(true);
  });

  it("stops a former contributor from editing their drafts, while they can still read them", () => {
    const demoted = user("author", "MEMBER");
    const draft = { ...doc, status: "DRAFT" as const, contributorId: "author" };
    expect(can(demoted, "edit", draft)).toBe(false);
    expect(can(demoted, "view", draft)).toBe(true);
  });

  it("lifts an embargo exactly at its date", () => {
    const embargoUntil = new Date("2030-01-01T00:00:00Z");
    const published = { ...doc, status: "PUBLISHED" as const, embargoUntil, contributorId: "author" };
    expect(can(viewers.anonymous, "view", published, new Date("2029-12-31T23:59:59Z"))).toBe(false);
    expect(can(viewers.anonymous, "view", published, embargoUntil)).toBe(true);
  });
});
