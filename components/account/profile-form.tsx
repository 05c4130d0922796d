"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateProfileAction } from "@/lib/actions/account";
import { initialFormState } from "@/lib/forms/form-state";

export function ProfileForm({ name, locale }: { name: string; locale: string }) {
  const t = useTranslations("Account");
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-describedby="profile-status" noValidate>
      <FormStatus state={state} id="profile-status" />
      <TextField name="name" label={t("name")} autoComplete="name" required defaultValue={state.values?.name ?? name} errors={state.fieldErrors?.name} />
      <SelectField
        name="locale"
        label={t("language")}
        defaultValue={state.values?.locale ?? locale}
        errors={state.fieldErrors?.locale}
        options={[{ value: "en", label: "English" }, { value: "es", label: "Español" }]}
      />
      <SubmitButton>{t("saveProfile")}</SubmitButton>
    </form>
  );
}
