"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { createAccessRequest, decideAccessRequest } from "@/lib/dal/access-requests";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { accessDecisionSchema, accessRequestSchema } from "@/lib/validation/access-requests";

/** A member asks for contributor access or to join an organization (from /documents/new). */
export async function requestAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = accessRequestSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    await createAccessRequest(await getViewer(), parsed.data);
    revalidatePath("/[locale]/documents/new", "page");
    return succeeded(parsed.data.kind === "CONTRIBUTOR" ? "contributor_access_requested" : "membership_requested");
  });
}

/** An admin accepts or declines a request; which button was pressed is the decision. */
export async function decideAccessRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = accessDecisionSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return failed("not_found");
    await decideAccessRequest(await getViewer(), parsed.data.requestId, parsed.data.decision);
    revalidatePath("/[locale]/admin", "layout");
    return succeeded(parsed.data.decision === "accept" ? "access_request_accepted" : "access_request_declined");
  });
}
