import { isIP } from "node:net";

/**
 * Whether an address or host name reaches this machine only: 127.0.0.0/8, ::1 (also written
 * as an IPv4-mapped address) or "localhost". An unspecified address (0.0.0.0, ::) means every
 * interface, and any other name may resolve anywhere: neither is loopback.
 */
export function isLoopback(host: string): boolean {
  const value = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (value === "localhost" || value.endsWith(".localhost")) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value)?.[1];
  const address = mapped ?? value;
  if (isIP(address) === 4) return address.startsWith("127.");
  if (isIP(address) === 6) return /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(address);
  return false;
}
