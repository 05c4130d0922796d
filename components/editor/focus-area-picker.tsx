"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { documentLimits } from "@/lib/validation/document";
import { ChoiceGroup } from "./editor-fields";

interface Props {
  options: { id: string; name: string }[];
  /** In order: the first is the primary focus area. */
  selected: string[];
  errors?: string[];
  onChange: (ids: string[]) => void;
}

/** Focus areas as checkboxes; the order of checking sets the order, and any one can be made primary. */
export function FocusAreaPicker({ options, selected, errors, onChange }: Props) {
  const t = useTranslations("Editor.focusAreas");
  const [announcement, setAnnouncement] = useState("");
  const full = selected.length >= documentLimits.focusAreas;
  const nameOf = (id: string) => options.find((option) => option.id === id)?.name ?? id;

  const toggle = (id: string, checked: boolean) => {
    onChange(checked ? [...selected.filter((v) => v !== id), id] : selected.filter((v) => v !== id));
    setAnnouncement(checked && selected.length === 0 ? t("nowPrimary", { name: nameOf(id) }) : "");
  };
  const makePrimary = (id: string) => {
    onChange([id, ...selected.filter((v) => v !== id)]);
    setAnnouncement(t("nowPrimary", { name: nameOf(id) }));
  };

  return (
    <div className="space-y-2">
      <ChoiceGroup
        id="doc-focusAreaIds"
        type="checkbox"
        legend={t("legend")}
        hint={t("hint", { max: documentLimits.focusAreas })}
        errors={errors}
        layout="grid gap-2 sm:grid-cols-2"
        options={options.map((option) => ({
          value: option.id,
          label: option.name,
          disabled: full && !selected.includes(option.id),
        }))}
        selected={selected}
        onChange={toggle}
        after={(id) => {
          const position = selected.indexOf(id);
          if (position === 0) return <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-brand-100">{t("primary")}</span>;
          if (position < 0) return null;
          return (
            <button type="button" onClick={() => makePrimary(id)} className="rounded text-xs font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
              {t("makePrimary")}<span className="sr-only">: {nameOf(id)}</span>
            </button>
          );
        }}
      />
      {selected.map((id) => <input key={id} type="hidden" name="focusAreaIds" value={id} />)}
      <p className="text-xs text-slate-600" aria-live="polite">
        {full ? t("full", { max: documentLimits.focusAreas }) : ""} {announcement}
      </p>
    </div>
  );
}
