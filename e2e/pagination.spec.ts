// A page number is a position, never an error: the search page, the search API and the
// focus-area and organization pages all read -1, 0, abc and 2.5 as the first page, and a page
// past the last one (400, 99999) as the last page.
import { expect, test, type APIRequestContext } from "./support/test";
import { documents } from "../prisma/seed/data";

const notPages = ["-1", "0", "abc", "2.5"];
const pastTheEnd = ["400", "99999"];

/** The documents a page lists (their links, in order) and its "Page N of M". */
async function shown(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const html = (await response.text()).replace(/<!-- -->/g, "");
  const main = html.slice(html.indexOf('<main'), html.indexOf("</main>"));
  const listed = [...new Set([...main.matchAll(/href="\/en\/documents\/([a-z0-9-]+)"/g)].map((m) => m[1]!))];
  const [, current = "1", count = "1"] = /Page (\d+) of (\d+)/.exec(main) ?? [];
  return { listed, current: Number(current), count: Number(count) };
}

test("the search page and the API read bad and past-the-end page numbers the same way", async ({ request }) => {
  test.setTimeout(180_000);
  const first = await shown(request, "/en/search");
  expect(first.count).toBeGreaterThan(1);
  const last = await shown(request, `/en/search?page=${first.count}`);
  expect(last.listed.length).toBeGreaterThan(0);
  const api = async (value: string) => {
    const response = await request.get(`/api/search?page=${value}`);
    expect(response.status(), `/api/search?page=${value}`).toBe(200);
    const body = await response.json();
    return { page: body.page as number, pageCount: body.pageCount as number, slugs: (body.hits as { slug: string }[]).map((hit) => hit.slug) };
  };
  const apiFirst = await api("1");
  const apiLast = await api(String(first.count));
  expect(apiFirst.pageCount).toBe(first.count);
  for (const value of notPages) {
    expect(await shown(request, `/en/search?page=${value}`), `page=${value}`).toEqual(first);
    expect(await api(value), `api page=${value}`).toEqual(apiFirst);
  }
  for (const value of pastTheEnd) {
    expect(await shown(request, `/en/search?page=${value}`), `page=${value}`).toEqual(last);
    expect(await api(value), `api page=${value}`).toEqual(apiLast);
  }
});

test("focus-area and organization pages read bad and past-the-end page numbers the same way", async ({ request }) => {
  test.setTimeout(180_000);
  const count = (key: "focusAreas" | "organization", value: string) =>
    documents.filter((d) => (d.status ?? "PUBLISHED") === "PUBLISHED" && (d.visibility ?? "PUBLIC") === "PUBLIC" && !d.embargoUntil && [d[key]].flat().includes(value)).length;
  const area = [...new Set(documents.flatMap((d) => d.focusAreas))].sort((a, b) => count("focusAreas", b) - count("focusAreas", a))[0]!;
  const organization = [...new Set(documents.map((d) => d.organization))].sort((a, b) => count("organization", b) - count("organization", a))[0]!;
  for (const base of [`/en/focus-areas/${area}`, `/en/organizations/${organization}`]) {
    // The seeded lists fit on one page or a few: either way the last page lists documents.
    const first = await shown(request, base);
    const last = await shown(request, `${base}?page=${first.count}`);
    expect(last.listed.length).toBeGreaterThan(0);
    for (const value of notPages) expect(await shown(request, `${base}?page=${value}`), `${base}?page=${value}`).toEqual(first);
    for (const value of pastTheEnd) expect(await shown(request, `${base}?page=${value}`), `${base}?page=${value}`).toEqual(last);
  }
});
