// POST /api/documents: create a draft. Same schema as the editor's form (lib/validation/document.ts).
import { createDocument } from "@/lib/dal/document-editing";
import { submitDocument } from "@/lib/dal/document-workflow";
import { apiRoute } from "@/lib/http/api-handler";
import { readJson, validationError } from "@/lib/http/api-response";
import { documentInputSchema } from "@/lib/validation/document";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request, { viewer }) => {
  const body = await readJson(request);
  const parsed = documentInputSchema.safeParse(body);
  if (!parsed.success) return validationError(parsed.error);
  const created = await createDocument(viewer, parsed.data);
  if ((body as { submit?: unknown }).submit === true) await submitDocument(viewer, created.id, created.version);
  return Response.json(created, { status: 201 });
});
