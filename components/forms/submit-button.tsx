"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

const tones = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:border-brand-600",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

/** Disabled while its form is being sent, saying so, so a double click sends nothing twice. */
export function SubmitButton({ children, tone = "primary" }: { children: ReactNode; tone?: keyof typeof tones }) {
  const { pending } = useFormStatus();
  const t = useTranslations("Forms");
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-70 ${tones[tone]}`}>
      {pending ? t("working") : children}
    </button>
  );
}
