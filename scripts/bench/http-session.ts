// A browser's session against a running platform, over plain HTTP (no browser): a cookie jar,
// the Origin header the app checks on writes, and the Auth.js credentials sign-in as the
// sign-in form does it. Shared by bench:attachments and search:bench-publish.

/** The seed's demo accounts all have this password (README). */
export const DEMO_PASSWORD = "puente-demo-2026";
const DEFAULT_TIMEOUT_MS = 120_000;

/** Just enough of a cookie jar for one site: name → value, honouring deletions. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = "", raw = ""] = attribute.split("=").map((part) => part.trim());
        if (key.toLowerCase() === "max-age") return Number(raw) <= 0;
        if (key.toLowerCase() === "expires") return Date.parse(raw) <= Date.now();
        return false;
      });
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }
}

export class Session {
  readonly jar = new CookieJar();

  constructor(
    readonly baseUrl: string,
    /** What a browser on the site sends as Origin (the app compares it with its own). */
    readonly origin: string,
    /** A fresh signal per request: a timeout, combined with the caller's interruption. */
    private readonly signal: () => AbortSignal = () => AbortSignal.timeout(DEFAULT_TIMEOUT_MS),
  ) {}

  async request(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers, cookie: this.jar.header() };
    if (init.method && init.method !== "GET") headers.origin = this.origin;
    const response = await fetch(this.baseUrl + path, {
      method: init.method ?? "GET",
      headers,
      body: init.body,
      redirect: "manual",
      signal: this.signal(),
    });
    this.jar.store(response);
    return response;
  }
}

export async function failure(what: string, response: Response): Promise<Error> {
  const body = await response.text().catch(() => "");
  return new Error(`${what} answered ${response.status}: ${body.slice(0, 2000)}`);
}

/** Auth.js credentials flow, as the sign-in form does it: CSRF token + cookie, then the callback. */
export async function signIn(session: Session, account: { email: string; password: string }): Promise<void> {
  const csrf = await session.request("/api/auth/csrf");
  if (csrf.status !== 200) throw await failure("GET /api/auth/csrf", csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");

  const callback = await session.request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...account, csrfToken, callbackUrl: `${session.origin}/en` }).toString(),
  });
  await callback.arrayBuffer();
  const location = callback.headers.get("location") ?? "";
  if (callback.status !== 302 || /[?&]error=/.test(location) || !session.jar.names().some((name) => name.includes("session-token"))) {
    throw new Error(`sign-in as ${account.email} failed: ${callback.status}, location ${location || "(none)"}, cookies ${session.jar.names().join(", ") || "(none)"}`);
  }

  const check = await session.request("/api/auth/session");
  if (check.status !== 200) throw await failure("GET /api/auth/session", check);
  const current = (await check.json()) as { user?: { email?: string } } | null;
  if (current?.user?.email !== account.email) throw new Error(`signed in, but the session is ${JSON.stringify(current)}`);
}
