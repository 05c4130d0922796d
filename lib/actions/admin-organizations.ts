"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { addMember, createOrganization, removeMember, setMemberRole, updateOrganization } from "@/lib/dal/organization-admin";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { idSchema } from "@/lib/validation/text";
import { memberRoleSchema, memberSchema, organizationSchema } from "@/lib/validation/admin";
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

export async function updateOrganizationAction(organizationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const id = idSchema.safeParse(organizationId);
    const parsed = organizationSchema.safeParse(Object.fromEntries(formData));
    if (!id.success) return failed("not_found");
    if (!parsed.success) return invalid(parsed.error, formData);
    const { slug } = await updateOrganization(await getViewer(), id.data, parsed.data);
    refresh();
    const { locale } = await requestContext();
    redirect(`/${locale}/admin/organizations/${slug}?saved=1`);
  });
}

export async function addMemberAction(organizationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const id = idSchema.safeParse(organizationId);
    const parsed = memberSchema.safeParse(Object.fromEntries(formData));
    if (!id.success) return failed("not_found");
    if (!parsed.success) return invalid(parsed.error, formData);
    await addMember(await getViewer(), id.data, parsed.data);
    refresh();
    return succeeded("member_added");
  });
}

export async function setMemberRoleAction(organizationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const id = idSchema.safeParse(organizationId);
    const parsed = memberRoleSchema.safeParse(Object.fromEntries(formData));
    if (!id.success || !parsed.success) return failed("not_found");
    await setMemberRole(await getViewer(), id.data, parsed.data.userId, parsed.data.role);
    refresh();
    return succeeded("member_role_saved");
  });
}

export async function removeMemberAction(organizationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const id = idSchema.safeParse(organizationId);
    const userId = idSchema.safeParse(formData.get("userId"));
    if (!id.success || !userId.success) return failed("not_found");
    await removeMember(await getViewer(), id.data, userId.data);
    refresh();
    return succeeded("member_removed");
  });
}
