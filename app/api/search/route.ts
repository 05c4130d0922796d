// GET /api/search?q=…&type=…: one page of results, with facet counts, from the documents the
// caller may read (the engine applies the viewer's access filter). Parameters are the search
// page's URL parameters (lib/validation/search.ts), plus pageSize. A likely misspelling is
// corrected and the corrected query searched: `correctedQuery` says so (null when the words as
// typed were searched), and `verbatim=1` searches the words as typed. `totalIsEstimate` is true
// when `total` is an estimate or a lower bound (Meilisearch past its maxTotalHits), never with
// the database engine.
import { apiRoute } from "@/lib/http/api-handler";
import { invalidQuery } from "@/lib/http/api-response";
import { searchResultsPage } from "@/lib/search/service";
import { lastPage } from "@/lib/validation/page-param";
import { parseSearchApiParams, SEARCH_MAX_PAGE } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { viewer }) => {
  const parsed = parseSearchApiParams(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidQuery(parsed.fieldErrors);
  // A page past the last one answers the last one, as the search page shows it; `page` says which.
  const { request: answered, result } = await searchResultsPage(viewer, parsed.data);
  const { total, totalIsEstimate, hits, facets, correctedQuery } = result;
  const pageCount = total === 0 ? 0 : lastPage(total, answered.pageSize, SEARCH_MAX_PAGE);
  return Response.json(
    { total, totalIsEstimate, page: answered.page, pageCount, hits, facets, correctedQuery },
    // Results depend on who asks: never stored by shared caches or the browser.
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
