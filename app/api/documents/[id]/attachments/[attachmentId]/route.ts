// DELETE /api/documents/:id/attachments/:attachmentId: removes the file from the working copy
// (it stays in history and can come back by restoring a revision).
import { removeAttachment } from "@/lib/dal/attachments";
import { apiRoute } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/api-response";
import { idSchema } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ id: string; attachmentId: string }>(async (_request, { viewer, params }) => {
  const [id, attachmentId] = [idSchema.safeParse(params.id), idSchema.safeParse(params.attachmentId)];
  if (!id.success || !attachmentId.success) throw new ApiError(404, "not_found");
  return Response.json(await removeAttachment(viewer, id.data, attachmentId.data));
});
