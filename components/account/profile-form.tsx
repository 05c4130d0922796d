"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateProfileAction } from "@/lib/actions/account";
import { initialFormState } from "@/lib/forms/form-state";

export function ProfileForm({ name, locale, emailFeedback }: { name: string; locale: string; emailFeedback: boolean }) {
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
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          name="emailFeedback"
          className="mt-1"
          defaultChecked={state.status === "error" ? state.values?.emailFeedback === "on" : emailFeedback}
        />
        {t("emailFeedback")}
      </label>
      <SubmitButton>{t("saveProfile")}</SubmitButton>
    </form>
  );
}
