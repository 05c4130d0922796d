// Schemas for access requests: a member asks for contributor access or to join an organization,
// with a short optional message; an admin accepts or declines. Messages are catalog keys under
// Errors.
import { z } from "zod";
import { recordIdSchema } from "./admin";

export const ACCESS_REQUEST_MESSAGE_MAX = 500;

// C0 and C1 controls except tab and line breaks, lone UTF-16 surrogates, and the bidi embedding,
// override and isolate characters, which would make the message display reversed to its reader.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const message = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(ACCESS_REQUEST_MESSAGE_MAX, "access_message_too_long")
    .refine((value) => !forbidden.test(value), "message_invalid_characters")
    .optional(),
);

export const accessRequestSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("CONTRIBUTOR"), message }),
    z.object({ kind: z.literal("MEMBERSHIP"), organizationId: z.preprocess(blankToUndefined, recordIdSchema.optional()).pipe(z.string("organization_choose")), message }),
  ],
  { error: "not_found" },
);

export type AccessRequestInput = z.infer<typeof accessRequestSchema>;

export const accessDecisionSchema = z.object({
  requestId: recordIdSchema,
  decision: z.enum(["accept", "decline"]),
});
