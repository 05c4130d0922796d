// Whether an error means the database connection failed (server unreachable, connection
// closed or terminated, server restarting or refusing connections) rather than the statement
// itself: work that failed this way can be retried as soon as the database answers again.
import { Prisma } from "../generated/prisma/client";

// Driver adapter error kinds (@prisma/driver-adapter-utils) that are about the connection.
const CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
// Prisma's own: can't reach, timed out, server closed the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND"]);
// SQLSTATE: admin shutdown, crash shutdown, cannot connect now, too many connections.
const CONNECTION_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);

interface ErrorFields {
  kind?: unknown;
  code?: unknown;
  severity?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

export function isConnectionError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  const { kind, code, severity, cause, meta } = error as ErrorFields;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return PRISMA_CODES.has(error.code) || isConnectionError(meta?.driverAdapterError, depth + 1);
  }
  if (typeof kind === "string" && CONNECTION_KINDS.has(kind)) return true;
  if (kind === "postgres") {
    // A FATAL error ends the session: it is always the connection's, never the statement's.
    return severity === "FATAL" || severity === "PANIC" || (typeof code === "string" && (code.startsWith("08") || CONNECTION_STATES.has(code)));
  }
  if (typeof code === "string" && SOCKET_CODES.has(code)) return true;
  return isConnectionError(cause, depth + 1);
}

/**
 * A background worker's error reporter: every failure is logged, except that a database outage
 * is reported once a minute, not on every run while it lasts.
 */
export function outageAwareReporter(label: string): (error: unknown) => void {
  let lastConnectionError = 0;
  return (error) => {
    if (isConnectionError(error)) {
      if (Date.now() - lastConnectionError < 60_000) return;
      lastConnectionError = Date.now();
    }
    console.error(`${label}:`, error);
  };
}
