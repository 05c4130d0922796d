// GET /api/search?q=…&type=…: one page of results, with facet counts and "did you mean",
// from the documents the caller may read (the engine applies the viewer's access filter).
// Parameters are the search page's URL parameters (lib/validation/search.ts), plus pageSize.
import { apiRoute } from "@/lib/http/api-handler";
import { apiError } from "@/lib/http/api-response";
import { searchDocuments } from "@/lib/search/service";
import { parseSearchApiParams } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { viewer }) => {
  const parsed = parseSearchApiParams(new URL(request.url).searchParams);
  if (!parsed.success) {
    return apiError(400, "invalid_query", "The query has invalid parameters; see fieldErrors.", parsed.fieldErrors);
  }
  const { page, pageSize } = parsed.data;
  const { total, hits, facets, suggestion } = await searchDocuments(viewer, parsed.data);
  return Response.json(
    { total, page, pageCount: Math.ceil(total / pageSize), hits, facets, suggestion },
    // Results depend on who asks: never stored by shared caches or the browser.
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
