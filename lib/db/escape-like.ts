/**
 * Escapes LIKE/ILIKE wildcards in user input. Prisma passes `contains` and insensitive
 * `equals` values to ILIKE unescaped, so "%" or "_" typed into a search would match anything.
 */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}
