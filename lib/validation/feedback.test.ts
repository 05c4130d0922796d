import { describe, expect, it } from "vitest";
import { FEEDBACK_COMMENT_MAX, FEEDBACK_REASON_MAX, feedbackSchema, moderateFeedbackSchema, reportFeedbackSchema } from "./feedback";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("feedbackSchema", () => {
  it("reads the rating from the radio group's text and leaves a blank comment out", () => {
    expect(feedbackSchema.parse({ documentId: "doc1", rating: "4", comment: "  " })).toEqual({ documentId: "doc1", rating: 4 });
    expect(feedbackSchema.parse({ documentId: "doc1", rating: "1", comment: " Useful.\nThanks " })).toEqual({ documentId: "doc1", rating: 1, comment: "Useful.\nThanks" });
  });

  it("asks for a rating from 1 to 5", () => {
    for (const rating of [undefined, "", "0", "6", "4.5", "five", 4]) {
      expect(errorsOf(feedbackSchema.safeParse({ documentId: "doc1", rating })), String(rating)).toEqual(["rating: rating_required"]);
    }
  });

  it("refuses NUL, other control characters, lone surrogates and bidi overrides in a comment, and overlong ones", () => {
    for (const char of ["\u0000", "\u0007", "\u009b", "\ud800", "\u202e", "\u2066"]) {
      expect(errorsOf(feedbackSchema.safeParse({ documentId: "doc1", rating: "3", comment: `ok${char}ok` })), JSON.stringify(char)).toEqual(["comment: text_invalid_characters"]);
    }
    expect(errorsOf(feedbackSchema.safeParse({ documentId: "doc1", rating: "3", comment: "x".repeat(FEEDBACK_COMMENT_MAX + 1) }))).toEqual(["comment: feedback_comment_too_long"]);
    expect(feedbackSchema.safeParse({ documentId: "doc1", rating: "3", comment: "x".repeat(FEEDBACK_COMMENT_MAX) }).success).toBe(true);
  });

  it("takes only an identifier as the document", () => {
    for (const documentId of ["", "a'b", "doc\u0000", "x".repeat(51)]) {
      expect(errorsOf(feedbackSchema.safeParse({ documentId, rating: "3" })), documentId).toEqual(["documentId: value_invalid"]);
    }
  });
});

describe("moderation schemas", () => {
  it("needs a reason to hide, and bounds it; showing again needs none", () => {
    const hide = (reason: string) => moderateFeedbackSchema.safeParse({ intent: "hide", feedbackId: "f1", reason });
    expect(errorsOf(hide("  "))).toEqual(["reason: hide_reason_required"]);
    expect(errorsOf(hide("x".repeat(FEEDBACK_REASON_MAX + 1)))).toEqual(["reason: feedback_reason_too_long"]);
    expect(errorsOf(hide("spam\u202e"))).toEqual(["reason: text_invalid_characters"]);
    expect(hide(" Advertising\n").data).toEqual({ intent: "hide", feedbackId: "f1", reason: "Advertising" });
    expect(moderateFeedbackSchema.parse({ intent: "show", feedbackId: "f1", reason: "ignored" })).toEqual({ intent: "show", feedbackId: "f1" });
    expect(errorsOf(moderateFeedbackSchema.safeParse({ intent: "delete", feedbackId: "f1" }))).toEqual(["intent: not_found"]);
  });

  it("takes a report with or without a reason", () => {
    expect(reportFeedbackSchema.parse({ feedbackId: "f1", reason: "" })).toEqual({ feedbackId: "f1" });
    expect(reportFeedbackSchema.parse({ feedbackId: "f1", reason: "Misleading" })).toEqual({ feedbackId: "f1", reason: "Misleading" });
    expect(errorsOf(reportFeedbackSchema.safeParse({ feedbackId: "f1\u0000" }))).toEqual(["feedbackId: value_invalid"]);
  });
});
