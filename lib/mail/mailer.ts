import "server-only";
import { db } from "@/lib/db";
import { loadEnv, type Env } from "@/lib/env";
import { selectTransport, type MailTransport, type OutgoingMail } from "./transport";

export type { OutgoingMail } from "./transport";

// Created on first send, not at import, so pages that never send mail need no SMTP or database.
let cachedTransport: MailTransport | undefined;

function defaultTransport(): MailTransport {
  cachedTransport ??= selectTransport(loadEnv(), db);
  return cachedTransport;
}

export interface SendMailOptions {
  /** Defaults to the transport configured by lib/env.ts; tests pass their own. */
  transport?: MailTransport;
}

/**
 * Sends one email. Failures are logged here (server-side detail) and rethrown as a generic
 * "Could not send email", so callers can show a clear message without leaking SMTP details.
 */
export async function sendMail(message: OutgoingMail, options: SendMailOptions = {}): Promise<void> {
  const transport = options.transport ?? defaultTransport();
  try {
    await transport.send(message);
  } catch (error) {
    // Which mail and why it failed; never the transport options, which hold the SMTP password.
    const code = error instanceof Error && "code" in error ? String(error.code) : undefined;
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`mail: sending "${message.subject}" via ${transport.kind} failed${code ? ` (${code})` : ""}: ${reason}`);
    throw new Error("Could not send email", { cause: error });
  }
}

/** True where outgoing mail is kept in the MailMessage table for the development mailbox page. */
export function isDevMailboxEnabled(env: Pick<Env, "PUENTE_ENV" | "SMTP_HOST"> = loadEnv()): boolean {
  return env.PUENTE_ENV !== "production" && !env.SMTP_HOST;
}
