// Auth.js configuration, built from validated settings: email + password (Credentials),
// passwordless email links (Nodemailer provider, mail sent by lib/mail), and OpenID Connect
// when it is configured. Sessions are JWT cookies carrying the user id and session version;
// lib/auth/viewer.ts checks both against the database on every request.
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import type { Provider } from "next-auth/providers";
import type { Database } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { linkOrigin } from "@/lib/http/app-url";
import { clientIp } from "@/lib/security/client-ip";
import { signInSchema } from "@/lib/validation/auth";
import { puenteAdapter } from "./adapter";
import { sendSignInLink } from "./email-link";
import { checkPasswordSignIn } from "./password-sign-in";

/** Too many failures from this address. */
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}
/** This account's delay after failed attempts has not passed yet. */
export class SlowedSignIn extends CredentialsSignin {
  code = "slowed";
  constructor(public readonly retryAfterSeconds: number) {
    super();
  }
}
export class UnverifiedEmailSignIn extends CredentialsSignin {
  code = "unverified";
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const expectedAuthErrors = new Set(["CredentialsSignin", "Verification", "AccessDenied", "MissingCSRF"]);

function credentialsProvider(env: Env, db: Database): Provider {
  return Credentials({
    credentials: { email: {}, password: {} },
    async authorize(raw, request) {
      const parsed = signInSchema.safeParse(raw);
      if (!parsed.success) return null;
      const ip = clientIp(request.headers, env.TRUSTED_PROXY_COUNT);
      const result = await checkPasswordSignIn(db, { ...parsed.data, ip });
      if (result.ok) return result.user;
      if (result.reason === "rate_limited") throw new RateLimitedSignIn();
      if (result.reason === "slowed") throw new SlowedSignIn(result.retryAfterSeconds);
      if (result.reason === "unverified") throw new UnverifiedEmailSignIn();
      return null;
    },
  });
}

export function buildProviders(env: Env, db: Database): Provider[] {
  const providers: Provider[] = [
    credentialsProvider(env, db),
    Nodemailer({
      server: { host: env.SMTP_HOST ?? "localhost", port: env.SMTP_PORT },
      from: env.MAIL_FROM,
      maxAge: 15 * 60,
      sendVerificationRequest: ({ identifier, url, expires }) => sendSignInLink(db, { email: identifier, url, expires }, linkOrigin(env)),
    }),
  ];
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_DISPLAY_NAME,
      type: "oidc",
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      // The coalition's identity provider verifies email addresses, so an existing account
      // with the same email is the same person.
      allowDangerousEmailAccountLinking: true,
    });
  }
  return providers;
}

export function buildAuthConfig(env: Env, db: Database): NextAuthConfig {
  return {
    adapter: puenteAdapter(db),
    secret: env.AUTH_SECRET,
    trustHost: env.AUTH_TRUST_HOST,
    useSecureCookies: env.PUENTE_ENV === "production",
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", verifyRequest: "/check-email", error: "/sign-in" },
    providers: buildProviders(env, db),
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === "credentials" || !user.email) return true;
        // Email links and single sign-on: a deactivated account stays out.
        const row = await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { active: true } });
        return row?.active ?? true;
      },
      async jwt({ token, user }) {
        if (user?.id) {
          const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
          token.sub = user.id;
          token.sv = row?.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
        return session;
      },
    },
    logger: {
      // Wrong passwords and used-up links are everyday events, not server errors: one line, no stack.
      error(error) {
        const type = (error as { type?: string }).type;
        if (type && expectedAuthErrors.has(type)) console.warn(`[auth] ${type}`);
        else console.error("[auth]", error);
      },
    },
    events: {
      async signIn({ user, account }) {
        if (account?.provider !== "credentials" && user.id) {
          await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        }
      },
    },
  };
}
