// The development mailbox: outgoing mail kept in the MailMessage table when no SMTP server is
// configured. Every function refuses with NOT_FOUND where it is disabled, so its page 404s in
// production rather than revealing that it exists.
import "server-only";
import { escapeLike } from "@/lib/db/escape-like";
import { db as defaultDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { loadEnv, type Env } from "@/lib/env";
import { notFoundError } from "@/lib/errors";
import type { MailMessage } from "@/lib/generated/prisma/client";
import { isDevMailboxEnabled } from "./mailer";

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

function mailbox(deps: DevMailboxDeps): Database {
  if (!isDevMailboxEnabled(deps.env ?? loadEnv())) throw notFoundError();
  return deps.db ?? defaultDb;
}

// Prisma turns an insensitive `equals` into ILIKE on PostgreSQL without escaping its wildcards,
// so "a_b@x.org" would also match "axb@x.org"; escaping keeps the comparison exact.
function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.trunc(limit)));
}

/** Newest first. */
export async function listDevMailbox(query: DevMailboxQuery = {}, deps: DevMailboxDeps = {}): Promise<DevMailboxMessage[]> {
  const database = mailbox(deps);
  const to = query.to?.trim();
  return database.mailMessage.findMany({
    where: to ? { to: { equals: escapeLike(to), mode: "insensitive" } } : {},
    // The id breaks ties between messages stored within the same millisecond.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: clampLimit(query.limit),
  });
}

export async function getDevMailboxMessage(id: string, deps: DevMailboxDeps = {}): Promise<DevMailboxMessage> {
  const message = await mailbox(deps).mailMessage.findUnique({ where: { id } });
  if (!message) throw notFoundError();
  return message;
}

/** Removes every stored message; returns how many. */
export async function clearDevMailbox(deps: DevMailboxDeps = {}): Promise<number> {
  const { count } = await mailbox(deps).mailMessage.deleteMany();
  return count;
}
