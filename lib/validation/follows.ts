// Following: what a member follows (a focus area, an organization, a tag, or a saved search
// given as the search page's URL parameters), how often they hear of it, and the one-click
// unsubscribe link's parameters. Messages are catalog keys under Errors.
import { z } from "zod";
import { DigestFrequency } from "@/lib/generated/prisma/enums";
import { tagSchema } from "./document";
import { idSchema, plainText, textCodes, tokenSchema } from "./text";

/** Subscriptions one member may hold: enough for anyone's work, bounded for the job. */
export const FOLLOWS_MAX = 100;
const SEARCH_MAX = 1000;

const frequency = z.enum(DigestFrequency, "frequency_invalid");

export const followSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("FOCUS_AREA"), focusAreaId: idSchema, frequency }),
    z.object({ kind: z.literal("ORGANIZATION"), organizationId: idSchema, frequency }),
    z.object({ kind: z.literal("TAG"), tag: tagSchema, frequency }),
    // The search page's query string; read like the search page reads its URL.
    z.object({ kind: z.literal("SEARCH"), search: plainText(z.string(textCodes.invalid)).max(SEARCH_MAX, "search_invalid"), frequency }),
  ],
  { error: "follow_invalid" },
);
export type FollowInput = z.infer<typeof followSchema>;

export const subscriptionChangeSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("frequency"), subscriptionId: idSchema, frequency }),
    z.object({ intent: z.literal("unfollow"), subscriptionId: idSchema }),
  ],
  { error: "not_found" },
);

/** The unsubscribe link: the subscription and its key. */
export const unsubscribeSchema = z.object({ s: idSchema, t: tokenSchema }, textCodes.invalid);
