import { describe, expect, it } from "vitest";
import { isLoopback, isLoopbackAddress } from "./loopback";

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

describe("isLoopbackAddress", () => {
  it.each(["127.0.0.1", "127.255.10.2", "::1", "0:0:0:0:0:0:0:1", "::0001", "::ffff:127.0.0.1", "::FFFF:7f00:1", " 127.0.0.1 "])("%j is loopback", (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(["128.0.0.1", "10.0.0.1", "192.168.1.20", "0.0.0.0", "::", "::2", "fe80::1", "::ffff:10.0.0.1", "203.0.113.7", "localhost", "unknown", "", "127.0.0.1, 203.0.113.7", "127.0.0.1.evil.example"])(
    "%j is not loopback",
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );
});
