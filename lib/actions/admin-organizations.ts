"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { createOrganization, removeMember, setMemberRole, updateOrganization } from "@/lib/dal/organization-admin";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { memberChangeSchema, memberRemovalSchema, organizationSchema } from "@/lib/validation/admin";
import { idSchema } from "@/lib/validation/text";
import { requestContext } from "./request-context";

const refresh = () => revalidatePath("/[locale]/admin/organizations", "layout");

export async function createOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = organizationSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    const { slug } = await createOrganization(await getViewer(), parsed.data);
    refresh();
    const { locale } = await requestContext();
    redirect(`/${locale}/admin/organizations/${slug}?created=1`);
  });
}

export async function updateOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const id = idSchema.safeParse(formData.get("organizationId"));
    const parsed = organizationSchema.safeParse(Object.fromEntries(formData));
    if (!id.success) return failed("not_found");
    if (!parsed.success) return invalid(parsed.error, formData);
    const { slug } = await updateOrganization(await getViewer(), id.data, parsed.data);
    refresh();
    const { locale } = await requestContext();
    redirect(`/${locale}/admin/organizations/${slug}?saved=1`);
  });
}

// Members are added only by invitation (lib/actions/invitations.ts) or by accepting a request to
// join (lib/actions/access-requests.ts). The organization's and the member's ids come from hidden
// inputs, so these forms also work without JavaScript.

export async function setMemberRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = memberChangeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return failed("not_found");
    await setMemberRole(await getViewer(), parsed.data.organizationId, parsed.data.userId, parsed.data.role);
    refresh();
    return succeeded("member_role_saved");
  });
}

export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = memberRemovalSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return failed("not_found");
    await removeMember(await getViewer(), parsed.data.organizationId, parsed.data.userId);
    refresh();
    return succeeded("member_removed");
  });
}
