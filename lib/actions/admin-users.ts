"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { setUserActive, setUserRole } from "@/lib/dal/users";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { idSchema } from "@/lib/validation/text";
import { userRoleSchema } from "@/lib/validation/admin";


export async function changeUserRoleAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const id = idSchema.safeParse(userId);
    const parsed = userRoleSchema.safeParse({ role: formData.get("role"), reviewerFocusAreaIds: formData.getAll("reviewerFocusAreaIds") });
    if (!id.success) return failed("not_found");
    if (!parsed.success) return invalid(parsed.error, formData);
    await setUserRole(await getViewer(), id.data, parsed.data.role, parsed.data.reviewerFocusAreaIds);
    revalidatePath("/[locale]/admin/users", "layout");
    return succeeded("role_saved");
  });
}

export async function setUserActiveAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const id = idSchema.safeParse(userId);
    const active = z.enum(["true", "false"]).safeParse(formData.get("active"));
    if (!id.success || !active.success) return failed("not_found");
    await setUserActive(await getViewer(), id.data, active.data === "true");
    revalidatePath("/[locale]/admin/users", "layout");
    return succeeded(active.data === "true" ? "user_reactivated" : "user_deactivated");
  });
}
