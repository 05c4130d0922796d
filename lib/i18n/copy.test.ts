// Wording a person reads, formatted from the real catalogs: whole sentences, never a status
// value or a form placeholder dropped into a template ("This is the In review version",
// "Start a Best practice", "Web address (slug)").
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "./messages/en/index.ts";
import es from "./messages/es/index.ts";

const statuses = ["DRAFT", "IN_REVIEW", "REJECTED", "ARCHIVED"] as const;
const types = ["BEST_PRACTICE", "RESEARCH", "REPORT"] as const;

describe.each([["en", en], ["es", es]] as const)("%s", (locale, messages) => {
  const t = createTranslator({ locale, messages });

  it("says what an unpublished document is in a sentence", () => {
    const notices = statuses.map((status) => t("Workflow.notPublicNotice", { status }));
    expect(new Set(notices).size).toBe(statuses.length);
    for (const notice of notices) {
      expect(notice).not.toMatch(/IN_REVIEW|DRAFT|version|versión|«/);
      expect(notice).toMatch(locale === "en" ? /: only the people working on it can read it\.$/ : /: solo pueden leerlo quienes trabajan en él\.$/);
    }
    expect(t("Workflow.notPublicNotice", { status: "IN_REVIEW" })).toBe(
      locale === "en" ? "This document is waiting for review: only the people working on it can read it." : "Este documento espera revisión: solo pueden leerlo quienes trabajan en él.",
    );
  });

  it("offers to start each type of document with a verb, not a label", () => {
    for (const type of types) {
      const text = t(`Workflow.startType.${type}`);
      expect(text).toMatch(locale === "en" ? /^Share an? [a-z]/ : /^Compartir una? [a-z]/);
      expect(text).not.toContain(t(`Enums.documentType.${type}`));
    }
  });

  it("names the address field without jargon", () => {
    expect(t("DocumentFields.slug")).not.toMatch(/slug/i);
  });

  it("names the limit a text passed", () => {
    expect(t("Errors.text_too_long_max", { max: 20000 })).toBe(locale === "en" ? "At most 20,000 characters: shorten the text." : "Como máximo 20.000 caracteres: acorte el texto.");
    expect(t("Editor.counter.over", { over: 1, max: 200 })).toMatch(locale === "en" ? /^1 character over/ : /^1 carácter por encima/);
  });
});
