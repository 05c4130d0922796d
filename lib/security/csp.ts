// The Content-Security-Policy of every page: scripts run only when they carry the
// per-request nonce (Next.js adds it to its own scripts; 'strict-dynamic' lets those load
// the rest of the bundle), never inline or eval'd code. Pure, so it is unit-tested.

export type CspOptions = {
  /** Fresh for every request (see ./nonce.ts). */
  nonce: string;
  /** `next dev`: React's development build needs eval() for its debugging features. */
  dev: boolean;
  /** Production over HTTPS: have the browser fetch any http:// subresource over https://. */
  upgradeInsecure: boolean;
  /**
   * Origins a form submission may end up at through redirects: the single sign-on provider,
   * which the sign-in form redirects to (browsers apply form-action to those redirects).
   */
  formTargets?: string[];
};

// What Next.js accepts as a nonce in the request header (and what CSP allows): base64 or base64url.
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

export function buildCsp({ nonce, dev, upgradeInsecure, formTargets = [] }: CspOptions): string {
  if (!NONCE.test(nonce)) throw new Error("CSP nonce must be base64");
  const directives: string[][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Inline style attributes (React `style={…}`, next/font) are not a script-execution risk.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...formTargets.filter((origin) => /^https?:\/\/[^\s;,']+$/.test(origin))],
    ["frame-ancestors", "'none'"],
    ...(upgradeInsecure ? [["upgrade-insecure-requests"]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}
