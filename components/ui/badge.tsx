import type { ReactNode } from "react";

const tones = {
  brand: "bg-brand-50 text-brand-800 ring-brand-100",
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  accent: "bg-amber-50 text-amber-900 ring-amber-200",
} as const;

export function Badge({ children, tone = "neutral", lang }: { children: ReactNode; tone?: keyof typeof tones; lang?: string }) {
  return (
    <span lang={lang} className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  );
}
