"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeUserRoleAction } from "@/lib/actions/admin-users";
import { UserRole } from "@/lib/generated/prisma/enums";
import { initialFormState } from "@/lib/forms/form-state";

interface Props {
  userId: string;
  role: UserRole;
  reviewerFocusAreaIds: string[];
  areas: { id: string; name: string }[];
}

export function UserRoleForm({ userId, role, reviewerFocusAreaIds, areas }: Props) {
  const t = useTranslations();
  const [state, action] = useActionState(changeUserRoleAction, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-describedby="role-status">
      <FormStatus state={state} id="role-status" />
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        name="role"
        label={t("Admin.role")}
        defaultValue={state.values?.role ?? role}
        errors={state.fieldErrors?.role}
        options={Object.values(UserRole).map((value) => ({ value, label: t(`Enums.role.${value}`) }))}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("Admin.reviewerAreas")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {areas.map((area) => (
            <label key={area.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="reviewerFocusAreaIds" value={area.id} defaultChecked={reviewerFocusAreaIds.includes(area.id)} />
              {area.name}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton>{t("Admin.saveRole")}</SubmitButton>
    </form>
  );
}
