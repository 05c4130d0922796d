import { z } from "zod";
import { emailSchema } from "./auth";
import { tokenSchema } from "./text";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The email and token of an emailed link, from the page's URL; null when they are malformed. */
export function parseLinkParams(query: Record<string, string | string[] | undefined>): { email: string; token: string } | null {
  const parsed = z
    .object({ email: emailSchema, token: tokenSchema })
    .safeParse({ email: first(query.email), token: first(query.token) });
  return parsed.success ? parsed.data : null;
}
