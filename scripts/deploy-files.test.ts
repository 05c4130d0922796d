// Docker cannot run here, so the deployment files (Dockerfile, .dockerignore, compose.yaml,
// deploy/Caddyfile) are kept honest by reading them: the app's environment in compose must pass
// the app's own production validation, every secret it needs must be required and documented,
// and the image must build what `npm start` serves, as a non-root user, with a health check.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseEnv } from "../lib/env";
import { FINGERPRINT_INPUTS } from "./lib/build-fingerprint";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** Compose's variable interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error}, and $$ for $. */
function interpolate(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\$|\$\{([A-Z0-9_]+)(?:(:-|:\?)([^}]*))?\}/g, (whole, name: string | undefined, op: string | undefined, arg: string | undefined) => {
    if (whole === "$$") return "$";
    const value = vars[name!];
    if (value !== undefined && value !== "") return value;
    if (op === ":?") throw new Error(`${name}: ${arg}`);
    return op === ":-" ? arg! : "";
  });
}

interface Compose {
  services: Record<string, { image?: string; build?: string; environment?: Record<string, string>; deploy?: { replicas?: number }; ports?: string[]; volumes?: string[] }>;
}
const compose = parse(read("compose.yaml")) as Compose;
const app = compose.services.app!;
const requiredVars = [...read("compose.yaml").matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]!);
const example = Object.fromEntries(read("deploy/production.env.example").split("\n").filter((l) => /^[A-Z]/.test(l)).map((l) => [l.split("=")[0]!, l.slice(l.indexOf("=") + 1)]));
const secrets: Record<string, string> = {
  ...example, AUTH_SECRET: "n4bQgYhMLqbI0FMzW8v3Xh9mT1pZ+7oR5eD2kcAsy6U=", POSTGRES_PASSWORD: "pw-4e9c1f", MEILI_MASTER_KEY: "mk-8f3a2b7c9d1e4f60", MINIO_ROOT_PASSWORD: "minio-5b7d9f1a",
};
const appEnv = (vars: Record<string, string>) => Object.fromEntries(Object.entries(app.environment!).map(([k, v]) => [k, interpolate(String(v), vars)]));

describe("compose.yaml", () => {
  it("gives the app an environment its production validation accepts: server database, Meilisearch, S3, https", () => {
    const env = parseEnv({ ...appEnv(secrets) });
    expect(env).toMatchObject({ PUENTE_ENV: "production", STORAGE_DRIVER: "s3", S3_BUCKET: "puente", MEILI_HOST: "http://meilisearch:7700", SEED_DEMO_CONTENT: "never", TRUSTED_PROXY_COUNT: 1, APP_URL: "https://puente.example.org" });
    expect(new URL(env.DATABASE_URL!).host).toBe("postgres:5432");
  });

  it("requires every secret (documented in deploy/production.env.example), and a weak one fails the app's validation", () => {
    expect(requiredVars.length).toBeGreaterThan(4);
    for (const name of new Set(requiredVars)) {
      expect(Object.keys(example), `${name} in production.env.example`).toContain(name);
      expect(() => appEnv({ ...secrets, [name]: "" }), name).toThrow(new RegExp(`^${name}: set ${name}`));
    }
    expect(() => parseEnv(appEnv({ ...secrets, AUTH_SECRET: "changeme".repeat(5) }))).toThrow(/AUTH_SECRET: is too weak/);
  });

  it("runs two app instances behind a TLS proxy that reaches each of them, with pinned images", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "meilisearch", "minio", "minio-bucket", "postgres", "proxy"]);
    expect(app.deploy?.replicas).toBe(2);
    expect(app.build).toBe(".");
    expect(compose.services.proxy!.ports).toContain("443:443");
    const caddy = read("deploy/Caddyfile");
    expect(caddy).toMatch(/name app\s+port 3000/);
    expect(app.environment!.PORT).toBe("3000");
    expect(compose.services.proxy!.volumes).toContain("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
    expect(compose.services.meilisearch!.environment!.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY:\?/);
    for (const [name, service] of Object.entries(compose.services)) if (name !== "app") expect(service.image, name).toMatch(/:[\w.-]*\d[\w.-]*$/);
  });
});

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructions(): { op: string; args: string }[] {
  return read("Dockerfile").replace(/\\\n/g, " ").split("\n").filter((l) => l.trim() && !l.trim().startsWith("#")).map((l) => {
    const [op, ...rest] = l.trim().split(/\s+/);
    return { op: op!.toUpperCase(), args: rest.join(" ") };
  });
}

describe("Dockerfile", () => {
  const all = instructions();
  const stages = all.filter((i) => i.op === "FROM");
  const runtime = all.slice(all.lastIndexOf(stages.at(-1)!));

  it("builds in one stage and runs as a non-root user in another, with a health check on /api/health", () => {
    expect(stages.map((s) => s.args.split(" AS ")[1])).toEqual(["build", "runtime"]);
    expect(runtime.find((i) => i.op === "USER")?.args).toBe("puente");
    expect(runtime.find((i) => i.op === "HEALTHCHECK")?.args).toContain("http://127.0.0.1:3000/api/health");
    expect(runtime.find((i) => i.op === "ENV")?.args).toMatch(/PUENTE_ENV=production .*PORT=3000/);
  });

  it("starts the way npm start does, with node itself (npm does not pass signals on), and builds what start serves", () => {
    const cmd = JSON.parse(runtime.find((i) => i.op === "CMD")!.args) as string[];
    expect(cmd).toEqual(["node", "--import", "tsx", "scripts/start.ts"]);
    expect(existsSync(path.join(root, cmd[3]!))).toBe(true);
    expect(all.find((i) => i.op === "RUN" && i.args.includes("scripts/build.ts"))).toBeDefined();
    // What the runtime needs survives `npm prune --omit=dev`.
    const { dependencies } = JSON.parse(read("package.json")) as { dependencies: Record<string, string> };
    for (const pkg of ["tsx", "next", "@prisma/schema-engine-wasm", "pg"]) expect(Object.keys(dependencies), pkg).toContain(pkg);
    expect(existsSync(path.join(root, "prisma/migrations"))).toBe(true);
  });

  it("keeps local data and secrets out of the image, but every input of the build fingerprint in (else start would rebuild)", () => {
    const ignored = read(".dockerignore").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    const isIgnored = (file: string) => ignored.some((pattern) => file === pattern || file.startsWith(`${pattern}/`));
    for (const secret of [".env", ".data", "node_modules", ".next"]) expect(isIgnored(secret), secret).toBe(true);
    for (const input of [...FINGERPRINT_INPUTS, "prisma/migrations", "scripts/start.ts", "package.json"]) expect(isIgnored(input), input).toBe(false);
  });
});
