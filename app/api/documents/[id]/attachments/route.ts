// POST /api/documents/:id/attachments: the raw file is the body, its name in X-File-Name
// (URI-encoded). The type is decided by the content; the size limit is enforced while reading.
import { z } from "zod";
import { prepareUpload, uploadLimits } from "@/lib/attachments/prepare-upload";
import { addAttachment, checkAttachmentTarget } from "@/lib/dal/attachments";
import { loadEnv } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-handler";
import { apiError } from "@/lib/http/api-response";
import { BodyTooLargeError, readLimitedBody } from "@/lib/http/read-limited-body";
import { getStorage } from "@/lib/storage/get-storage";

export const dynamic = "force-dynamic";

const idSchema = z.string().min(1).max(50);
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
  empty: [422, "empty_file", "The file is empty."],
  file_too_large: [413, "file_too_large", "The file is larger than the limit."],
  invalid_name: [422, "file_name_invalid", "The file name is not valid."],
  type_not_allowed: [415, "type_not_allowed", "Only PDF, Word (.docx), plain text, Markdown and CSV files can be attached."],
  content_mismatch: [415, "content_mismatch", "The file's content does not match its name (for example, a program renamed to .pdf)."],
} as const;

export const POST = apiRoute<{ id: string }>(async (request, { viewer, params }) => {
  const env = loadEnv();
  const id = idSchema.safeParse(params.id);
  if (!id.success) return apiError(404, "not_found", "Not found.");
  const name = fileNameSchema.safeParse(request.headers.get("x-file-name"));
  if (!name.success) return apiError(422, "file_name_invalid", "Send the file name in the X-File-Name header.");
  await checkAttachmentTarget(viewer, id.data, env.ATTACHMENT_MAX_FILES);

  let bytes: Buffer;
  try {
    bytes = await readLimitedBody(request, env.ATTACHMENT_MAX_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return apiError(413, "file_too_large", `Files can be at most ${Math.floor(env.ATTACHMENT_MAX_BYTES / MB)} MB.`);
    throw error;
  }
  const file = await prepareUpload({ bytes, fileName: name.data, limits: uploadLimits(env) });
  if (!file.ok) {
    const [status, code, message] = rejections[file.reason];
    return apiError(status, code, message);
  }
  const result = await addAttachment(viewer, id.data, { file, bytes }, { storage: getStorage(), maxFiles: env.ATTACHMENT_MAX_FILES });
  if (result.kind === "duplicate") {
    return apiError(409, "duplicate_file", `This file is already attached as "${result.fileName}".`, undefined, { existingFileName: result.fileName });
  }
  const { kind: _kind, ...body } = result;
  return Response.json(body, { status: 201 });
});
