import { describe, expect, it } from "vitest";
import { nextDueAt } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("nextDueAt", () => {
  it("sends immediate digests at once", () => {
    expect(nextDueAt("IMMEDIATE", at("2026-12-07T03:04:05Z"))).toEqual(at("2026-12-07T03:04:05Z"));
  });

  it("sends daily digests at the next 12:00 UTC", () => {
    expect(nextDueAt("DAILY", at("2026-12-07T03:00:00Z"))).toEqual(at("2026-12-07T12:00:00Z"));
    expect(nextDueAt("DAILY", at("2026-12-07T12:00:00Z"))).toEqual(at("2026-12-08T12:00:00Z"));
    expect(nextDueAt("DAILY", at("2026-12-31T13:00:00Z"))).toEqual(at("2027-01-01T12:00:00Z"));
  });

  it("sends weekly digests on the next Monday at 12:00 UTC", () => {
    // 2026-12-07 is a Monday.
    expect(nextDueAt("WEEKLY", at("2026-12-07T03:00:00Z"))).toEqual(at("2026-12-07T12:00:00Z"));
    expect(nextDueAt("WEEKLY", at("2026-12-07T12:30:00Z"))).toEqual(at("2026-12-14T12:00:00Z"));
    expect(nextDueAt("WEEKLY", at("2026-12-12T23:00:00Z"))).toEqual(at("2026-12-14T12:00:00Z"));
  });
});
