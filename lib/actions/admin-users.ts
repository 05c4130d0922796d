"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { setUserActive, setUserRole } from "@/lib/dal/users";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { userActiveSchema, userRoleChangeSchema } from "@/lib/validation/admin";

// The user's id comes from a hidden input, so these forms also work without JavaScript.

export async function changeUserRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = userRoleChangeSchema.safeParse({
      userId: formData.get("userId"),
      role: formData.get("role"),
      reviewerFocusAreaIds: formData.getAll("reviewerFocusAreaIds"),
    });
    if (!parsed.success) return parsed.error.issues.some((issue) => issue.path[0] === "userId") ? failed("not_found") : invalid(parsed.error, formData);
    await setUserRole(await getViewer(), parsed.data.userId, parsed.data.role, parsed.data.reviewerFocusAreaIds);
    revalidatePath("/[locale]/admin/users", "layout");
    return succeeded("role_saved");
  });
}

export async function setUserActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = userActiveSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return failed("not_found");
    const active = parsed.data.active === "true";
    await setUserActive(await getViewer(), parsed.data.userId, active);
    revalidatePath("/[locale]/admin/users", "layout");
    return succeeded(active ? "user_reactivated" : "user_deactivated");
  });
}
