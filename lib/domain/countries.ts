// Countries a document can be about: the two coalition countries first, then neighbours
// that appear in joint work, and "REGIONAL" for work that spans the region.
export const REGIONAL = "REGIONAL";

export const countryCodes = [
  "US", "CO", REGIONAL, "MX", "PA", "EC", "PE", "VE", "BR", "CR", "GT", "HN", "SV", "DO", "CA",
] as const;

export type CountryCode = (typeof countryCodes)[number];
