// PATCH /api/documents/:id: save an edit. The body holds the whole editable document plus the
// `version` it was based on (a newer version answers 409 and nothing is written), and
// optionally `submit: true` to submit it for review in the same transaction.
import { saveDocument } from "@/lib/dal/document-editing";
import { apiRoute } from "@/lib/http/api-handler";
import { ApiError, invalidInput, readJson } from "@/lib/http/api-response";
import { documentInputSchema, documentWriteOptionsSchema, versionSchema } from "@/lib/validation/document";
import { idSchema } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute<{ id: string }>(async (request, { viewer, params }) => {
  const id = idSchema.safeParse(params.id);
  if (!id.success) throw new ApiError(404, "not_found");
  const body = await readJson(request);
  const version = versionSchema.safeParse((body as { version?: unknown } | null)?.version);
  if (!version.success) throw new ApiError(422, "invalid_input", { fieldErrors: { version: ["version_required"] } });
  const parsed = documentInputSchema.safeParse(body);
  const options = documentWriteOptionsSchema.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  if (!options.success) throw invalidInput(options.error);
  return Response.json(await saveDocument(viewer, id.data, parsed.data, version.data, options.data));
});
