// pg_dump and pg_restore, the server's own tools, for backups of a PostgreSQL server. They must
// be at least as new as the server (pg_dump refuses an older one's dumps of a newer server), so
// their versions are checked first and a mismatch is refused with what to install.
import { spawn } from "node:child_process";
import pg from "pg";

/** The major version in a version string ("pg_dump (PostgreSQL) 15.20 (Debian…)" → 15). */
export function majorVersion(text: string): number | null {
  const match = /(\d+)(?:\.(\d+))?/.exec(text.replace(/^[^\d]*/, ""));
  return match ? Number(match[1]) : null;
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a tool, collecting its output; `signal` kills it (a stopped backup leaves no child behind). */
export function runTool(command: string, args: string[], signal?: AbortSignal): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], signal });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new Error(`${command} was not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client)`) : error),
    );
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The server's version ("15.19"), through the connection the backup uses. */
export async function serverVersion(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
  return rows[0]!.server_version;
}

/** The tool's version line, refused when its major version is older than `atLeast`'s. */
export async function checkedToolVersion(tool: "pg_dump" | "pg_restore", atLeast: string, signal?: AbortSignal): Promise<string> {
  const ran = await runTool(tool, ["--version"], signal);
  const version = ran.stdout.trim();
  const [have, need] = [majorVersion(version), majorVersion(atLeast)];
  if (ran.code !== 0 || have === null || need === null) throw new Error(`Could not read ${tool}'s version: ${ran.stderr.trim() || version}`);
  if (have < need) throw new Error(`${tool} ${have} cannot handle PostgreSQL ${need}: install ${tool} ${need} or newer (postgresql-client-${need})`);
  return version;
}

/** Fails with the tool's own last words when it did not succeed. */
export function succeeded(tool: string, ran: Ran): void {
  if (ran.code !== 0) throw new Error(`${tool} failed (exit ${ran.code}): ${ran.stderr.trim().split("\n").slice(-5).join(" | ")}`);
}
