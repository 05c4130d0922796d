"use server";
// The editor's and the workflow panel's server actions: parse with the shared schemas, call
// the data layer, and answer with field errors or an outcome. Known errors become messages;
// anything else is logged and answered generically (runAction / runEditor).
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { createDocument, restoreRevision, saveDocument } from "@/lib/dal/document-editing";
import { findEditedDocument } from "@/lib/dal/revisions";
import { archiveDocument, decideReview, submitDocument, unpublishDocument, withdrawSubmission } from "@/lib/dal/document-workflow";
import { AppError, FieldError } from "@/lib/errors";
import type { EditorState } from "@/lib/forms/editor-state";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { previewHtml } from "@/lib/markdown/preview-html";
import { documentInputSchema, documentLimits, reviewInputSchema, takeDownSchema, versionSchema } from "@/lib/validation/document";
import { slugSchema } from "@/lib/validation/browse";
import { readDocumentForm } from "@/lib/validation/document-form";
import { idSchema } from "@/lib/validation/text";
import type { WorkflowOutcome } from "@/lib/validation/workflow-outcome";
import { requestContext } from "./request-context";

const intentSchema = z.enum(["save", "submit"]).catch("save");

/** Zod issues keyed by their full path, so a metric row's cell gets its own message. */
function issuesByPath(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 2 && issue.path[0] === "metrics" ? issue.path.join(".") : String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

async function runEditor(work: () => Promise<EditorState>): Promise<EditorState> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof FieldError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof AppError && error.message === "stale_edit") return { status: "conflict", message: "stale_edit" };
    if (error instanceof AppError) return { status: "error", message: error.code === "NOT_FOUND" ? "not_found" : error.message };
    console.error("document editor action failed:", error);
    return { status: "error", message: "unexpected" };
  }
}

export async function saveDocumentAction(_previous: EditorState, formData: FormData): Promise<EditorState> {
  return runEditor(async () => {
    const parsed = documentInputSchema.safeParse(readDocumentForm(formData));
    if (!parsed.success) return { status: "error", message: "fix_fields", fieldErrors: issuesByPath(parsed.error) };
    // Save and submit is one transaction in the data layer, which checks what review needs
    // before writing: a refused submission leaves no half-made draft (incomplete_for_review).
    const submit = intentSchema.parse(formData.get("intent")) === "submit";
    const viewer = await getViewer();
    const { locale } = await requestContext();
    // No document id: a new document. An id that is not one names nothing: not found.
    if (!formData.get("documentId")) {
      const created = await createDocument(viewer, parsed.data, { submit });
      redirect(`/${locale}/documents/${created.slug}${submit ? "?outcome=submitted" : "/edit?created=1"}`);
    }
    const documentId = idSchema.safeParse(formData.get("documentId"));
    const version = versionSchema.safeParse(formData.get("version"));
    if (!documentId.success || !version.success) return { status: "error", message: "not_found" };
    let saved;
    try {
      saved = await saveDocument(viewer, documentId.data, parsed.data, version.data, { submit });
    } catch (error) {
      if (error instanceof AppError && error.message === "stale_edit") {
        const current = await findEditedDocument(viewer, documentId.data);
        const compareHref = current && `/${locale}/documents/${current.slug}/history?from=${version.data}&to=${current.version}`;
        return { status: "conflict", message: "stale_edit", compareHref: compareHref ?? undefined };
      }
      throw error;
    }
    revalidatePath(`/${locale}/documents/${saved.slug}`);
    if (submit) redirect(`/${locale}/documents/${saved.slug}?outcome=submitted`);
    return { status: "saved", message: saved.changed ? "saved" : "no_changes", version: saved.version, savedAt: new Date().toISOString() };
  });
}

export async function previewMarkdownAction(markdown: string): Promise<string> {
  if (typeof markdown !== "string" || markdown.length > documentLimits.body) return "";
  if ((await getViewer()).kind !== "user") return "";
  // On a worker, within a time limit: a hostile body costs a worker's time, not the server's.
  return previewHtml(markdown);
}

/**
 * A workflow step changes which forms the page shows (the form that was used may be gone), so
 * its outcome is shown by the page itself, after a redirect.
 */
async function showOutcome(slug: string, outcome: WorkflowOutcome): Promise<never> {
  const { locale } = await requestContext();
  revalidatePath(`/${locale}/documents/${slug}`);
  redirect(`/${locale}/documents/${slug}?outcome=${outcome}`);
}

const documentRef = z.object({ documentId: idSchema, slug: slugSchema });

export async function submitDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const ref = documentRef.safeParse(Object.fromEntries(formData));
    const version = versionSchema.safeParse(formData.get("version"));
    if (!ref.success || !version.success) return failed("not_found");
    try {
      await submitDocument(await getViewer(), ref.data.documentId, version.data);
    } catch (error) {
      if (error instanceof FieldError) return failed("incomplete_for_review");
      throw error;
    }
    await showOutcome(ref.data.slug, "submitted");
    return succeeded("submitted");
  });
}

export async function reviewDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const ref = documentRef.safeParse(Object.fromEntries(formData));
    const parsed = reviewInputSchema.safeParse(Object.fromEntries(formData));
    if (!ref.success) return failed("not_found");
    if (!parsed.success) return invalid(parsed.error, formData);
    await decideReview(await getViewer(), ref.data.documentId, parsed.data);
    await showOutcome(ref.data.slug, `decision_${parsed.data.decision}`);
    return succeeded(`decision_${parsed.data.decision}`);
  });
}

export async function takeDownDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const ref = documentRef.safeParse(Object.fromEntries(formData));
    const parsed = takeDownSchema.safeParse(Object.fromEntries(formData));
    if (!ref.success) return failed("not_found");
    if (!parsed.success) return invalid(parsed.error, formData);
    const viewer = await getViewer();
    if (parsed.data.action === "archive") await archiveDocument(viewer, ref.data.documentId, parsed.data.reason);
    else await unpublishDocument(viewer, ref.data.documentId, parsed.data.reason);
    await showOutcome(ref.data.slug, parsed.data.action === "archive" ? "archived" : "unpublished");
    return succeeded(parsed.data.action === "archive" ? "archived" : "unpublished");
  });
}

export async function withdrawSubmissionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const ref = documentRef.safeParse(Object.fromEntries(formData));
    const version = versionSchema.safeParse(formData.get("version"));
    if (!ref.success || !version.success) return failed("not_found");
    await withdrawSubmission(await getViewer(), ref.data.documentId, version.data);
    await showOutcome(ref.data.slug, "withdrawn");
    return succeeded("withdrawn");
  });
}

export async function restoreRevisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const ref = documentRef.safeParse(Object.fromEntries(formData));
    const number = versionSchema.safeParse(formData.get("number"));
    const version = versionSchema.safeParse(formData.get("version"));
    if (!ref.success || !number.success || !version.success) return failed("not_found");
    try {
      await restoreRevision(await getViewer(), ref.data.documentId, number.data, version.data);
    } catch (error) {
      if (error instanceof AppError && error.message === "stale_edit") return failed("stale_edit");
      throw error;
    }
    const { locale } = await requestContext();
    revalidatePath(`/[locale]/documents/${ref.data.slug}`, "page");
    redirect(`/${locale}/documents/${ref.data.slug}/history?restored=${number.data}`);
  });
}
