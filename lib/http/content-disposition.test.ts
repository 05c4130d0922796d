import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it("keeps accents in the UTF-8 name and gives an ASCII fallback", () => {
    expect(contentDisposition("Informe región.pdf", "inline")).toBe(`inline; filename="Informe region.pdf"; filename*=UTF-8''Informe%20regi%C3%B3n.pdf`);
  });

  it("cannot be broken out of with quotes or line breaks", () => {
    const header = contentDisposition('a"; filename="evil.exe\r\nX: y', "attachment");
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith(`attachment; filename="a_; filename=_evil.exeX: y"`)).toBe(true);
  });
});
