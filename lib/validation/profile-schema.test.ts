import { describe, expect, it } from "vitest";
import { profileSchema } from "./auth";

describe("profileSchema", () => {
  it("reads the feedback-email checkbox: checked is on, absent is off, anything else is refused", () => {
    expect(profileSchema.parse({ name: "Ana", locale: "es", emailFeedback: "on" })).toEqual({ name: "Ana", locale: "es", emailFeedback: true });
    expect(profileSchema.parse({ name: "Ana", locale: "es" })).toEqual({ name: "Ana", locale: "es", emailFeedback: false });
    expect(profileSchema.safeParse({ name: "Ana", locale: "es", emailFeedback: "yes\u0000" }).success).toBe(false);
  });
});
