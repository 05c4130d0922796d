// Pages receive form posts (server actions, with or without JavaScript). Next.js refuses one
// whose Origin is not the host it was sent to, but by throwing: the sender gets a bare 500.
// proxy.ts refuses it first with this check and a 403 that says why. Same rule as Next.js:
// the Origin's host against X-Forwarded-Host (kept only behind a trusted proxy, see
// forwarded-headers.ts), else Host; no Origin at all is a non-browser client, allowed.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** True when a request that may change data says it comes from another site. */
export function isCrossSiteForm(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return true;
  try {
    return new URL(origin).host !== host.split(",")[0]!.trim().toLowerCase();
  } catch {
    return true; // "null" (a sandboxed frame, a privacy redirect) or garbage: not this site
  }
}

/** The 403 page: plain HTML (no scripts, so no nonce), in the page's language. */
export function crossSiteFormPage(message: string, home: string, homeLabel: string, lang: string): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Puente</title></head><body><main><h1>${escape(message)}</h1><p><a href="${escape(home)}">${escape(homeLabel)}</a></p></main></body></html>`;
}
