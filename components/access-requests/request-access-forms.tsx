"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestAccessAction } from "@/lib/actions/access-requests";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { ACCESS_REQUEST_MESSAGE_MAX } from "@/lib/validation/access-requests";

function MessageField({ id, state }: { id: string; state: FormState }) {
  const t = useTranslations("Access");
  return (
    <TextAreaField
      name="message"
      id={id}
      label={t("message")}
      hint={t("messageHint", { max: ACCESS_REQUEST_MESSAGE_MAX })}
      rows={3}
      maxLength={ACCESS_REQUEST_MESSAGE_MAX}
      defaultValue={state.status === "error" ? state.values?.message : ""}
      errors={state.fieldErrors?.message}
    />
  );
}

// The status stays above the form while the page, refreshed by the answer, swaps the form for
// the waiting request: the outcome is still announced, with or without JavaScript.

/** `waitingSince`: the date of an open request for contributor access, already formatted. */
export function ContributorRequestForm({ waitingSince }: { waitingSince: string | null }) {
  const t = useTranslations("Access");
  const [state, action] = useActionState(requestAccessAction, initialFormState);
  return (
    <div className="space-y-3">
      <FormStatus state={state} id="contributor-request-status" />
      {waitingSince ? (
        <p className="text-sm text-slate-800">{t("contributorPending", { date: waitingSince })}</p>
      ) : (
        <form action={action} className="space-y-3" aria-describedby="contributor-request-status" noValidate>
          <input type="hidden" name="kind" value="CONTRIBUTOR" />
          <MessageField id="contributor-message" state={state} />
          <SubmitButton>{t("askContributor")}</SubmitButton>
        </form>
      )}
    </div>
  );
}

/** `organizations`: those the viewer neither belongs to nor has an open request for. */
export function MembershipRequestForm({ organizations }: { organizations: { id: string; name: string }[] }) {
  const t = useTranslations("Access");
  const [state, action] = useActionState(requestAccessAction, initialFormState);
  return (
    <div className="space-y-3">
      <FormStatus state={state} id="membership-request-status" />
      {organizations.length === 0 ? (
        <p className="text-sm text-slate-800">{t("noOrganizations")}</p>
      ) : (
        <form action={action} className="space-y-3" aria-describedby="membership-request-status" noValidate>
          <input type="hidden" name="kind" value="MEMBERSHIP" />
          <SelectField
            name="organizationId"
            id="membership-organization"
            label={t("organization")}
            required
            defaultValue={state.status === "error" ? state.values?.organizationId ?? "" : ""}
            errors={state.fieldErrors?.organizationId}
            options={[{ value: "", label: t("chooseOrganization") }, ...organizations.map((o) => ({ value: o.id, label: o.name }))]}
          />
          <MessageField id="membership-message" state={state} />
          <SubmitButton>{t("askMembership")}</SubmitButton>
        </form>
      )}
    </div>
  );
}
