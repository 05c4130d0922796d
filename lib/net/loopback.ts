import { BlockList, isIP } from "node:net";

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/**
 * Whether an address is this machine's own: 127.0.0.0/8 or ::1, in any spelling, including
 * 127.x written as an IPv4-mapped IPv6 address (::ffff:127.0.0.1, what a dual-stack socket
 * reports). Anything that is not an address ("unknown", a hostname) is not loopback.
 */
export function isLoopbackAddress(address: string): boolean {
  const value = address.trim();
  const family = isIP(value);
  if (family === 0) return false;
  return loopback.check(value, family === 4 ? "ipv4" : "ipv6");
}

/**
 * Whether a host to listen on reaches this machine only: a loopback address (also in
 * brackets) or "localhost". An unspecified address (0.0.0.0, ::) means every interface, and
 * any other name may resolve anywhere: neither is loopback.
 */
export function isLoopback(host: string): boolean {
  const value = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return value === "localhost" || value.endsWith(".localhost") || isLoopbackAddress(value);
}
