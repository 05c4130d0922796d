"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { hideFeedback, reportFeedback, saveFeedback, showFeedback } from "@/lib/dal/feedback-writes";
import { invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { feedbackSchema, moderateFeedbackSchema, reportFeedbackSchema } from "@/lib/validation/feedback";

// The document page shows the feedback: refreshing it shows the change to whoever acted.
const refreshDocumentPages = () => revalidatePath("/[locale]/documents/[slug]", "page");

export async function saveFeedbackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = feedbackSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    const { created } = await saveFeedback(await getViewer(), parsed.data);
    refreshDocumentPages();
    return succeeded(created ? "feedback_saved" : "feedback_updated");
  });
}

/** Hiding and showing share one form state, so the outcome stays on screen when the form switches. */
export async function moderateFeedbackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = moderateFeedbackSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    const viewer = await getViewer();
    if (parsed.data.intent === "hide") await hideFeedback(viewer, parsed.data.feedbackId, parsed.data.reason);
    else await showFeedback(viewer, parsed.data.feedbackId);
    refreshDocumentPages();
    return succeeded(parsed.data.intent === "hide" ? "feedback_hidden" : "feedback_shown");
  });
}

export async function reportFeedbackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = reportFeedbackSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    await reportFeedback(await getViewer(), parsed.data.feedbackId, parsed.data.reason);
    refreshDocumentPages();
    return succeeded("feedback_reported");
  });
}
