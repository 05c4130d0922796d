import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", PORT: 3000, PUENTE_DATA_DIR: ".data", LOG_LEVEL: "info" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" })).toMatchObject({ DATABASE_URL: undefined, PORT: 3000 });
  });

  it("accepts a postgres URL and a numeric port", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/puente", PORT: "8080" });
    expect(env.DATABASE_URL).toBe("postgresql://postgres@127.0.0.1:5432/puente");
    expect(env.PORT).toBe(8080);
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/db"],
    ["DATABASE_URL", "not a url"],
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["NODE_ENV", "staging"],
    ["APP_URL", "example.org"],
  ])("names the bad variable %s=%s", (name, value) => {
    try {
      parseEnv({ [name]: value });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).message).toContain(`${name}:`);
    }
  });
});
