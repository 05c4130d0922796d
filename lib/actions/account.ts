"use server";

import { revalidatePath } from "next/cache";
import { signIn, signOut } from "@/lib/auth";
import { getViewer } from "@/lib/auth/viewer";
import { changePassword, getAccount, signOutEverywhere, updateProfile } from "@/lib/dal/account";
import { invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { changePasswordSchema, profileSchema } from "@/lib/validation/auth";
import { requestContext } from "./request-context";

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = profileSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    await updateProfile(await getViewer(), parsed.data);
    revalidatePath("/[locale]/account", "page");
    return succeeded("profile_saved");
  });
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const viewer = await getViewer();
    const account = await getAccount(viewer);
    const parsed = changePasswordSchema(account).safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    await changePassword(viewer, parsed.data);
    // The change ended every session, this one too: sign this browser in again with the new password.
    const { locale } = await requestContext();
    await signIn("credentials", { email: account.email, password: parsed.data.password, redirectTo: `/${locale}/account?password=changed` });
    return succeeded("password_changed");
  });
}

export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere(await getViewer());
  const { locale } = await requestContext();
  await signOut({ redirectTo: `/${locale}/sign-in?signedOut=everywhere` });
}
