import { describe, expect, it } from "vitest";
import { hasMalformedPath, hasMalformedQuery, isMalformedUrl } from "./url-shape";

describe("malformed URLs", () => {
  it("finds percent-escapes that are not UTF-8 in a path segment", () => {
    for (const path of ["/en/documents/%E0%A4%A", "/%FF", "/en/%C0%AF", "/api/attachments/%ED%A0%80", "/en/x%"]) expect(hasMalformedPath(path), path).toBe(true);
    for (const path of ["/en/documents/caf%C3%A9", "/en/documents/abc%00def", "/en/search", "/"]) expect(hasMalformedPath(path), path).toBe(false);
  });

  it("finds them in query names and values, + as a space included", () => {
    for (const query of ["?q=%E0%A4%A", "?%FF=1", "?a=1&tag=%C0%AF", "q=%"]) expect(hasMalformedQuery(query), query).toBe(true);
    // The same query once a server has parsed and re-encoded it.
    expect(hasMalformedQuery(`?${new URLSearchParams({ q: "a\uFFFD" })}`)).toBe(true);
    for (const query of ["", "?q=caf%C3%A9+con+leche", "?q=a%2Bb&page=2", "?q=%00"]) expect(hasMalformedQuery(query), query).toBe(false);
  });

  it("reads the raw URL a request carries, with or without origin", () => {
    expect(isMalformedUrl("http://127.0.0.1:3000/en/documents/%E0%A4%A")).toBe(true);
    expect(isMalformedUrl("http://127.0.0.1:3000/en/search?q=%FF#top")).toBe(true);
    expect(isMalformedUrl("/en/search?q=%C3%B1")).toBe(false);
    expect(isMalformedUrl(new URL("http://h/en/documents/%E0%A4%A?q=%FF").href)).toBe(true);
  });
});
