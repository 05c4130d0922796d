"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { restoreRevisionAction } from "@/lib/actions/documents";
import { initialFormState } from "@/lib/forms/form-state";

interface Props {
  documentId: string;
  slug: string;
  number: number;
  /** The document's version when the page was shown: a newer edit makes the restore wait. */
  version: number;
}

export function RestoreForm({ documentId, slug, number, version }: Props) {
  const t = useTranslations("Workflow");
  const [state, action] = useActionState(restoreRevisionAction, initialFormState);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton tone="secondary">{t("restore", { number })}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
