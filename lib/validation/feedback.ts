// Schemas for stakeholder feedback: a member's rating (1-5) and optional comment on a
// document, a moderator hiding or showing a comment, and a member reporting one. Messages are
// catalog keys under Errors.
import { z } from "zod";
import { idSchema, longText, optional, singleLine, textCodes } from "./text";

export const FEEDBACK_COMMENT_MAX = 2000;
export const FEEDBACK_REASON_MAX = 300;
export const RATINGS = [1, 2, 3, 4, 5] as const;

export const feedbackSchema = z.object(
  {
    documentId: idSchema,
    // A radio group sends the digit as text, or nothing when none is chosen.
    rating: z.enum(["1", "2", "3", "4", "5"], "rating_required").transform(Number),
    comment: optional(longText({ max: FEEDBACK_COMMENT_MAX, tooLong: "feedback_comment_too_long" })),
  },
  textCodes.invalid,
);
export type FeedbackInput = z.infer<typeof feedbackSchema>;

/** A moderator hides a comment (with a reason) or shows it again: which button was pressed is the intent. */
export const moderateFeedbackSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("hide"),
      feedbackId: idSchema,
      reason: singleLine({ max: FEEDBACK_REASON_MAX, min: 1, required: "hide_reason_required", tooLong: "feedback_reason_too_long" }),
    }),
    z.object({ intent: z.literal("show"), feedbackId: idSchema }),
  ],
  { error: "not_found" },
);

export const reportFeedbackSchema = z.object(
  {
    feedbackId: idSchema,
    reason: optional(singleLine({ max: FEEDBACK_REASON_MAX, tooLong: "feedback_reason_too_long" })),
  },
  textCodes.invalid,
);
