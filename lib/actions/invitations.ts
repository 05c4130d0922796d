"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { passwordSchemaFor } from "@/lib/auth/password/schema";
import { getViewer } from "@/lib/auth/viewer";
import { acceptInvitation, createInvitation, declineInvitation, getInvitationByToken, revokeInvitation } from "@/lib/dal/invitations";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { acceptInvitationSchema, invitationSchema } from "@/lib/validation/admin";
import { nameSchema } from "@/lib/validation/auth";
import { idSchema } from "@/lib/validation/text";
import { requestContext } from "./request-context";

/** The same answer whether or not the email has an account: only its owner learns that, from the link. */
export async function createInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = invitationSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    await createInvitation(await getViewer(), parsed.data, await requestContext());
    revalidatePath("/[locale]/admin", "layout");
    return succeeded("invitation_sent", { email: parsed.data.email });
  });
}

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const id = idSchema.safeParse(formData.get("invitationId"));
    if (!id.success) return failed("not_found");
    await revokeInvitation(await getViewer(), id.data);
    revalidatePath("/[locale]/admin", "layout");
    return succeeded("invitation_revoked");
  });
}

/** New accounts choose a name and password; existing ones must be signed in as the invited email. */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = acceptInvitationSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return failed("link_invalid");
    const invitation = await getInvitationByToken(parsed.data.token);
    const { locale } = await requestContext();
    if (invitation.accountExists) {
      await acceptInvitation(await getViewer(), { token: parsed.data.token });
      redirect(`/${locale}/account?invitation=accepted`);
    }
    const fields = z
      .object({ name: nameSchema, password: passwordSchemaFor({ email: invitation.email }), confirmPassword: z.string("password_mismatch") })
      .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" })
      .safeParse(Object.fromEntries(formData));
    if (!fields.success) return invalid(fields.error, formData);
    const { email } = await acceptInvitation(await getViewer(), { token: parsed.data.token, ...fields.data });
    await signIn("credentials", { email, password: fields.data.password, redirectTo: `/${locale}/account?invitation=accepted` });
    return succeeded("invitation_accepted");
  });
}

/** Declining leaves everything as it was; the link stops working. */
export async function declineInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = acceptInvitationSchema.pick({ token: true }).safeParse(Object.fromEntries(formData));
    if (!parsed.success) return failed("link_invalid");
    await declineInvitation(await getViewer(), parsed.data.token);
    const { locale } = await requestContext();
    redirect(`/${locale}/invitations/accept?declined=1`);
  });
}
