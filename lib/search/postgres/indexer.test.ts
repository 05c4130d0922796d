import { describe, expect, it } from "vitest";
import { vocabulary } from "./indexer";

describe("vocabulary", () => {
  it("counts each folded word once per document, skipping short words and numbers", () => {
    const counts = vocabulary(["Educación y EDUCACIÓN rural, 2024", "educacion en el puerto de Buenaventura"]);
    expect(counts.get("educacion")).toBe(2);
    expect(counts.get("rural")).toBe(1);
    expect(counts.get("buenaventura")).toBe(1);
    expect([...counts.keys()].filter((w) => w.length < 3 || /^[0-9]+$/.test(w))).toEqual([]);
  });
});
