import { getTranslations } from "next-intl/server";
import { canonicalSearch, type FollowTarget } from "@/lib/digests/targets";
import type { Locale } from "@/lib/i18n/routing";
import type { Viewer } from "@/lib/policies/viewer";
import type { SearchRequest } from "@/lib/search/types";
import { toSearchParams } from "@/lib/validation/search";
import { FollowControl } from "./follow-control";

/** Below the results: follow a tag (when the search is only that tag) or save the search itself. */
export async function SaveSearch({ viewer, request, locale }: { viewer: Viewer; request: SearchRequest; locale: Locale }) {
  const search = canonicalSearch(toSearchParams(request));
  // Browsing everything is not a search to save.
  if (!search) return null;
  const t = await getTranslations("Follows");
  const tags = request.filters.tag ?? [];
  const onlyTag = tags.length === 1 && search === new URLSearchParams({ tag: tags[0]! }).toString();
  const target: FollowTarget = onlyTag ? { kind: "TAG", tag: tags[0]! } : { kind: "SEARCH", search };
  const label = onlyTag ? t("tag", { tag: tags[0]! }) : request.q ? t("searchNamed", { q: request.q }) : t("search");
  return (
    <section aria-labelledby="save-search-heading" className="space-y-2 border-t border-slate-200 pt-4">
      <h2 id="save-search-heading" className="text-base font-semibold">{t("saveSearchHeading")}</h2>
      <FollowControl viewer={viewer} target={target} label={label} signInPath={`/${locale}/search?${search}`} />
    </section>
  );
}
