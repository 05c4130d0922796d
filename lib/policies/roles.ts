// The global roles in order of what they allow: granting access never lowers what someone has.
import type { UserRole } from "@/lib/generated/prisma/enums";

const roleRank: Record<UserRole, number> = { MEMBER: 0, CONTRIBUTOR: 1, REVIEWER: 2, ADMIN: 3 };

/** The higher of two roles. */
export const higherRole = (a: UserRole, b: UserRole): UserRole => (roleRank[a] >= roleRank[b] ? a : b);

/** Whether `role` already includes everything `wanted` allows. */
export const hasAtLeast = (role: UserRole, wanted: UserRole): boolean => roleRank[role] >= roleRank[wanted];
