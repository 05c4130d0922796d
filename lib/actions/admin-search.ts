"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { startSearchReindex } from "@/lib/dal/search-admin";
import { succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";

/** Answers as soon as the rebuild has started; the page then follows it until it ends. */
export async function startSearchReindexAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    await startSearchReindex(await getViewer());
    revalidatePath("/[locale]/admin/search", "page");
    return succeeded("reindex_started");
  });
}
