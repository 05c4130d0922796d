// POST /api/documents/:id/attachments: the raw file is the body, its name in X-File-Name
// (URI-encoded). The type is decided by the content; the size limit is enforced while reading.
import { z } from "zod";
import { prepareUpload, uploadLimits } from "@/lib/attachments/prepare-upload";
import { addAttachment, checkAttachmentTarget } from "@/lib/dal/attachments";
import { loadEnv } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/api-response";
import { BodyTooLargeError, readLimitedBody } from "@/lib/http/read-limited-body";
import { getStorage } from "@/lib/storage/get-storage";
import { idSchema } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

const fileNameSchema = z.string().min(1).max(1000).transform((v, ctx) => {
  try {
    return decodeURIComponent(v);
  } catch {
    ctx.addIssue({ code: "custom", message: "file_name_invalid" });
    return z.NEVER;
  }
});

const MB = 1024 * 1024;

const rejections = {
  empty: [422, "empty_file"],
  file_too_large: [413, "file_too_large"],
  invalid_name: [422, "file_name_invalid"],
  type_not_allowed: [415, "type_not_allowed"],
  content_mismatch: [415, "content_mismatch"],
} as const;

export const POST = apiRoute<{ id: string }>(async (request, { viewer, params }) => {
  const env = loadEnv();
  const id = idSchema.safeParse(params.id);
  if (!id.success) throw new ApiError(404, "not_found");
  const name = fileNameSchema.safeParse(request.headers.get("x-file-name"));
  if (!name.success) throw new ApiError(422, "file_name_invalid");
  await checkAttachmentTarget(viewer, id.data, env.ATTACHMENT_MAX_FILES);

  let bytes: Buffer;
  try {
    bytes = await readLimitedBody(request, env.ATTACHMENT_MAX_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ApiError(413, "file_too_large", { details: { maxMegabytes: Math.floor(env.ATTACHMENT_MAX_BYTES / MB) } });
    throw error;
  }
  const file = await prepareUpload({ bytes, fileName: name.data, limits: uploadLimits(env) });
  if (!file.ok) {
    const [status, code] = rejections[file.reason];
    throw new ApiError(status, code, code === "file_too_large" ? { details: { maxMegabytes: Math.floor(env.ATTACHMENT_MAX_BYTES / MB) } } : {});
  }
  const result = await addAttachment(viewer, id.data, { file, bytes }, { storage: getStorage(), maxFiles: env.ATTACHMENT_MAX_FILES });
  if (result.kind === "duplicate") {
    throw new ApiError(409, "duplicate_file", { details: { existingFileName: result.fileName } });
  }
  const { kind: _kind, ...body } = result;
  return Response.json(body, { status: 201 });
});
