// GET /api/search/suggest?q=…: completions of the last word, from readable documents only.
import { apiRoute } from "@/lib/http/api-handler";
import { fieldErrorsOf, invalidQuery } from "@/lib/http/api-response";
import { suggestCompletions } from "@/lib/search/service";
import { suggestParamsSchema } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { viewer }) => {
  const parsed = suggestParamsSchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
  if (!parsed.success) throw invalidQuery(fieldErrorsOf(parsed.error));
  const suggestions = parsed.data.q ? await suggestCompletions(viewer, parsed.data.q) : [];
  return Response.json({ suggestions }, { headers: { "Cache-Control": "private, no-store" } });
});
