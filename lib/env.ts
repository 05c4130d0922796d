// Validated configuration: the only module that reads process.env.
// Parsed once, on first use, so that a bad variable stops the process at start with a
// message naming it (scripts/start.ts and instrumentation.ts call loadEnv() first).
import { z } from "zod";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value) && URL.canParse(value), {
    message: "must be a postgres:// or postgresql:// URL",
  });

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server. Unset: `npm start` runs the embedded database and sets it for the app. */
  DATABASE_URL: optional(postgresUrl),
  /** Port of the web server. */
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  /** Folder for local data (embedded database). Ignored by git. */
  PUENTE_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  /** Fixed port for the embedded database's socket; unset picks a free one. */
  EMBEDDED_DB_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  /** "auto": `npm start` seeds the demo content into an empty database; "never": it does not. */
  SEED_DEMO_CONTENT: z.preprocess(emptyToUndefined, z.enum(["auto", "never"]).default("auto")),
  /** Public URL of the site, used for absolute links. */
  APP_URL: optional(z.url()),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["debug", "info", "warn", "error"]).default("info")),
  /** Server on which integration tests create (and drop) their own puente_test_* databases. */
  TEST_DATABASE_ADMIN_URL: z.preprocess(
    emptyToUndefined,
    postgresUrl.default("postgresql://postgres@127.0.0.1:5432/postgres"),
  ),
});

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

/** The database URL; throws a clear message where none is configured. */
export function requireDatabaseUrl(): string {
  const url = loadEnv().DATABASE_URL;
  if (!url) throw new EnvError(["DATABASE_URL: is not set (npm start sets it when it runs the embedded database)"]);
  return url;
}
