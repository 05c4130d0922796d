// Schemas for the administration forms (messages are catalog keys under Errors).
import { z } from "zod";
import { MembershipRole, Sector, UserRole } from "@/lib/generated/prisma/enums";
import { emailSchema } from "./auth";
import { slugPattern } from "./browse";
import { idSchema, longText, plainText, searchText, singleLine, textCodes, tokenSchema } from "./text";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => (first(value) === "" ? undefined : first(value));
const optionalLine = (max: number) => z.preprocess(blankToUndefined, singleLine({ max }).optional());
const optionalText = (max: number) => z.preprocess(blankToUndefined, longText({ max }).optional());

export const organizationSchema = z.object({
  name: singleLine({ min: 2, max: 200, required: "name_required", tooLong: "name_too_long" }),
  slug: z.string("slug_invalid").trim().toLowerCase().min(1, "slug_invalid").max(80, "slug_invalid").regex(slugPattern, "slug_invalid"),
  acronym: optionalLine(20),
  country: z.string("country_invalid").trim().toUpperCase().regex(/^[A-Z]{2}$/, "country_invalid"),
  sector: z.enum(Sector, "sector_invalid"),
  description: optionalText(2000),
  website: z.preprocess(blankToUndefined, plainText(z.string("url_invalid").trim()).pipe(z.url({ protocol: /^https?$/, error: "url_invalid" }).max(300, "url_invalid")).optional()),
}, textCodes.invalid);

export const memberRoleSchema = z.object({
  userId: idSchema,
  role: z.enum(MembershipRole, "role_invalid"),
}, textCodes.invalid);

export const invitationSchema = z.object({
  email: emailSchema,
  organizationId: z.preprocess(blankToUndefined, idSchema.optional()),
  membershipRole: z.enum(MembershipRole, "role_invalid").default("MEMBER"),
  role: z.enum(UserRole, "role_invalid").default("MEMBER"),
}, textCodes.invalid);

/** The invitation's token; a new account's name and password are checked on their own, as fields. */
export const acceptInvitationSchema = z.object({ token: tokenSchema }, textCodes.invalid);

export const userRoleSchema = z.object({
  role: z.enum(UserRole, "role_invalid"),
  reviewerFocusAreaIds: z.array(idSchema, textCodes.invalid).max(50, "too_many_values").default([]),
}, textCodes.invalid);

export const userFiltersSchema = z.object({
  // A query is cleaned like the search page's (never stored); cleaned to nothing, it is no filter.
  q: z.preprocess(blankToUndefined, searchText(100, { strict: false }).optional()).catch(undefined),
  role: z.preprocess(blankToUndefined, z.enum(UserRole).optional()).catch(undefined),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1000).default(1)).catch(1),
}, textCodes.invalid);

// The rows an administration form acts on are named in hidden inputs, never bound into the
// action on the client (React cannot replay such a binding when it renders the answer to a form
// posted without JavaScript: see components/client-actions.test.ts). Anything that cannot be
// one of our ids is simply not found.
export const memberChangeSchema = memberRoleSchema.extend({ organizationId: idSchema, userId: idSchema });

export const memberRemovalSchema = z.object({ organizationId: idSchema, userId: idSchema }, textCodes.invalid);

export const userRoleChangeSchema = userRoleSchema.extend({ userId: idSchema });

export const userActiveSchema = z.object({ userId: idSchema, active: z.enum(["true", "false"], textCodes.invalid) }, textCodes.invalid);
