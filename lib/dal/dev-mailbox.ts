// The development mailbox: outgoing mail kept in the MailMessage table when no SMTP server is
// configured. It holds every confirmation, sign-in and password-reset link, so it is for the
// person running the server only: a signed-in platform admin, on a request from this machine.
// Everyone and everywhere else gets NOT_FOUND (its page 404s), including all of production.
import "server-only";
import { escapeLike } from "@/lib/db/escape-like";
import { db as defaultDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { loadEnv, type Env } from "@/lib/env";
import { notFoundError } from "@/lib/errors";
import type { MailMessage } from "@/lib/generated/prisma/client";
import { isDevMailboxEnabled } from "@/lib/mail/mailer";
import { isAdmin } from "@/lib/policies/administration";
import type { Viewer } from "@/lib/policies/viewer";
import { isLoopbackAddress } from "@/lib/net/loopback";

export type DevMailboxMessage = MailMessage;

export interface DevMailboxDeps {
  env?: Pick<Env, "PUENTE_ENV" | "SMTP_HOST">;
  db?: Database;
}

export interface DevMailboxQuery {
  /** Exact recipient, compared case-insensitively. */
  to?: string;
  /** Default 50, at most 200. */
  limit?: number;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/**
 * The database, for a viewer allowed to read the mailbox from `clientAddress` (the request's
 * client address, lib/security/client-ip.ts); NOT_FOUND for anyone else.
 */
function mailbox(viewer: Viewer, clientAddress: string, deps: DevMailboxDeps): Database {
  if (!isDevMailboxEnabled(deps.env ?? loadEnv())) throw notFoundError();
  if (!isAdmin(viewer) || !isLoopbackAddress(clientAddress)) throw notFoundError();
  return deps.db ?? defaultDb;
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.trunc(limit)));
}

/** Newest first. */
export async function listDevMailbox(viewer: Viewer, clientAddress: string, query: DevMailboxQuery = {}, deps: DevMailboxDeps = {}): Promise<DevMailboxMessage[]> {
  const database = mailbox(viewer, clientAddress, deps);
  const to = query.to?.trim();
  return database.mailMessage.findMany({
    // Prisma turns an insensitive `equals` into ILIKE on PostgreSQL without escaping its
    // wildcards, so "a_b@x.org" would also match "axb@x.org"; escaping keeps the comparison exact.
    where: to ? { to: { equals: escapeLike(to), mode: "insensitive" } } : {},
    // The id breaks ties between messages stored within the same millisecond.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: clampLimit(query.limit),
  });
}

export async function getDevMailboxMessage(viewer: Viewer, clientAddress: string, id: string, deps: DevMailboxDeps = {}): Promise<DevMailboxMessage> {
  const message = await mailbox(viewer, clientAddress, deps).mailMessage.findUnique({ where: { id } });
  if (!message) throw notFoundError();
  return message;
}

/** Removes every stored message; returns how many. */
export async function clearDevMailbox(viewer: Viewer, clientAddress: string, deps: DevMailboxDeps = {}): Promise<number> {
  const { count } = await mailbox(viewer, clientAddress, deps).mailMessage.deleteMany();
  return count;
}
