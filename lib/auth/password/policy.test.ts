import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkPassword,
  getCommonPasswords,
  isCommonPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  passwordLength,
} from "./policy";
import { addPasswordIssue, newPasswordSchema, passwordSchemaFor } from "./schema";

const STRONG = "correct horse battery staple";

describe("common password list", () => {
  it("is loaded once, lowercase, with the usual suspects", () => {
    const list = getCommonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(9_000);
    expect(list.has("password")).toBe(true);
    expect(list.has("123456")).toBe(true);
    expect([...list].every((entry) => entry === entry.toLowerCase() && entry.trim() === entry && entry !== "")).toBe(true);
    expect(getCommonPasswords()).toBe(list);
  });

  it("does not hold the passphrase the tests rely on being strong", () => {
    for (const form of [STRONG, STRONG.replaceAll(" ", ""), "correcthorse", "batterystaple"]) {
      expect(getCommonPasswords().has(form), form).toBe(false);
    }
  });
});

describe("checkPassword", () => {
  it("accepts a strong passphrase", () => {
    expect(checkPassword(STRONG)).toBeNull();
    expect(checkPassword(STRONG, { email: "ana.gomez@example.org", name: "Ana Gómez" })).toBeNull();
    expect(checkPassword("Tangerine-Otter-42")).toBeNull();
  });

  it("enforces the length bounds", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(MAX_PASSWORD_LENGTH).toBe(128);
    expect(checkPassword("")).toBe("too_short");
    expect(checkPassword("Xk7#pQ2!mZ9")).toBe("too_short");
    expect(checkPassword("Xk7#pQ2!mZ9v")).toBeNull();
    const words = "vivid-otter-";
    expect(checkPassword(words.repeat(10) + "zebra-ok")).toBeNull(); // exactly 128
    expect(checkPassword(words.repeat(10) + "zebra-ok!")).toBe("too_long");
    expect(checkPassword("x".repeat(1_000_000))).toBe("too_long");
  });

  it("counts characters, not bytes or UTF-16 units", () => {
    // 11 characters but 22 bytes in UTF-8: too short however many bytes it takes.
    expect(checkPassword("ñandúcóndor")).toBe("too_short");
    expect(checkPassword("ñandúcóndor1")).toBeNull();
    // Emoji outside the BMP take two UTF-16 units each.
    const emoji = "🦙🌋🎸🍍🦜🌵🎺🥭🐢🌊🎻🍋";
    expect(emoji.length).toBe(24);
    expect(passwordLength(emoji)).toBe(12);
    expect(checkPassword(emoji)).toBeNull();
    expect(checkPassword(emoji.slice(0, 22))).toBe("too_short");
    expect(checkPassword("🦙".repeat(MAX_PASSWORD_LENGTH))).toBe("repetitive");
    expect(checkPassword("🦙🌋🎸🍍".repeat(33))).toBe("too_long");
    // A decomposed "ñ" (n + combining tilde) counts once, as the composed one does.
    expect(passwordLength("n\u0303")).toBe(1);
  });

  it("rejects passwords of fewer than four distinct characters", () => {
    expect(checkPassword("aaaaaaaaaaaa")).toBe("repetitive");
    expect(checkPassword("abcabcabcabc")).toBe("repetitive");
    expect(checkPassword("AaBbAaBbAaBb")).toBe("repetitive");
    expect(checkPassword("abcdabcdabcd")).not.toBe("repetitive");
  });

  it("rejects the email's local part, case-insensitively", () => {
    const email = "Ana.Gomez+puente@example.org";
    expect(checkPassword("ana.gomez+puente", { email })).toBe("contains_email");
    expect(checkPassword("xyz-ANA.GOMEZ-2024", { email })).toBe("contains_email");
    expect(checkPassword("mimosa-jbrown-tulip", { email: "JBrown@example.org" })).toBe("contains_email");
    // Three-letter local parts are too likely to turn up by chance.
    expect(checkPassword("violet-ana-harbour", { email: "ana@example.org" })).toBeNull();
    expect(checkPassword(STRONG, { email: "not-an-email" })).toBeNull();
  });

  it("rejects the user's name", () => {
    // Accents and case aside, as people drop them when typing passwords.
    expect(checkPassword("gómez-harbour-lights", { name: "Ana Gómez" })).toBe("contains_name");
    expect(checkPassword("GOMEZ-harbour-lights", { name: "Ana Gómez" })).toBe("contains_name");
    expect(checkPassword("harbour-lights-gomez", { name: "Ana Gomez" })).toBe("contains_name");
    expect(checkPassword("harbour-lights-ana", { name: "Ana Gómez" })).toBeNull();
  });

  it("rejects listed passwords whatever their case", () => {
    for (const password of ["1qaz2wsx3edc", "QWERTY123456", "LeaveMeAlone", "123456789012"]) {
      expect(checkPassword(password), password).toBe("common");
    }
  });

  it("rejects listed passwords with trailing digits or punctuation", () => {
    for (const password of ["Password123!", "password2024", "Football!!!!", "letmein12345", "sunshine 2024", "1234567890123"]) {
      expect(isCommonPassword(password), password).toBe(true);
      expect(checkPassword(password), password).toBe("common");
    }
  });

  it("rejects listed passwords typed several times", () => {
    for (const password of ["qwertyqwerty", "MonkeyMonkey", "dragondragon", "qwertyqwerty1!", "abc123abc123"]) {
      expect(checkPassword(password), password).toBe("common");
    }
  });

  it("accepts listed words inside a longer passphrase", () => {
    // "horse" and "battery" are listed; the whole is not a variant of either.
    expect(isCommonPassword("horse battery")).toBe(false);
    expect(isCommonPassword("CorrectHorse")).toBe(false);
    expect(checkPassword("CorrectHorse")).toBeNull();
    // A decorated base must be four characters or more: "sex" is listed, this is not a variant.
    expect(isCommonPassword("sex918273645")).toBe(false);
    expect(isCommonPassword("!password")).toBe(false);
  });
});

describe("password schemas", () => {
  const messages = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => i.message);

  it("reports message keys, not prose, and never the password", () => {
    const result = newPasswordSchema.safeParse("Password123!");
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "custom", message: "password.common", params: expect.objectContaining({ problem: "common" }) }),
    ]);
    expect(JSON.stringify(newPasswordSchema.safeParse("Password123!", { reportInput: true }).error)).not.toContain("Password123!");
    expect(messages(newPasswordSchema.safeParse("short"))).toEqual(["password.too_short"]);
    expect(messages(newPasswordSchema.safeParse(undefined))).toEqual(["password.required"]);
    expect(newPasswordSchema.parse(STRONG)).toBe(STRONG);
  });

  it("checks against what is known of the owner", () => {
    const schema = passwordSchemaFor({ email: "jbrown@example.org" });
    expect(messages(schema.safeParse("mimosa-jbrown-tulip"))).toEqual(["password.contains_email"]);
    expect(schema.safeParse(STRONG).success).toBe(true);
  });

  it("plugs into an object schema's refinement at the password's path", () => {
    const signUp = z
      .object({ email: z.email(), name: z.string(), password: z.string() })
      .superRefine((v, ctx) => void addPasswordIssue(ctx, v.password, v, ["password"]));
    const result = signUp.safeParse({ email: "jbrown@example.org", name: "Jo Brown", password: "JBROWN-rules-ok" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["password"], message: "password.contains_email" })]);
    expect(signUp.safeParse({ email: "jbrown@example.org", name: "Jo Brown", password: STRONG }).success).toBe(true);
  });
});
