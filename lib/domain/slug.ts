// Web addresses made from titles: accents folded ("educación" -> "educacion"), anything else
// that is not a letter or digit becomes a hyphen.
const MAX_LENGTH = 80;

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_LENGTH)
    .replace(/-+$/g, "");
  return slug || "document";
}

/** The slug with a numeric suffix, still within the length limit: "title-2", "title-3"… */
export function withSuffix(slug: string, n: number): string {
  const suffix = `-${n}`;
  return `${slug.slice(0, MAX_LENGTH - suffix.length).replace(/-+$/g, "")}${suffix}`;
}
