import { describe, expect, it } from "vitest";
import { isLoopback } from "./loopback";

describe("isLoopback", () => {
  it.each(["127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1", "[::1]", "::ffff:127.0.0.1", "localhost", "LOCALHOST", "app.localhost"])(
    "%s reaches this machine only",
    (host) => expect(isLoopback(host)).toBe(true),
  );

  it.each(["0.0.0.0", "::", "192.0.2.10", "10.0.0.1", "::ffff:192.0.2.10", "fe80::1", "example.org", "localhost.example.org", "128.0.0.1"])(
    "%s is not loopback",
    (host) => expect(isLoopback(host)).toBe(false),
  );
});
