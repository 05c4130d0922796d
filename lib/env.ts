// Validated configuration: the only module that reads process.env.
// Parsed once, on first use, so that a bad variable stops the process at start with a
// message naming it (scripts/start.ts and instrumentation.ts call loadEnv() first).
import { z } from "zod";
import { productionIssues } from "./env-production";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value) && URL.canParse(value), {
    message: "must be a postgres:// or postgresql:// URL",
  });

const flag = (fallback: boolean) =>
  z.preprocess(emptyToUndefined, z.enum(["true", "false", "1", "0"]).default(fallback ? "true" : "false")).transform((v) => v === "true" || v === "1");

const baseSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * Where this installation runs. "production" requires AUTH_SECRET and SMTP, secures cookies
   * and removes the development mailbox; "development" and "test" keep outgoing mail in it.
   */
  PUENTE_ENV: z.preprocess(emptyToUndefined, z.enum(["development", "test", "production"]).default("development")),
  /** PostgreSQL server. Unset: `npm start` runs the embedded database and sets it for the app. */
  DATABASE_URL: optional(postgresUrl),
  /** Port of the web server. */
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  /**
   * Address the web server listens on: this machine only unless set (0.0.0.0 or :: for every
   * interface). Read by scripts/serve.ts, which warns when it is reachable from elsewhere
   * while outgoing mail stays in the development mailbox.
   */
  HOST: z.preprocess(
    emptyToUndefined,
    z.union([z.ipv4(), z.ipv6(), z.hostname()], { error: "must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0" }).default("127.0.0.1"),
  ),
  /** Folder for local data (embedded database). Ignored by git. */
  PUENTE_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  /** Fixed port for the embedded database's socket; unset picks a free one. */
  EMBEDDED_DB_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  /**
   * "auto": `npm start` seeds the demo content into an empty database; "never": it does not.
   * Unset: auto, but never in production (where auto is refused: lib/env-production.ts).
   */
  SEED_DEMO_CONTENT: optional(z.enum(["auto", "never"])),
  /** Public URL of the site, used for absolute links. */
  APP_URL: optional(z.url()),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["debug", "info", "warn", "error"]).default("info")),
  /** Signs session cookies and email tokens (32+ characters). npm start makes one per data folder. */
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  /** Read by Auth.js itself; when unset, Auth.js's base URL is APP_URL (lib/auth/public-origin.ts). */
  AUTH_URL: optional(z.url()),
  /** Trust the Host header for auth callbacks (true behind a proxy that sets it, and locally). */
  AUTH_TRUST_HOST: flag(true),
  /** Outgoing mail by SMTP; unset keeps mail in the development mailbox (not allowed in production). */
  SMTP_HOST: optional(z.string().min(1)),
  SMTP_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(587)),
  SMTP_USER: optional(z.string()),
  SMTP_PASSWORD: optional(z.string()),
  /** true: TLS from the start (port 465); false: STARTTLS when the server offers it. */
  SMTP_SECURE: flag(false),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default("Puente <no-reply@puente.local>")),
  /** OpenID Connect sign-in (e.g. Microsoft Entra ID), enabled when issuer, id and secret are set. */
  OIDC_ISSUER: optional(z.url()),
  OIDC_CLIENT_ID: optional(z.string().min(1)),
  OIDC_CLIENT_SECRET: optional(z.string().min(1)),
  OIDC_DISPLAY_NAME: z.preprocess(emptyToUndefined, z.string().default("Single sign-on")),
  /** Reverse proxies in front of the app that append to X-Forwarded-For (for per-IP rate limits). */
  TRUSTED_PROXY_COUNT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(5).default(0)),
  /** Attachments: largest file accepted, in bytes (default 25 MB), and files per document. */
  ATTACHMENT_MAX_BYTES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1024).max(2 ** 31 - 1).default(25 * 1024 * 1024)),
  ATTACHMENT_MAX_FILES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  /** Text extraction stops after this long, or after this many characters per file. */
  EXTRACTION_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(600_000).default(30_000)),
  EXTRACTION_MAX_CHARS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1000).max(100_000_000).default(5_000_000)),
  /** Where uploaded files go: "local" (a folder, default PUENTE_DATA_DIR/files) or "s3". */
  STORAGE_DRIVER: z.preprocess(emptyToUndefined, z.enum(["local", "s3"]).default("local")),
  STORAGE_LOCAL_DIR: optional(z.string().min(1)),
  /** S3-compatible bucket (AWS, MinIO, R2…), used when STORAGE_DRIVER=s3. */
  S3_BUCKET: optional(z.string().min(1)),
  S3_REGION: z.preprocess(emptyToUndefined, z.string().default("us-east-1")),
  S3_ENDPOINT: optional(z.url()),
  S3_ACCESS_KEY_ID: optional(z.string().min(1)),
  S3_SECRET_ACCESS_KEY: optional(z.string().min(1)),
  /** Path-style URLs (bucket in the path), needed by MinIO and most self-hosted servers. */
  S3_FORCE_PATH_STYLE: flag(false),
  /** Meilisearch: when MEILI_HOST is set, search uses it instead of the database's own engine. */
  MEILI_HOST: optional(z.url()),
  /** A key with search and index rights; it stays on the server (never sent to browsers). */
  MEILI_API_KEY: optional(z.string().min(1)),
  /** Index names start with this (one installation per prefix). */
  MEILI_INDEX_PREFIX: z.preprocess(emptyToUndefined, z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/, "letters, digits, - and _ only").default("puente")),
  /**
   * false: the built-in engine searches with SQL only, instead of the memory index each instance
   * keeps of the search tables (lib/search/postgres/postings: ~40x faster at 10,000 documents,
   * for memory).
   */
  SEARCH_MEMORY_INDEX: flag(true),
  /** false: visitors' page reads are not cached (lib/cache/visitor-cache.ts); bench:pages compares both. */
  VISITOR_CACHE: flag(true),
  /** How often the digest job looks for due digests and mail to send (lib/digests/runner.ts). */
  DIGEST_INTERVAL_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(200).max(3_600_000).default(15_000)),
  /** false: the web server does not run the digest job (run `npm run jobs` on its own instead). */
  JOBS_IN_SERVER: flag(true),
  /** Server on which integration tests create (and drop) their own puente_test_* databases. */
  TEST_DATABASE_ADMIN_URL: z.preprocess(
    emptyToUndefined,
    postgresUrl.default("postgresql://postgres@127.0.0.1:5432/postgres"),
  ),
});

