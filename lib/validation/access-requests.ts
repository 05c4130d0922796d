// Schemas for access requests: a member asks for contributor access or to join an organization,
// with a short optional message; an admin accepts or declines. Messages are catalog keys under
// Errors.
import { z } from "zod";
import { blankToUndefined, idSchema, longText, optional, textCodes } from "./text";

export const ACCESS_REQUEST_MESSAGE_MAX = 500;

const message = optional(longText({ max: ACCESS_REQUEST_MESSAGE_MAX, tooLong: "access_message_too_long" }));

export const accessRequestSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("CONTRIBUTOR"), message }),
    z.object({ kind: z.literal("MEMBERSHIP"), organizationId: z.preprocess(blankToUndefined, idSchema.optional()).pipe(z.string("organization_choose")), message }),
  ],
  { error: "not_found" },
);

export type AccessRequestInput = z.infer<typeof accessRequestSchema>;

export const accessDecisionSchema = z.object(
  {
    requestId: idSchema,
    decision: z.enum(["accept", "decline"], "decision_invalid"),
  },
  textCodes.invalid,
);
