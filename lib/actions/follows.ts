"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { follow, setFrequency, unfollow, unsubscribeWithKey } from "@/lib/dal/follows";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { followSchema, subscriptionChangeSchema, unsubscribeSchema } from "@/lib/validation/follows";

// The follow buttons live on these pages; refreshing them shows the new state.
function refreshFollowPages() {
  for (const page of ["/[locale]/focus-areas/[slug]", "/[locale]/organizations/[slug]", "/[locale]/search", "/[locale]/account/following"]) {
    revalidatePath(page, "page");
  }
}

export async function followAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = followSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    const { created } = await follow(await getViewer(), parsed.data);
    refreshFollowPages();
    return succeeded(created ? "followed" : "follow_frequency_saved");
  });
}

/** The preferences page and the follow buttons: change how often, or stop following. */
export async function changeFollowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = subscriptionChangeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    const viewer = await getViewer();
    if (parsed.data.intent === "unfollow") await unfollow(viewer, parsed.data.subscriptionId);
    else await setFrequency(viewer, parsed.data.subscriptionId, parsed.data.frequency);
    refreshFollowPages();
    return succeeded(parsed.data.intent === "unfollow" ? "unfollowed" : "follow_frequency_saved");
  });
}

/** The unsubscribe page's button: the link's key is the proof, no sign-in needed. */
export async function unsubscribeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = unsubscribeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success || !(await unsubscribeWithKey(parsed.data.s, parsed.data.t))) return failed("unsubscribe_link_invalid");
    return succeeded("unsubscribed");
  });
}
