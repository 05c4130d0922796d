import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { startFakeSmtpServer, type FakeSmtpServer } from "./testing/fake-smtp-server";
import { selectTransport, smtpTransport } from "./transport";

// Selection never touches the database; a stand-in proves it is not called either.
const unusedDb = new Proxy({} as Database, {
  get: () => {
    throw new Error("database used");
  },
});

describe("selectTransport", () => {
  it("chooses SMTP when SMTP_HOST is set", () => {
    expect(selectTransport(parseEnv({ SMTP_HOST: "smtp.example.org" }), unusedDb).kind).toBe("smtp");
  });

  it("chooses the development mailbox without SMTP_HOST", () => {
    expect(selectTransport(parseEnv({ PUENTE_ENV: "development" }), unusedDb).kind).toBe("dev-mailbox");
    expect(selectTransport(parseEnv({ PUENTE_ENV: "test", SMTP_HOST: "" }), unusedDb).kind).toBe("dev-mailbox");
  });

  it("chooses SMTP in production", () => {
    const env = { ...parseEnv({ SMTP_HOST: "smtp.example.org" }), PUENTE_ENV: "production" as const };
    expect(selectTransport(env, unusedDb).kind).toBe("smtp");
  });

  it("refuses the development mailbox in production even if validation were bypassed", () => {
    const env = { ...parseEnv({}), PUENTE_ENV: "production" as const };
    expect(() => selectTransport(env, unusedDb)).toThrow(/SMTP_HOST/);
  });
});

describe("smtpTransport", () => {
  let server: FakeSmtpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("delivers to a real SMTP server: sender, recipient, subject and both parts arrive", async () => {
    server = await startFakeSmtpServer();
    const env = parseEnv({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(server.port), MAIL_FROM: "Puente <no-reply@puente.test>" });
    await smtpTransport(env).send({
      to: "ana@example.org",
      subject: "Confirm your email address",
      text: "Plain part https://puente.test/verify?t=1",
      html: "<p>HTML part</p>",
    });
    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail?.from).toBe("no-reply@puente.test");
    expect(mail?.to).toEqual(["ana@example.org"]);
    expect(mail?.data).toMatch(/^Subject: Confirm your email address\r$/m);
    expect(mail?.data).toMatch(/^From: Puente <no-reply@puente\.test>\r$/m);
    expect(mail?.data).toContain("Plain part https://puente.test/verify?t=1");
    expect(mail?.data).toContain("<p>HTML part</p>");
  });

  it("sends the extra headers a digest needs for one-click unsubscribe (RFC 8058)", async () => {
    server = await startFakeSmtpServer();
    const env = parseEnv({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(server.port), MAIL_FROM: "no-reply@puente.test" });
    const link = "https://puente.test/api/unsubscribe?s=abc&t=def";
    await smtpTransport(env).send({
      to: "ana@example.org", subject: "Digest", text: "t", html: "<p>h</p>",
      headers: { "List-Unsubscribe": `<${link}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    expect(server.received[0]?.data).toMatch(/^List-Unsubscribe: <https:\/\/puente\.test\/api\/unsubscribe\?s=abc&t=def>\r$/m);
    expect(server.received[0]?.data).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
  });

  it("fails, rather than hangs, when nothing listens", async () => {
    server = await startFakeSmtpServer();
    const port = server.port;
    await server.close();
    server = undefined;
    const env = parseEnv({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port) });
    await expect(smtpTransport(env).send({ to: "a@example.org", subject: "s", text: "t", html: "h" })).rejects.toThrow();
  });
});
