// What PUENTE_ENV=production refuses: a configuration that would be unsafe on a network. Each
// rule names the variable to change, so that start-up fails with a message an operator can act
// on (lib/env.ts adds them as issues of the one parse, so every problem is listed at once).

/**
 * Estimated bits a secret carries if it was drawn at random: its length times log2 of the
 * alphabet its characters come from (hex, letters and digits, base64, or any printable).
 */
export function secretBits(secret: string): number {
  const alphabet = /^[0-9a-f]+$/i.test(secret) ? 16 : /^[0-9a-z]+$/i.test(secret) ? 62 : /^[0-9a-z+/=_-]+$/i.test(secret) ? 64 : 94;
  return secret.length * Math.log2(alphabet);
}

/** Fewer different characters than this is not a random draw from any of those alphabets. */
const MIN_DISTINCT = 10;

/** Whether the secret is its first few characters over and over ("abcdabcd…"). */
function repeats(secret: string): boolean {
  for (let unit = 1; unit <= secret.length / 2; unit++) {
    if (secret.length % unit === 0 && secret.slice(0, unit).repeat(secret.length / unit) === secret) return true;
  }
  return false;
}

/**
 * Words that mark a secret copied from documentation or typed by hand rather than generated
 * (`openssl rand -base64 32` never produces them at this length).
 */
const PLACEHOLDERS = ["changeme", "change-me", "change_me", "replace", "secret", "password", "example", "puente", "default", "xxxx"];

/** Bits a production AUTH_SECRET must carry: 128, as a 32-character hex string or 22 base64 characters from a random source do. */
export const MIN_SECRET_BITS = 128;

/** Why an AUTH_SECRET is too weak for production, or null. */
export function weakSecret(secret: string): string | null {
  if (repeats(secret)) return "repeats a shorter string";
  const lower = secret.toLowerCase();
  const placeholder = PLACEHOLDERS.find((word) => lower.includes(word));
  if (placeholder) return `looks like a placeholder (contains "${placeholder}")`;
  const distinct = new Set(secret).size;
  if (distinct < MIN_DISTINCT) return `uses only ${distinct} different characters`;
  if (secretBits(secret) < MIN_SECRET_BITS) return `carries too little randomness (about ${Math.floor(secretBits(secret))} bits, at least ${MIN_SECRET_BITS} needed)`;
  return null;
}

export interface ProductionSettings {
  AUTH_SECRET?: string;
  APP_URL?: string;
  AUTH_URL?: string;
  SMTP_HOST?: string;
  SEED_DEMO_CONTENT?: "auto" | "never";
}

export interface ProductionIssue {
  variable: keyof ProductionSettings;
  message: string;
}

const GENERATE = "generate one with `openssl rand -base64 32`";

/** Every reason the settings are unsafe for production (empty: they are fine). */
export function productionIssues(env: ProductionSettings): ProductionIssue[] {
  const issues: ProductionIssue[] = [];
  const add = (variable: keyof ProductionSettings, message: string) => issues.push({ variable, message });
  if (!env.AUTH_SECRET) add("AUTH_SECRET", `is required when PUENTE_ENV=production (${GENERATE})`);
  else {
    const weak = weakSecret(env.AUTH_SECRET);
    if (weak) add("AUTH_SECRET", `is too weak for PUENTE_ENV=production: it ${weak}; ${GENERATE}`);
  }
  // Links in emails must not be built from a request's Host header, which a client controls.
  if (!env.APP_URL) add("APP_URL", "is required when PUENTE_ENV=production");
  // Production cookies are Secure: over http a browser would drop them and nobody could sign in.
  else if (new URL(env.APP_URL).protocol !== "https:") {
    add("APP_URL", "must be an https:// address when PUENTE_ENV=production: session cookies are Secure and only travel over https (terminate TLS at the reverse proxy)");
  }
  if (env.AUTH_URL && new URL(env.AUTH_URL).protocol !== "https:") add("AUTH_URL", "must be an https:// address when PUENTE_ENV=production");
  if (!env.SMTP_HOST) {
    add("SMTP_HOST", "is required when PUENTE_ENV=production: without it, sign-in and password-reset links would only be kept in the development mailbox, which production does not serve");
  }
  if (env.SEED_DEMO_CONTENT === "auto") {
    add("SEED_DEMO_CONTENT", "must not be auto when PUENTE_ENV=production: the demo accounts share one published password (production never seeds; unset it or set never)");
  }
  return issues;
}
