// Which failures are the connection's (retry as soon as the database answers) and which are
// the statement's, in the shapes Prisma's pg adapter and Node report them.
import { describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { isConnectionError } from "./connection-error";

const adapterError = (cause: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("Raw query failed", {
    code: "P2010",
    clientVersion: "7.10.0",
    meta: { driverAdapterError: Object.assign(new Error(String(cause.message ?? cause.kind)), { name: "DriverAdapterError", cause }) },
  });
const postgres = (code: string, severity: string) => adapterError({ kind: "postgres", code, severity, message: code });
const socket = (code: string) => Object.assign(new Error(code), { code });

describe("isConnectionError", () => {
  it("recognises a terminated, refused, closed or unreachable connection", () => {
    expect(isConnectionError(postgres("57P01", "FATAL"))).toBe(true); // pg_terminate_backend
    expect(isConnectionError(postgres("55000", "FATAL"))).toBe(true); // not accepting connections
    expect(isConnectionError(postgres("57P03", "ERROR"))).toBe(true); // starting up
    expect(isConnectionError(postgres("08006", "ERROR"))).toBe(true);
    expect(isConnectionError(adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    expect(isConnectionError(adapterError({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isConnectionError(new Prisma.PrismaClientKnownRequestError("closed", { code: "P1017", clientVersion: "7.10.0" }))).toBe(true);
    expect(isConnectionError(socket("ECONNRESET"))).toBe(true);
    expect(isConnectionError(new Error("wrapped", { cause: socket("ECONNREFUSED") }))).toBe(true);
  });

  it("leaves errors of the statement or the data alone", () => {
    expect(isConnectionError(postgres("23505", "ERROR"))).toBe(false);
    expect(isConnectionError(postgres("22021", "ERROR"))).toBe(false);
    expect(isConnectionError(new Prisma.PrismaClientKnownRequestError("unique", { code: "P2002", clientVersion: "7.10.0" }))).toBe(false);
    expect(isConnectionError(adapterError({ kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isConnectionError(new Error("engine rejected the document"))).toBe(false);
    expect(isConnectionError("ECONNRESET")).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});
