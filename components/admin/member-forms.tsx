"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { removeMemberAction, setMemberRoleAction } from "@/lib/actions/admin-organizations";
import { MembershipRole } from "@/lib/generated/prisma/enums";
import { initialFormState } from "@/lib/forms/form-state";

function useRoleOptions() {
  const t = useTranslations("Enums.membershipRole");
  return Object.values(MembershipRole).map((role) => ({ value: role, label: t(role) }));
}

/** An existing member's role and removal. New members come only by invitation or an accepted request. */
export function MemberRow({ organizationId, member }: { organizationId: string; member: { id: string; name: string; role: MembershipRole } }) {
  const t = useTranslations("Admin");
  const options = useRoleOptions();
  const [roleState, roleAction] = useActionState(setMemberRoleAction, initialFormState);
  const [removeState, removeAction] = useActionState(removeMemberAction, initialFormState);
  const ids = (
    <>
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="userId" value={member.id} />
    </>
  );
  return (
    <div className="flex flex-wrap items-end gap-3">
      <form action={roleAction} className="flex flex-wrap items-end gap-2">
        {ids}
        <SelectField name="role" id={`role-${member.id}`} label={t("memberRoleLabel", { name: member.name })} defaultValue={member.role} options={options} />
        <SubmitButton tone="secondary">{t("saveMemberRole")}</SubmitButton>
      </form>
      <form action={removeAction}>
        {ids}
        <button type="submit" aria-label={t("removeMemberLabel", { name: member.name })} className="rounded-md border border-red-300 px-3 py-2 text-sm font-semibold text-red-800 hover:bg-red-50">
          {t("removeMember")}
        </button>
      </form>
      <div className="basis-full"><FormStatus state={roleState.status !== "idle" ? roleState : removeState} /></div>
    </div>
  );
}
