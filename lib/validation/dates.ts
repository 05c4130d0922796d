// Calendar dates and years typed into forms, URLs and the API. A date is checked as the
// calendar has it (zod's ISO date: 2023-02-31 and 2023-02-29 do not exist), never through
// Date.parse, which rolls 2023-02-31 over to 3 March and would store a date nobody typed.
import { z } from "zod";

/** The years the platform's dates, year filters and metric years may take. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/** YYYY-MM-DD of a real day between YEAR_MIN and YEAR_MAX. */
export const isoDateSchema = z
  .string({ error: "date_invalid" })
  .trim()
  .pipe(z.iso.date({ error: "date_invalid", abort: true }))
  .refine((value) => yearOf(value) >= YEAR_MIN && yearOf(value) <= YEAR_MAX, "date_out_of_range");
