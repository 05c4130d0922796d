// "Did you mean" gives nothing away (issue 11, item 6), on the seed through the real app: a
// word that only documents a visitor may not read hold, and a typo of it, are answered to the
// visitor exactly as a word that occurs nowhere (no hit, no total, no facet, no suggestion),
// on the API and on the page; a member who may read those documents finds them and is offered
// the word for its typo. A hidden word near a readable one is corrected to that readable word
// for a visitor, exactly as a made-up word near the same readable word is.
import { expect, test, type APIRequestContext } from "./support/test";
import { signInAndWait } from "./support/auth";
import { hiddenWordFor, hiddenWordNearReadable } from "./support/seed-words";

const PERSONA = "member.a@puente.test";
const NOWHERE = "qxvwzjkfpq";
const hidden = hiddenWordFor(PERSONA);
const near = hiddenWordNearReadable(PERSONA);

async function answer(api: APIRequestContext, q: string) {
  const response = await api.get(`/api/search?${new URLSearchParams({ q })}`);
  expect(response.ok()).toBe(true);
  const { total, hits, facets, correctedQuery } = (await response.json()) as {
    total: number; hits: { title: string }[]; facets: Record<string, unknown[]>; correctedQuery: string | null;
  };
  return { total, titles: hits.map((h) => h.title), facets, suggestion: correctedQuery };
}

test("the seed has words only restricted documents hold: one far from every other word, one near a readable word", () => {
  expect(hidden, `a word only documents ${PERSONA} may read hold`).not.toBeNull();
  expect(hidden!.titles.length).toBeGreaterThan(0);
  expect(near, `a word only documents ${PERSONA} may read hold, near a readable one`).not.toBeNull();
});

test("a visitor typing a hidden word is offered the readable word near it, as for a word that occurs nowhere", async ({ page }) => {
  const { hidden: word, readable, nowhere } = near!;
  const asNowhere = await answer(page.request, nowhere);
  expect(asNowhere.suggestion).toBe(readable);
  expect(await answer(page.request, word)).toEqual(asNowhere);
  await signInAndWait(page, PERSONA);
  expect((await answer(page.request, word)).suggestion).toBeNull();
});

test("a visitor is answered about that word and its typo exactly as about a word that occurs nowhere", async ({ page }) => {
  const { word, typo } = hidden!;
  const nowhere = await answer(page.request, NOWHERE);
  expect(nowhere).toMatchObject({ total: 0, titles: [], suggestion: null });
  expect(await answer(page.request, word)).toEqual(nowhere);
  expect(await answer(page.request, typo)).toEqual(nowhere);
  expect(await answer(page.request, `${typo} ${word}`)).toEqual(await answer(page.request, `${NOWHERE} ${NOWHERE}`));

  // The page as a visitor sees it: nothing names the word (whatever the correction's wording).
  for (const q of [typo, word]) {
    await page.goto(`/en/search?${new URLSearchParams({ q })}`);
    await expect(page.getByLabel("Search terms")).toHaveValue(q);
    await expect(page.getByRole("link", { name: word, exact: true })).toHaveCount(0);
    await expect(page.getByRole("main")).toContainText(/no documents match/i);
  }
});

test("a member who may read the documents finds them and is offered the word for its typo", async ({ page }) => {
  test.setTimeout(60_000);
  const { word, typo, titles } = hidden!;
  await signInAndWait(page, PERSONA);
  const found = await answer(page.request, word);
  expect(found.titles).toEqual(expect.arrayContaining(titles));
  expect(found.suggestion).toBeNull();
  expect((await answer(page.request, typo)).suggestion).toBe(word);

  // The typo is searched as the word, and the page says so.
  await page.goto(`/en/search?${new URLSearchParams({ q: typo })}`);
  await expect(page.getByLabel("Search terms")).toHaveValue(typo);
  await expect(page.getByRole("main")).toContainText(`Showing results for ${word}`);
});
