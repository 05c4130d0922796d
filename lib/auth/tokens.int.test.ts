// Single-use emailed tokens: stored only as hashes, one live token per purpose and email.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteTagged, emailFor, newTag } from "@/lib/testing/accounts";
import { consumeToken, hashToken, isTokenValid, issueToken, newToken, tokenLifetimeMs } from "./tokens";

const tag = newTag("tk");
const rows = (identifier: string) => db.verificationToken.findMany({ where: { identifier } });

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("tokens", () => {
  it("are random, URL-safe and 256 bits long", () => {
    const tokens = new Set(Array.from({ length: 50 }, newToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("hash to the SHA-256 hex digest", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("are stored only as a hash, with the purpose's lifetime", async () => {
    const email = emailFor(tag, "stored");
    const before = Date.now();
    const { token, expires } = await issueToken(db, "reset-password", email);
    const [row, ...rest] = await rows(`reset-password:${email}`);
    expect(rest).toEqual([]);
    expect(row!.token).toBe(hashToken(token));
    expect(row!.expires.getTime()).toBe(expires.getTime());
    expect(expires.getTime() - before).toBeGreaterThanOrEqual(tokenLifetimeMs["reset-password"] - 1000);
    expect(expires.getTime() - before).toBeLessThanOrEqual(tokenLifetimeMs["reset-password"] + 1000);
    // The raw token appears nowhere in the table.
    expect(await db.verificationToken.count({ where: { OR: [{ token }, { token: { contains: token } }, { identifier: { contains: token } }] } })).toBe(0);
    expect(tokenLifetimeMs["verify-email"]).toBe(24 * 60 * 60 * 1000);
    expect(tokenLifetimeMs["reset-password"]).toBe(60 * 60 * 1000);
  });

  it("reissuing replaces the earlier token of the same purpose, but not of another purpose", async () => {
    const email = emailFor(tag, "reissue");
    const verify = await issueToken(db, "verify-email", email);
    const first = await issueToken(db, "reset-password", email);
    const second = await issueToken(db, "reset-password", email);
    expect((await rows(`reset-password:${email}`)).map((row) => row.token)).toEqual([hashToken(second.token)]);
    expect(await isTokenValid(db, "reset-password", email, first.token)).toBe(false);
    expect(await consumeToken(db, "reset-password", email, first.token)).toBe(false);
    expect(await isTokenValid(db, "verify-email", email, verify.token)).toBe(true);
    expect(await consumeToken(db, "reset-password", email, second.token)).toBe(true);
  });

  it("are consumed once, only for their purpose and email; checking does not consume", async () => {
    const email = emailFor(tag, "consume");
    const { token } = await issueToken(db, "verify-email", email);
    expect(await consumeToken(db, "reset-password", email, token)).toBe(false);
    expect(await consumeToken(db, "verify-email", emailFor(tag, "someone-else"), token)).toBe(false);
    expect(await isTokenValid(db, "verify-email", email, token)).toBe(true);
    expect(await isTokenValid(db, "verify-email", email, token)).toBe(true);
    expect(await consumeToken(db, "verify-email", email, token)).toBe(true);
    expect(await consumeToken(db, "verify-email", email, token)).toBe(false);
    expect(await isTokenValid(db, "verify-email", email, token)).toBe(false);
    expect(await rows(`verify-email:${email}`)).toEqual([]);
  });

  it("are refused once expired", async () => {
    const email = emailFor(tag, "expired");
    const { token } = await issueToken(db, "verify-email", email);
    await db.verificationToken.updateMany({ where: { identifier: `verify-email:${email}` }, data: { expires: new Date(Date.now() - 1) } });
    expect(await isTokenValid(db, "verify-email", email, token)).toBe(false);
    expect(await consumeToken(db, "verify-email", email, token)).toBe(false);
  });

  it("can be consumed only once even when used at the same moment", async () => {
    const email = emailFor(tag, "race");
    const { token } = await issueToken(db, "reset-password", email);
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeToken(db, "reset-password", email, token)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
