import { describe, expect, it } from "vitest";
import { foreignLocalePrefix } from "./foreign-locale";

describe("foreignLocalePrefix", () => {
  it.each([
    ["/fr/focus-areas", { rest: "/focus-areas", locale: null }],
    ["/fr", { rest: "/", locale: null }],
    ["/de/documents/water-rights", { rest: "/documents/water-rights", locale: null }],
    ["/pt-BR/search", { rest: "/search", locale: null }],
    ["/es-CO/focus-areas", { rest: "/focus-areas", locale: "es" }],
    ["/en-US/", { rest: "/", locale: "en" }],
    ["/es-419/focus-areas", { rest: "/focus-areas", locale: "es" }],
  ])("%s is a language code we do not serve", (path, expected) => {
    expect(foreignLocalePrefix(path)).toEqual(expected);
  });

  it.each(["/en/focus-areas", "/es", "/", "/focus-areas", "/xx/focus-areas", "/ok", "/go/x", "/api/health", "/english/x"])("%s is left alone", (path) => {
    expect(foreignLocalePrefix(path)).toBeNull();
  });
});
