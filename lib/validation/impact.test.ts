import { describe, expect, it } from "vitest";
import { parseImpactApiParams, parseImpactPageParams } from "./impact";

describe("impact parameters", () => {
  it("the page drops what it cannot read and keeps the rest", () => {
    expect(parseImpactPageParams({})).toEqual({ by: "year", area: undefined });
    expect(parseImpactPageParams({ by: "country", area: "cybersecurity" })).toEqual({ by: "country", area: "cybersecurity" });
    expect(parseImpactPageParams({ by: "planet", area: "Not A Slug" })).toEqual({ by: "year", area: undefined });
    expect(parseImpactPageParams({ by: ["sector", "year"], area: "" })).toEqual({ by: "sector", area: undefined });
  });

  it("the API names each parameter it refuses", () => {
    expect(parseImpactApiParams(new URLSearchParams("by=organization&measure=MONEY:COP"))).toEqual({ success: true, data: { by: "organization", measure: "MONEY:COP" } });
    expect(parseImpactApiParams(new URLSearchParams("measure=COUNT:cases"))).toMatchObject({ success: true, data: { by: "year", measure: "COUNT:cases" } });
    const refused = parseImpactApiParams(new URLSearchParams({ by: "x", area: "a b", measure: "MONEY:usd\u0000" }));
    expect(refused).toEqual({ success: false, fieldErrors: { by: ["impact_dimension_invalid"], area: ["slug_invalid"], measure: ["text_invalid_characters"] } });
    expect(parseImpactApiParams(new URLSearchParams("measure=DROP TABLE"))).toEqual({ success: false, fieldErrors: { measure: ["impact_measure_invalid"] } });
  });
});