const schema = baseSchema.superRefine((env, ctx) => {
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc !== 0 && oidc !== 3) {
    ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, or none of them" });
  }
  if (env.STORAGE_DRIVER === "s3" && !env.S3_BUCKET) {
    ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "is required when STORAGE_DRIVER=s3" });
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({ code: "custom", path: ["S3_ACCESS_KEY_ID"], message: "set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together, or neither (to use the default AWS credentials)" });
  }
  if (env.PUENTE_ENV === "production") {
    for (const issue of productionIssues(env)) ctx.addIssue({ code: "custom", path: [issue.variable], message: issue.message });
  }
}).transform((env) => ({ ...env, SEED_DEMO_CONTENT: seedDemoContent(env) }));

/** Whether `npm start` seeds an empty database: as set, else never in production and auto elsewhere. */
function seedDemoContent(env: { SEED_DEMO_CONTENT?: "auto" | "never"; PUENTE_ENV: string }): "auto" | "never" {
  return env.SEED_DEMO_CONTENT ?? (env.PUENTE_ENV === "production" ? "never" : "auto");
}

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
}

let cached: Env | undefined;

export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * What a build needs: only PUENTE_ENV, which next.config.js bakes into the headers. A build
 * (a Docker image's, say) runs without the production secrets, so it must not demand them.
 */
export function loadBuildEnv(): Pick<Env, "PUENTE_ENV"> {
  const result = baseSchema.pick({ PUENTE_ENV: true }).safeParse(process.env);
  if (!result.success) throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  return result.data;
}

/** The database URL; throws a clear message where none is configured. */
export function requireDatabaseUrl(): string {
  const url = loadEnv().DATABASE_URL;
  if (!url) throw new EnvError(["DATABASE_URL: is not set (npm start sets it when it runs the embedded database)"]);
  return url;
}
