// DELETE /api/documents/:id/attachments/:attachmentId: removes the file from the working copy
// (it stays in history and can come back by restoring a revision).
import { z } from "zod";
import { removeAttachment } from "@/lib/dal/attachments";
import { apiRoute } from "@/lib/http/api-handler";
import { apiError } from "@/lib/http/api-response";

export const dynamic = "force-dynamic";

const idSchema = z.string().min(1).max(50);

export const DELETE = apiRoute<{ id: string; attachmentId: string }>(async (_request, { viewer, params }) => {
  const [id, attachmentId] = [idSchema.safeParse(params.id), idSchema.safeParse(params.attachmentId)];
  if (!id.success || !attachmentId.success) return apiError(404, "not_found", "Not found.");
  return Response.json(await removeAttachment(viewer, id.data, attachmentId.data));
});
