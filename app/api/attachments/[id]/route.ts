// GET /api/attachments/:id: the file, streamed from storage, for viewers who may read it (the
// same rules as its document; anyone else gets 404). PDFs open in the browser so links can
// point at a page (#page=12); other types download.
import { getAttachmentForDownload } from "@/lib/dal/attachments";
import { apiRoute } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/api-response";
import { contentDisposition } from "@/lib/http/content-disposition";
import { getStorage } from "@/lib/storage/get-storage";
import { idSchema } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (_request, { viewer, params }) => {
  const id = idSchema.safeParse(params.id);
  if (!id.success) throw new ApiError(404, "not_found");
  const attachment = await getAttachmentForDownload(viewer, id.data);
  const stored = await getStorage().get(attachment.storageKey);
  if (!stored) {
    console.error(`attachments: file ${attachment.storageKey} is missing from storage`);
    throw new ApiError(404, "not_found");
  }
  const inline = attachment.mimeType === "application/pdf";
  return new Response(stored.body, {
    headers: {
      "Content-Type": attachment.mimeType.startsWith("text/") ? `${attachment.mimeType}; charset=utf-8` : attachment.mimeType,
      "Content-Length": String(stored.size),
      "Content-Disposition": contentDisposition(attachment.fileName, inline ? "inline" : "attachment"),
      // Access depends on the session: never cache in shared caches.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
