"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useMessage } from "./use-message";

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** Label, control, hint and errors, tied together for assistive technology. */
function FieldFrame({ id, label, hint, errors, children }: FieldFrameProps) {
  const message = useMessage();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      {children(describedBy, Boolean(errorId))}
      {hint && <p id={hintId} className="text-xs text-slate-600">{hint}</p>}
      {errorId && (
        <ul id={errorId} className="text-sm text-red-700">
          {errors!.map((error) => <li key={error}>{message("Errors", error)}</li>)}
        </ul>
      )}
    </div>
  );
}

const controlClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & { name: string; label: string; hint?: string; errors?: string[] };

export function TextField({ name, id = name, label, hint, errors, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <input {...input} id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={controlClass} />
      )}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string }[];
};

export function SelectField({ name, id = name, label, hint, errors, options, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <select {...select} id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={controlClass}>
          {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & { name: string; label: string; hint?: string; errors?: string[] };

export function TextAreaField({ name, id = name, label, hint, errors, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <textarea {...textarea} id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={controlClass} />
      )}
    </FieldFrame>
  );
}
