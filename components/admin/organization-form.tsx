"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { Sector } from "@/lib/generated/prisma/enums";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export interface OrganizationValues {
  name: string;
  slug: string;
  acronym: string;
  country: string;
  sector: string;
  description: string;
  website: string;
}

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** When editing: sent in a hidden input (a server action is never bound on the client). */
  organizationId?: string;
  initial?: OrganizationValues;
  submitLabel: string;
}

/** Create and edit share one form; what the user typed survives a failed save. */
export function OrganizationForm({ action: serverAction, organizationId, initial, submitLabel }: Props) {
  const t = useTranslations();
  const [state, action] = useActionState(serverAction, initialFormState);
  const value = (key: keyof OrganizationValues) => state.values?.[key] ?? initial?.[key] ?? "";
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" aria-describedby="organization-status" noValidate>
      <FormStatus state={state} id="organization-status" />
      {organizationId && <input type="hidden" name="organizationId" value={organizationId} />}
      <TextField name="name" label={t("Admin.orgName")} required defaultValue={value("name")} errors={errors.name} />
      <TextField name="slug" label={t("Admin.slug")} hint={t("Admin.slugHint")} required defaultValue={value("slug")} errors={errors.slug} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="acronym" label={t("Admin.acronym")} defaultValue={value("acronym")} errors={errors.acronym} />
        <TextField name="country" label={t("Admin.country")} hint={t("Admin.countryHint")} required maxLength={2} defaultValue={value("country")} errors={errors.country} />
        <SelectField
          name="sector"
          label={t("Admin.sector")}
          defaultValue={value("sector") || "GOVERNMENT"}
          errors={errors.sector}
          options={Object.values(Sector).map((sector) => ({ value: sector, label: t(`Enums.sector.${sector}`) }))}
        />
      </div>
      <TextField name="website" type="url" label={t("Admin.website")} defaultValue={value("website")} errors={errors.website} />
      <TextField name="description" label={t("Admin.description")} defaultValue={value("description")} errors={errors.description} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
