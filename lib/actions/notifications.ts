"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { markNotificationsRead } from "@/lib/dal/notifications";
import { failed, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/validation/notifications";

// The header shows the unread count on every page, so the whole layout is refreshed.
const refreshUnreadCount = () => revalidatePath("/[locale]", "layout");

export async function markNotificationReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = markNotificationReadSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return failed("not_found");
    await markNotificationsRead(await getViewer(), [parsed.data.notificationId]);
    refreshUnreadCount();
    return succeeded("notification_marked_read");
  });
}

export async function markAllNotificationsReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = markAllNotificationsReadSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return failed("unexpected");
    const count = await markNotificationsRead(await getViewer(), "all", { before: parsed.data.shownAt });
    refreshUnreadCount();
    return succeeded("notifications_marked_read", { count });
  });
}
