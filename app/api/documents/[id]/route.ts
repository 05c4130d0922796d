// PATCH /api/documents/:id: save an edit. The body holds the whole editable document plus the
// `version` it was based on; a newer version answers 409 and nothing is written.
import { z } from "zod";
import { saveDocument } from "@/lib/dal/document-editing";
import { apiRoute } from "@/lib/http/api-handler";
import { apiError, readJson, validationError } from "@/lib/http/api-response";
import { documentInputSchema, versionSchema } from "@/lib/validation/document";

export const dynamic = "force-dynamic";

const idSchema = z.string().min(1).max(50);

export const PATCH = apiRoute<{ id: string }>(async (request, { viewer, params }) => {
  const id = idSchema.safeParse(params.id);
  if (!id.success) return apiError(404, "not_found", "Not found.");
  const body = await readJson(request);
  const version = versionSchema.safeParse((body as { version?: unknown } | null)?.version);
  if (!version.success) return apiError(422, "invalid_input", "`version` (the version you edited) is required.", { version: ["version_required"] });
  const parsed = documentInputSchema.safeParse(body);
  if (!parsed.success) return validationError(parsed.error);
  return Response.json(await saveDocument(viewer, id.data, parsed.data, version.data));
});
