import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import type { LinkContext } from "@/lib/auth/registration";
import { loadEnv } from "@/lib/env";
import { linkOrigin } from "@/lib/http/app-url";
import type { Locale } from "@/lib/i18n/routing";
import { clientIp } from "@/lib/security/client-ip";

/**
 * What an action needs to know about its request: the reader's language and address, and the
 * site's configured origin for the links it emails (never the request's Host headers).
 */
export async function requestContext(): Promise<LinkContext & { ip: string }> {
  const env = loadEnv();
  const [requestHeaders, locale] = await Promise.all([headers(), getLocale() as Promise<Locale>]);
  return { locale, origin: linkOrigin(env), ip: clientIp(requestHeaders, env.TRUSTED_PROXY_COUNT) };
}
