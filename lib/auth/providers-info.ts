import { loadEnv } from "@/lib/env";

/** The single sign-on button's label, when OpenID Connect is configured. */
export function singleSignOnName(): string | null {
  const env = loadEnv();
  return env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET ? env.OIDC_DISPLAY_NAME : null;
}
