import { describe, expect, it } from "vitest";
import { accessNoticePath, accessNoticeUrl, noticePath, noticeUrl } from "./notice-links";

describe("noticePath", () => {
  it("sends reviewers to their queue, authors who must act to the editor, others to the document", () => {
    expect(noticePath("SUBMITTED", "water")).toBe("/review");
    expect(noticePath("CHANGES_REQUESTED", "water")).toBe("/documents/water/edit");
    expect(noticePath("REJECTED", "water")).toBe("/documents/water/edit");
    expect(noticePath("PUBLISHED", "water")).toBe("/documents/water");
    expect(noticePath("ARCHIVED", "water")).toBe("/documents/water");
    expect(noticePath("UNPUBLISHED", "water")).toBe("/documents/water");
  });

  it("keeps an unexpected slug inside its path segment", () => {
    expect(noticePath("PUBLISHED", "a/../b?c")).toBe("/documents/a%2F..%2Fb%3Fc");
  });
});

describe("noticeUrl", () => {
  it("prefixes the origin (without a trailing slash) and the locale", () => {
    expect(noticeUrl("https://puente.example/", "es", "PUBLISHED", "agua")).toBe("https://puente.example/es/documents/agua");
    expect(noticeUrl("https://puente.example", "en", "SUBMITTED", "agua")).toBe("https://puente.example/en/review");
  });
});

describe("accessNoticePath", () => {
  const contributor = { kind: "CONTRIBUTOR", organizationSlug: null } as const;
  const membership = { kind: "MEMBERSHIP", organizationSlug: "a/b" } as const;

  it("sends the people who decide to the admin page holding the request", () => {
    expect(accessNoticePath("ACCESS_REQUESTED", contributor)).toBe("/admin/users#access-requests");
    expect(accessNoticePath("ACCESS_REQUESTED", membership)).toBe("/admin/organizations/a%2Fb#access-requests");
  });

  it("sends the requester to what was granted, or back to their requests", () => {
    expect(accessNoticePath("ACCESS_GRANTED", contributor)).toBe("/documents/new");
    expect(accessNoticePath("ACCESS_GRANTED", membership)).toBe("/organizations/a%2Fb");
    expect(accessNoticePath("ACCESS_DECLINED", membership)).toBe("/documents/new");
    expect(accessNoticeUrl("https://puente.example/", "es", "ACCESS_DECLINED", contributor)).toBe("https://puente.example/es/documents/new");
  });
});
