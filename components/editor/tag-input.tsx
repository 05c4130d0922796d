"use client";

import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { documentLimits } from "@/lib/validation/document";
import { controlClass, describedBy, FieldErrors } from "./editor-fields";

// Same normalization as the schema's tagSchema, so a chip shows what will be saved.
const normalize = (raw: string) => raw.trim().toLowerCase().replace(/\s+/g, " ");
const validTag = /^[\p{L}\p{N}][\p{L}\p{N} .+#&-]*$/u;

interface Props {
  tags: string[];
  suggestions: string[];
  errors?: string[];
  onChange: (tags: string[]) => void;
}

/** Tags typed (with suggestions from existing tags) and shown as removable chips. */
export function TagInput({ tags, suggestions, errors, onChange }: Props) {
  const t = useTranslations("Editor.tags");
  const [draft, setDraft] = useState("");
  const [notice, setNotice] = useState("");
  const full = tags.length >= documentLimits.tags;

  const add = () => {
    const tag = normalize(draft);
    if (!tag) return;
    if (tags.includes(tag)) setNotice(t("duplicate", { tag }));
    else if (full) setNotice(t("full", { max: documentLimits.tags }));
    else if (tag.length > documentLimits.tag || !validTag.test(tag)) setNotice(t("invalid", { max: documentLimits.tag }));
    else {
      onChange([...tags, tag]);
      setDraft("");
      setNotice(t("added", { tag }));
    }
  };
  const remove = (index: number) => {
    const tag = tags[index] ?? "";
    onChange(tags.filter((_, i) => i !== index));
    setNotice(t("removed", { tag }));
    // Keep keyboard users in the list: the next chip (now at this index), else the previous, else the input.
    requestAnimationFrame(() => {
      const next = document.getElementById(`doc-tags-remove-${index}`) ?? document.getElementById(`doc-tags-remove-${index - 1}`);
      (next ?? document.getElementById("doc-tags"))?.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault(); // Enter would otherwise submit the whole form
      add();
    }
  };

  const errorId = errors?.length ? "doc-tags-error" : undefined;
  const available = suggestions.filter((tag) => !tags.includes(tag));
  return (
    <div className="space-y-2">
      <label htmlFor="doc-tags" className="block text-sm font-medium text-slate-800">{t("label")}</label>
      <p id="doc-tags-hint" className="text-xs text-slate-600">{t("hint", { max: documentLimits.tags, count: tags.length })}</p>
      <div className="flex flex-wrap gap-2">
        <input
          id="doc-tags"
          type="text"
          list="doc-tags-suggestions"
          autoComplete="off"
          autoCapitalize="none"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={describedBy("doc-tags-hint", errorId)}
          aria-invalid={errorId ? true : undefined}
          className={`${controlClass} min-w-0 flex-1 basis-48`}
        />
        <button type="button" onClick={add} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:border-brand-600">
          {t("add")}
        </button>
      </div>
      <datalist id="doc-tags-suggestions">
        {available.map((tag) => <option key={tag} value={tag} />)}
      </datalist>
      <p className="text-xs text-slate-700" aria-live="polite">{notice}</p>
      {tags.length > 0 && (
        <ul aria-label={t("listLabel")} className="flex flex-wrap gap-2">
          {tags.map((tag, index) => (
            <li key={tag} className="inline-flex max-w-full items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-3 text-sm text-slate-800 ring-1 ring-slate-300">
              <span className="min-w-0 wrap-anywhere">{tag}</span>
              <input type="hidden" name="tags" value={tag} />
              <button
                type="button"
                id={`doc-tags-remove-${index}`}
                onClick={() => remove(index)}
                className="inline-flex size-6 shrink-0 items-center justify-center rounded-full text-slate-700 hover:bg-slate-200 hover:text-slate-900"
              >
                <span aria-hidden="true">×</span>
                <span className="sr-only">{t("remove", { tag })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {errorId && <FieldErrors id={errorId} errors={errors} />}
    </div>
  );
}
