// What a member can follow, and the one key per target that makes following twice impossible.
// A saved search is kept as the search page's canonical URL parameters (q and filters; no page
// or sort), so the same search saved twice is one subscription, and its link reopens it.
import type { DigestFrequency, FollowKind } from "@/lib/generated/prisma/enums";
import { parseSearchPageParams, toSearchParams } from "@/lib/validation/search";

export type { DigestFrequency, FollowKind };
export const digestFrequencies = ["IMMEDIATE", "DAILY", "WEEKLY"] as const satisfies readonly DigestFrequency[];

export type FollowTarget =
  | { kind: "FOCUS_AREA"; focusAreaId: string }
  | { kind: "ORGANIZATION"; organizationId: string }
  | { kind: "TAG"; tag: string }
  | { kind: "SEARCH"; search: string };

/** A saved search's canonical form: what the search page would show, without paging or sort. */
export function canonicalSearch(query: string | URLSearchParams): string {
  const request = parseSearchPageParams(typeof query === "string" ? new URLSearchParams(query) : query);
  const params = toSearchParams({ ...request, page: 1, sort: "relevance" });
  params.delete("sort");
  return params.toString();
}

export function targetKey(target: FollowTarget): string {
  switch (target.kind) {
    case "FOCUS_AREA":
      return `area:${target.focusAreaId}`;
    case "ORGANIZATION":
      return `org:${target.organizationId}`;
    case "TAG":
      return `tag:${target.tag}`;
    case "SEARCH":
      return `search:${target.search}`;
  }
}

/** The target's columns on a Subscription row (the others stay null). */
export function targetColumns(target: FollowTarget) {
  return {
    kind: target.kind,
    targetKey: targetKey(target),
    focusAreaId: target.kind === "FOCUS_AREA" ? target.focusAreaId : null,
    organizationId: target.kind === "ORGANIZATION" ? target.organizationId : null,
    tag: target.kind === "TAG" ? target.tag : null,
    search: target.kind === "SEARCH" ? target.search : null,
  };
}
