import { describe, expect, it } from "vitest";
import { markAllNotificationsReadSchema, markNotificationReadSchema, notificationsPageSchema } from "./notifications";

describe("notificationsPageSchema", () => {
  it("reads a page number and falls back to 1 for anything else", () => {
    expect(notificationsPageSchema.parse("3")).toBe(3);
    expect(notificationsPageSchema.parse(["2", "5"])).toBe(2);
    for (const value of [undefined, "", "0", "-1", "1.5", "abc", "501"]) expect(notificationsPageSchema.parse(value)).toBe(1);
  });
});

describe("markNotificationReadSchema", () => {
  it("accepts one id", () => {
    expect(markNotificationReadSchema.parse({ notificationId: " abc " })).toEqual({ notificationId: "abc" });
  });

  it("refuses a missing, empty or oversized id", () => {
    for (const notificationId of [undefined, "", " ", "x".repeat(51)]) {
      expect(markNotificationReadSchema.safeParse({ notificationId }).success).toBe(false);
    }
  });
});

describe("markAllNotificationsReadSchema", () => {
  it("reads the time the page was shown", () => {
    expect(markAllNotificationsReadSchema.parse({ shownAt: "2026-01-02T03:04:05.678Z" }).shownAt).toEqual(new Date("2026-01-02T03:04:05.678Z"));
  });

  it("refuses anything but an ISO date-time", () => {
    for (const shownAt of [undefined, "", "yesterday", "2026-01-02"]) {
      expect(markAllNotificationsReadSchema.safeParse({ shownAt }).success).toBe(false);
    }
  });
});
