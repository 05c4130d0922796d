// Where outgoing mail goes: a real SMTP server, or (development and test only) the MailMessage
// table, which the development mailbox page reads so sign-up links work with no mail server.
import nodemailer from "nodemailer";
import type { Database } from "@/lib/db/client";
import type { Env } from "@/lib/env";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post for digests). */
  headers?: Record<string, string>;
}

export interface MailTransport {
  kind: "smtp" | "dev-mailbox";
  send(message: OutgoingMail): Promise<void>;
}

export type SmtpEnv = Pick<Env, "SMTP_HOST" | "SMTP_PORT" | "SMTP_USER" | "SMTP_PASSWORD" | "SMTP_SECURE" | "MAIL_FROM">;
export type TransportEnv = SmtpEnv & Pick<Env, "PUENTE_ENV">;

// Requests wait on mail (sign-up, password reset): a hung server must fail them, not hang them.
const TIMEOUT_MS = 10_000;

export function smtpTransport(env: SmtpEnv): MailTransport {
  if (!env.SMTP_HOST) throw new Error("smtpTransport needs SMTP_HOST");
  const transporter = nodemailer.createTransport(
    {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
      // With credentials, refuse to fall back to plain text when STARTTLS is stripped.
      requireTLS: Boolean(env.SMTP_USER) && !env.SMTP_SECURE,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    },
    { from: env.MAIL_FROM },
  );
  return {
    kind: "smtp",
    async send(message) {
      await transporter.sendMail({ to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers });
    },
  };
}

export function devMailboxTransport(db: Database): MailTransport {
  return {
    kind: "dev-mailbox",
    async send(message) {
      await db.mailMessage.create({
        data: { to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers },
      });
    },
  };
}

export function selectTransport(env: TransportEnv, db: Database): MailTransport {
  if (env.SMTP_HOST) return smtpTransport(env);
  // lib/env.ts already rejects this; repeated here so production mail can never land in a table.
  if (env.PUENTE_ENV === "production") throw new Error("SMTP_HOST is required when PUENTE_ENV=production");
  return devMailboxTransport(db);
}
