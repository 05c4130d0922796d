import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, newTag } from "@/lib/testing/accounts";
import { grantAdmin, GrantAdminError } from "./grant-admin";

const roleOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof GrantAdminError ? error.code : error));

describe("grantAdmin", () => {
  it("makes a verified, active account an administrator, once", async () => {
    const tag = newTag("ga");
    const user = await createTestUser(db, tag, "first");
    expect(await grantAdmin(db, { email: `  ${user.email.toUpperCase()} ` })).toEqual({ outcome: "granted", userId: user.id });
    expect(await roleOf(user.id)).toBe("ADMIN");
    expect(await grantAdmin(db, { email: user.email })).toEqual({ outcome: "already_admin", userId: user.id });
  });

  it("refuses unknown, unverified and deactivated accounts and bad input, changing nothing", async () => {
    const tag = newTag("ga");
    const unverified = await createTestUser(db, tag, "unverified", { verified: false });
    const inactive = await createTestUser(db, tag, "inactive", { active: false });
    expect(await refusal(grantAdmin(db, { email: `${tag}-nobody@example.org` }))).toBe("no_such_account");
    expect(await refusal(grantAdmin(db, { email: unverified.email }))).toBe("not_verified");
    expect(await refusal(grantAdmin(db, { email: inactive.email }))).toBe("inactive");
    for (const email of ["not-an-email", "a\u0000@example.org", "", 42]) expect(await refusal(grantAdmin(db, { email }))).toBe("invalid_email");
    expect([await roleOf(unverified.id), await roleOf(inactive.id)]).toEqual(["MEMBER", "MEMBER"]);
  });
});
