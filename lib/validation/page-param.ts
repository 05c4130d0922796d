// The page parameter of paginated pages and of the search API. A page is a position, not a
// filter, so it never fails a request: anything that is not a page number (-1, abc, 2.5) is
// the first page, a number past `max` is `max`, and the page that lists the results clamps a
// number past the last page of results to the last page (lastPage).
import { z } from "zod";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export function pageParam(max: number) {
  return z.preprocess(
    first,
    z
      .unknown()
      .transform((raw) => (typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Math.min(Math.max(Number(raw), 1), max) : 1)),
  );
}

/** The last page there is for `total` results: at least 1, at most `max`. */
export function lastPage(total: number, pageSize: number, max: number): number {
  return Math.min(Math.max(1, Math.ceil(total / pageSize)), max);
}
