// Schemas for the administration forms (messages are catalog keys under Errors).
import { z } from "zod";
import { MembershipRole, Sector, UserRole } from "@/lib/generated/prisma/enums";
import { emailSchema, nameSchema } from "./auth";
import { slugPattern } from "./browse";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => (first(value) === "" ? undefined : first(value));
const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, "text_too_long").optional());

export const organizationSchema = z.object({
  name: z.string().trim().min(2, "name_required").max(200, "name_too_long"),
  slug: z.string().trim().toLowerCase().min(1, "slug_invalid").max(80, "slug_invalid").regex(slugPattern, "slug_invalid"),
  acronym: optionalText(20),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "country_invalid"),
  sector: z.enum(Sector, "sector_invalid"),
  description: optionalText(2000),
  website: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "url_invalid" }).max(300, "url_invalid").optional()),
});

export const memberRoleSchema = z.object({
  userId: z.string().min(1).max(50),
  role: z.enum(MembershipRole, "role_invalid"),
});

export const invitationSchema = z.object({
  email: emailSchema,
  organizationId: z.preprocess(blankToUndefined, z.string().min(1).max(50).optional()),
  membershipRole: z.enum(MembershipRole, "role_invalid").default("MEMBER"),
  role: z.enum(UserRole, "role_invalid").default("MEMBER"),
});

export const acceptInvitationSchema = z.object({
  token: z.string().min(10, "link_invalid").max(200, "link_invalid"),
  name: nameSchema.optional(),
});

export const userRoleSchema = z.object({
  role: z.enum(UserRole, "role_invalid"),
  reviewerFocusAreaIds: z.array(z.string().min(1).max(50)).max(50).default([]),
});

export const userFiltersSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  role: z.preprocess(blankToUndefined, z.enum(UserRole).optional()).catch(undefined),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1000).default(1)).catch(1),
});

// The rows an administration form acts on are named in hidden inputs, never bound into the
// action on the client (React cannot replay such a binding when it renders the answer to a form
// posted without JavaScript: see components/client-actions.test.ts). Anything that cannot be
// one of our ids is simply not found.
export const recordIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/, "not_found");

export const memberChangeSchema = memberRoleSchema.extend({ organizationId: recordIdSchema, userId: recordIdSchema });

export const memberRemovalSchema = z.object({ organizationId: recordIdSchema, userId: recordIdSchema });

export const userRoleChangeSchema = userRoleSchema.extend({ userId: recordIdSchema });

export const userActiveSchema = z.object({ userId: recordIdSchema, active: z.enum(["true", "false"]) });
