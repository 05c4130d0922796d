"use client";

import type { ReactNode, TextareaHTMLAttributes } from "react";
import { useFieldErrorMessage } from "@/components/forms/use-message";

/** A field's errors, translated from Errors.* keys; the id is what aria-describedby points at. */
export function FieldErrors({ id, errors, limit }: { id: string; errors?: string[]; limit?: number }) {
  const errorMessage = useFieldErrorMessage();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="text-sm text-red-700">
      {errors.map((error) => <li key={error}>{errorMessage(error, limit)}</li>)}
    </ul>
  );
}

export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

export const controlClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> & {
  /** Omitted when the value travels another way (hidden inputs). */
  name?: string;
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Extra text under the control, also read with it (a character counter). */
  extra?: ReactNode;
  extraId?: string;
  /** The most characters the field takes, named in its "too long" error. */
  limit?: number;
};

export function TextAreaField({ name, id, label, hint, errors, extra, extraId, limit, rows = 5, ...textarea }: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <textarea
        {...textarea}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy(hintId, extraId, errorId)}
        aria-invalid={errorId ? true : undefined}
        className={`${controlClass} min-h-24 resize-y`}
      />
      {hint && <p id={hintId} className="text-xs text-slate-600">{hint}</p>}
      {extra}
      {errorId && <FieldErrors id={errorId} errors={errors} limit={limit} />}
    </div>
  );
}

interface ChoiceGroupProps {
  id: string;
  /** Set for values that travel as they are; omitted when the parent writes hidden inputs. */
  name?: string;
  type: "checkbox" | "radio";
  legend: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string; disabled?: boolean }[];
  selected: string[];
  onChange: (value: string, checked: boolean) => void;
  /** Grid classes for the options (several columns for long lists). */
  layout?: string;
  /** Rendered after an option's label (a "Primary" badge, a button). */
  after?: (value: string) => ReactNode;
}

/** Checkboxes or radios in a fieldset whose legend names the group. */
export function ChoiceGroup({ id, name, type, legend, hint, errors, options, selected, onChange, layout = "grid gap-2", after }: ChoiceGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset id={id} aria-describedby={describedBy(hintId, errorId)} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && <p id={hintId} className="text-xs text-slate-600">{hint}</p>}
      <div className={layout}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="flex min-h-6 flex-wrap items-center gap-2">
              <input
                id={optionId}
                type={type}
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                disabled={option.disabled}
                aria-invalid={type === "checkbox" && errorId ? true : undefined}
                onChange={(event) => onChange(option.value, event.target.checked)}
                className="size-4 shrink-0 accent-brand-700"
              />
              <label htmlFor={optionId} className={`text-sm ${option.disabled ? "text-slate-500" : "text-slate-800"}`}>{option.label}</label>
              {after?.(option.value)}
            </div>
          );
        })}
      </div>
      {errorId && <FieldErrors id={errorId} errors={errors} />}
    </fieldset>
  );
}

/** A titled part of the form; the heading also names the section for landmarks navigation. */
export function EditorSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}
