"use client";

import { useTranslations } from "next-intl";

/** "120 of 1,000 characters"; past the limit it says by how much, not only in red. */
export function CharacterCount({ id, count, max }: { id: string; count: number; max: number }) {
  const t = useTranslations("Editor.counter");
  const over = count - max;
  return (
    <p id={id} className={`text-xs ${over > 0 ? "font-semibold text-red-700" : "text-slate-600"}`}>
      {over > 0 ? t("over", { over, max }) : t("count", { count, max })}
    </p>
  );
}
