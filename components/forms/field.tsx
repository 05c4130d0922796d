"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useFieldErrorMessage } from "./use-message";

interface FieldOptions {
  hint?: string;
  errors?: string[];
  /** The most characters the field takes, named in its "too long" error. */
  limit?: number;
  /** Extra text under the control, also read with it (a character counter). */
  extra?: ReactNode;
  extraId?: string;
}

interface FieldFrameProps extends FieldOptions {
  id: string;
  label: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** Label, control, hint and errors, tied together for assistive technology. */
function FieldFrame({ id, label, hint, errors, limit, extra, extraId, children }: FieldFrameProps) {
  const errorMessage = useFieldErrorMessage();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, extraId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      {children(describedBy, Boolean(errorId))}
      {hint && <p id={hintId} className="text-xs text-slate-600">{hint}</p>}
      {extra}
      {errorId && (
        <ul id={errorId} className="text-sm text-red-700">
          {errors!.map((error) => <li key={error}>{errorMessage(error, limit)}</li>)}
        </ul>
      )}
    </div>
  );
}

const controlClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & FieldOptions & { name: string; label: string };

export function TextField({ name, id = name, label, hint, errors, limit, extra, extraId, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} limit={limit} extra={extra} extraId={extraId}>
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

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & FieldOptions & { name: string; label: string };

export function TextAreaField({ name, id = name, label, hint, errors, limit, extra, extraId, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} limit={limit} extra={extra} extraId={extraId}>
      {(describedBy, invalid) => (
        <textarea {...textarea} id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={controlClass} />
      )}
    </FieldFrame>
  );
}
