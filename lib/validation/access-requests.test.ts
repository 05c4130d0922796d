import { describe, expect, it } from "vitest";
import { z } from "zod";
import { accessDecisionSchema, accessRequestSchema } from "./access-requests";

const errors = (input: unknown) => {
  const result = accessRequestSchema.safeParse(input);
  return result.success ? null : z.flattenError(result.error).fieldErrors;
};
const id = "cmxbogzc7001f7h7ddoruw1gw";

describe("accessRequestSchema", () => {
  it("accepts a contributor request and a membership request, a blank message being none", () => {
    expect(accessRequestSchema.parse({ kind: "CONTRIBUTOR", message: "  " })).toEqual({ kind: "CONTRIBUTOR", message: undefined });
    expect(accessRequestSchema.parse({ kind: "MEMBERSHIP", organizationId: id, message: " I run the Cauca program.\nThanks " })).toEqual({
      kind: "MEMBERSHIP", organizationId: id, message: "I run the Cauca program.\nThanks",
    });
  });

  it("needs an organization to join", () => {
    expect(errors({ kind: "MEMBERSHIP", organizationId: "" })).toEqual({ organizationId: ["organization_choose"] });
    expect(errors({ kind: "MEMBERSHIP" })).toEqual({ organizationId: ["organization_choose"] });
    expect(errors({ kind: "MEMBERSHIP", organizationId: "x'; drop" })).toEqual({ organizationId: ["value_invalid"] });
  });

  it("keeps the message short", () => {
    expect(accessRequestSchema.safeParse({ kind: "CONTRIBUTOR", message: "a".repeat(500) }).success).toBe(true);
    expect(errors({ kind: "CONTRIBUTOR", message: "a".repeat(501) })).toEqual({ message: ["access_message_too_long"] });
  });

  it.each([
    ["a NUL byte", "abc\u0000def"],
    ["an escape character", "abc\u001bdef"],
    ["a C1 control", "abc\u0085def"],
    ["a right-to-left override", "abc\u202Edef"],
    ["an isolate", "abc\u2066def"],
    ["a lone surrogate", "abc\uD800def"],
  ])("refuses %s in the message", (_name, text) => {
    expect(errors({ kind: "CONTRIBUTOR", message: text })).toEqual({ message: ["text_invalid_characters"] });
  });

  it("allows tabs, line breaks and accents", () => {
    expect(accessRequestSchema.safeParse({ kind: "CONTRIBUTOR", message: "Línea 1\r\n\tLínea 2 ñ 😀" }).success).toBe(true);
  });

  it("refuses an unknown kind", () => {
    expect(accessRequestSchema.safeParse({ kind: "ADMIN" }).success).toBe(false);
  });
});

describe("accessDecisionSchema", () => {
  it("takes a request id and accept or decline only", () => {
    expect(accessDecisionSchema.parse({ requestId: id, decision: "accept" })).toEqual({ requestId: id, decision: "accept" });
    expect(accessDecisionSchema.safeParse({ requestId: id, decision: "grant" }).success).toBe(false);
    expect(accessDecisionSchema.safeParse({ requestId: "../x", decision: "decline" }).success).toBe(false);
  });
});
