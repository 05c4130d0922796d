"use client";

import { useTranslations } from "next-intl";

/**
 * Translates the message keys server actions return (Errors.* for problems, Forms.* for
 * outcomes). A key missing from the catalogs falls back to a generic sentence rather than
 * showing the raw key.
 */
export function useMessage() {
  const t = useTranslations();
  return (namespace: "Errors" | "Forms", key: string, values?: Record<string, string | number>) => {
    const path = `${namespace}.${key}`;
    const known = t.has(path as Parameters<typeof t.has>[0]);
    const fallback = namespace === "Errors" ? "Errors.unexpected" : "Forms.saved";
    return t((known ? path : fallback) as Parameters<typeof t>[0], values as never);
  };
}

/** A field error's message; "too long" names the field's limit when the form knows it. */
export function useFieldErrorMessage() {
  const message = useMessage();
  return (error: string, limit?: number) =>
    error === "text_too_long" && limit !== undefined ? message("Errors", "text_too_long_max", { max: limit }) : message("Errors", error);
}
