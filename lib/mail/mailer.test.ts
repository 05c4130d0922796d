import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";
import { isDevMailboxEnabled, sendMail } from "./mailer";
import { startFakeSmtpServer } from "./testing/fake-smtp-server";
import { smtpTransport, type MailTransport, type OutgoingMail } from "./transport";

const message: OutgoingMail = { to: "ana@example.org", subject: "Hello", text: "t", html: "<p>h</p>" };

describe("sendMail", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("hands the message to the transport", async () => {
    const send = vi.fn<MailTransport["send"]>().mockResolvedValue();
    await sendMail(message, { transport: { kind: "smtp", send } });
    expect(send).toHaveBeenCalledWith(message);
  });

  it("logs a failure without secrets and rethrows a generic error", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = Object.assign(new Error("Invalid login: 535 Authentication failed"), { code: "EAUTH" });
    const transport: MailTransport = { kind: "smtp", send: () => Promise.reject(failure) };
    await expect(sendMail(message, { transport })).rejects.toThrow(/^Could not send email$/);
    expect(log).toHaveBeenCalledOnce();
    const logged = String(log.mock.calls[0]?.[0]);
    expect(logged).toContain("EAUTH");
    expect(logged).toContain("smtp");
  });

  it("never logs the SMTP password when a real SMTP exchange fails", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const server = await startFakeSmtpServer({ rejectAuth: true });
    try {
      const env = parseEnv({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(server.port), SMTP_USER: "puente", SMTP_PASSWORD: "hunter2-secret" });
      await expect(sendMail(message, { transport: smtpTransport(env) })).rejects.toThrow(/^Could not send email$/);
    } finally {
      await server.close();
    }
    expect(server.received).toHaveLength(0);
    const logged = JSON.stringify(log.mock.calls);
    // With credentials and no STARTTLS on offer, nodemailer refuses before sending the login.
    expect(logged).toMatch(/ETLS|EAUTH/);
    expect(logged).not.toContain("hunter2-secret");
    expect(logged).not.toContain(Buffer.from("\0puente\0hunter2-secret").toString("base64"));
  });
});

describe("isDevMailboxEnabled", () => {
  it("is on in development and test without SMTP, off with SMTP or in production", () => {
    expect(isDevMailboxEnabled(parseEnv({ PUENTE_ENV: "development" }))).toBe(true);
    expect(isDevMailboxEnabled(parseEnv({ PUENTE_ENV: "test" }))).toBe(true);
    expect(isDevMailboxEnabled(parseEnv({ PUENTE_ENV: "development", SMTP_HOST: "smtp.example.org" }))).toBe(false);
    expect(isDevMailboxEnabled({ PUENTE_ENV: "production", SMTP_HOST: undefined })).toBe(false);
  });
});
