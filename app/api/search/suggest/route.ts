// GET /api/search/suggest?q=…: completions of the last word, from readable documents only.
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-handler";
import { apiError } from "@/lib/http/api-response";
import { suggestCompletions } from "@/lib/search/service";
import { suggestParamsSchema } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { viewer }) => {
  const parsed = suggestParamsSchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
  if (!parsed.success) {
    return apiError(400, "invalid_query", "The query has invalid parameters; see fieldErrors.", z.flattenError(parsed.error).fieldErrors);
  }
  const suggestions = parsed.data.q ? await suggestCompletions(viewer, parsed.data.q) : [];
  return Response.json({ suggestions }, { headers: { "Cache-Control": "private, no-store" } });
});
