"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createInvitationAction, revokeInvitationAction } from "@/lib/actions/invitations";
import { MembershipRole, UserRole } from "@/lib/generated/prisma/enums";
import { initialFormState } from "@/lib/forms/form-state";

interface InviteProps {
  /** Fixed organization (organization page), or a choice among these (invitations page). */
  organizationId?: string;
  organizations?: { id: string; name: string }[];
  /** Only platform admins grant global roles. */
  canGrantRoles: boolean;
}

export function InviteForm({ organizationId, organizations, canGrantRoles }: InviteProps) {
  const t = useTranslations();
  const [state, action] = useActionState(createInvitationAction, initialFormState);
  const values = state.values ?? {};
  return (
    <form action={action} className="space-y-3" aria-describedby="invite-status" noValidate>
      <FormStatus state={state} id="invite-status" />
      <p className="text-sm text-slate-700">{t("Admin.inviteHint")}</p>
      <TextField name="email" id="invite-email" type="email" label={t("Admin.email")} required defaultValue={values.email} errors={state.fieldErrors?.email} />
      {organizationId ? (
        <input type="hidden" name="organizationId" value={organizationId} />
      ) : (
        <SelectField
          name="organizationId"
          id="invite-organization"
          label={t("Admin.inviteOrganization")}
          defaultValue={values.organizationId ?? ""}
          options={[{ value: "", label: t("Admin.noOrganization") }, ...(organizations ?? []).map((o) => ({ value: o.id, label: o.name }))]}
        />
      )}
      <SelectField
        name="membershipRole"
        id="invite-membership-role"
        label={t("Admin.membershipRole")}
        defaultValue={values.membershipRole ?? "MEMBER"}
        options={Object.values(MembershipRole).map((role) => ({ value: role, label: t(`Enums.membershipRole.${role}`) }))}
      />
      {canGrantRoles && (
        <SelectField
          name="role"
          id="invite-role"
          label={t("Admin.inviteRole")}
          defaultValue={values.role ?? "MEMBER"}
          options={Object.values(UserRole).map((role) => ({ value: role, label: t(`Enums.role.${role}`) }))}
        />
      )}
      <SubmitButton>{t("Admin.sendInvitation")}</SubmitButton>
    </form>
  );
}

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("Admin");
  const [state, action] = useActionState(revokeInvitationAction, initialFormState);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" aria-label={t("revokeLabel", { email })} className="rounded border border-slate-300 px-2 py-1 text-xs hover:border-red-600">
        {t("revoke")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
