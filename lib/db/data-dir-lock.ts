import { readFileSync, rmSync, writeFileSync } from "node:fs";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claims a data folder for this process with a pid file; a lock left by a process that
 * no longer runs (killed, crashed) is taken over. Returns the release function.
 */
export function acquireDataDirLock(lockPath: string): () => void {
  try {
    writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const owner = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
      throw new Error(
        `The embedded database in ${lockPath.replace(/\/puente\.lock$/, "")} is in use by process ${owner}. ` +
          "Stop that process first (Ctrl-C in its terminal), or set DATABASE_URL to use a PostgreSQL server.",
      );
    }
    writeFileSync(lockPath, String(process.pid));
  }
  return () => rmSync(lockPath, { force: true });
}
