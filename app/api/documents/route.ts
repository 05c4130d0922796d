// POST /api/documents: create a draft, and with `submit: true` submit it for review in the
// same transaction (an incomplete document answers 422 incomplete_for_review and nothing is
// written). Same schema as the editor's form (lib/validation/document.ts). Who asks is checked
// before the body is read (lib/http/api-handler.ts); bodies over 1 MB answer 413.
import { assertMayCreateDocuments, createDocument } from "@/lib/dal/document-editing";
import { apiRoute } from "@/lib/http/api-handler";
import { invalidInput, readJson } from "@/lib/http/api-response";
import { documentInputSchema, documentWriteOptionsSchema } from "@/lib/validation/document";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request, { viewer }) => {
  assertMayCreateDocuments(viewer);
  const body = await readJson(request);
  const parsed = documentInputSchema.safeParse(body);
  const options = documentWriteOptionsSchema.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  if (!options.success) throw invalidInput(options.error);
  const created = await createDocument(viewer, parsed.data, options.data);
  return Response.json(created, { status: 201 });
});
