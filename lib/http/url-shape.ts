// URLs whose percent-encoding does not decode to UTF-8 text ("/documents/%E0%A4%A", "?q=%FF").
// Next.js throws on them while matching routes and answers a bare "Internal Server Error", and
// query parsers silently turn them into U+FFFD. They are answered as malformed instead: the
// proxy for pages (the styled not-found page) and API paths, apiRoute for API query strings.
//
// Next.js hands the proxy a query it has already parsed and encoded again, where each escape
// that was not UTF-8 has become U+FFFD (%EF%BF%BD). That character is what broken decoding
// produces and no search means, so a URL holding it counts as malformed too.

function decodes(part: string): boolean {
  try {
    return !decodeURIComponent(part).includes("\uFFFD");
  } catch {
    return false;
  }
}

/** The raw path (before any decoding) has an escape that is not UTF-8. */
export function hasMalformedPath(rawPathname: string): boolean {
  return rawPathname.includes("%") && !rawPathname.split("/").every(decodes);
}

/** The raw query string (with or without its "?") has an escape that is not UTF-8. */
export function hasMalformedQuery(rawSearch: string): boolean {
  if (!rawSearch.includes("%")) return false;
  return !rawSearch
    .replace(/^\?/, "")
    .split(/[&=]/)
    .every((part) => decodes(part.replace(/\+/g, " ")));
}

/** Path and query of a raw request URL ("http://host/path?query" or "/path?query"). */
export function isMalformedUrl(rawUrl: string): boolean {
  const withoutOrigin = rawUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
  const [pathAndQuery = ""] = withoutOrigin.split("#");
  const queryStart = pathAndQuery.indexOf("?");
  const path = queryStart === -1 ? pathAndQuery : pathAndQuery.slice(0, queryStart);
  const query = queryStart === -1 ? "" : pathAndQuery.slice(queryStart);
  return hasMalformedPath(path) || hasMalformedQuery(query);
}
