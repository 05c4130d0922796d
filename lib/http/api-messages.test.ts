import { describe, expect, it } from "vitest";
import { apiLocale, errorMessage, localizeFieldErrors } from "./api-messages";

const request = (query: string, acceptLanguage?: string) =>
  new Request(`http://localhost/api/documents${query}`, { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} });

describe("apiLocale", () => {
  it("takes ?locale=, then the best supported Accept-Language, then English", () => {
    expect(apiLocale(request("?locale=es", "en"))).toBe("es");
    expect(apiLocale(request("?locale=fr", "es-CO,es;q=0.9"))).toBe("es");
    expect(apiLocale(request("", "fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7"))).toBe("es");
    expect(apiLocale(request("", "en;q=0.4,es;q=0.6"))).toBe("es");
    expect(apiLocale(request("", "es;q=0,en"))).toBe("en");
    expect(apiLocale(request("", "*"))).toBe("en");
    expect(apiLocale(request(""))).toBe("en");
  });
});

describe("errorMessage", () => {
  it("translates a code from the forms' catalog, with its values", () => {
    expect(errorMessage("es", "text_invalid_characters", 422)).toMatch(/^Este texto contiene caracteres invisibles/);
    expect(errorMessage("en", "file_too_large", 413, { maxMegabytes: 25 })).toBe("Files can be at most 25 MB.");
    expect(errorMessage("en", "password.too_short", 422)).toBe("Use at least 12 characters.");
  });

  it("answers a code the catalog lacks with the general message of its status", () => {
    expect(errorMessage("en", "no_such_code", 404)).toBe(errorMessage("en", "not_found", 404));
    expect(errorMessage("es", "no_such_code", 500)).toBe(errorMessage("es", "unexpected", 500));
  });

  it("turns field codes into code and message pairs", () => {
    expect(localizeFieldErrors("es", { "metrics.0.label": ["metric_label_required"] })).toEqual({
      "metrics.0.label": [{ code: "metric_label_required", message: errorMessage("es", "metric_label_required", 422) }],
    });
  });
});
