// How every script learns it must stop. Process managers (systemd, Docker, CI, `timeout`) send
// SIGTERM to the process they started, a terminal sends SIGINT to its whole foreground group
// (SIGHUP when it closes), and npm forwards SIGINT and SIGTERM to its direct child only: the
// package.json scripts `exec` node, so that child is the script itself, not a shell that would
// swallow SIGINT or die on SIGTERM and leave the script running.

export type StopReason = "SIGINT" | "SIGTERM" | "SIGHUP" | "parent exited";

export interface StopOptions {
  /**
   * Also stop when the parent process goes away (the process is re-parented). Default: only
   * when npm started the script, whose run ends with npm; a script started by hand may be
   * meant to outlive its shell (nohup). Children of our scripts always watch their parent.
   */
  watchParent?: boolean;
}

const PARENT_POLL_MS = 500;

/**
 * Calls `stop` once, on the first stop request. Later signals are absorbed (Ctrl-C in a
 * terminal arrives twice, from the terminal and forwarded by npm, and a second one must not
 * kill the process while it closes a database; a process manager's SIGKILL still does).
 */
export function onStopRequest(stop: (reason: StopReason) => void, options: StopOptions = {}): void {
  let requested = false;
  const request = (reason: StopReason) => {
    if (requested) return;
    requested = true;
    stop(reason);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => request(signal));
  if (options.watchParent ?? Boolean(process.env.npm_lifecycle_event)) {
    const parent = process.ppid;
    // Polling is the portable way: Linux's PR_SET_PDEATHSIG is not reachable from Node.js.
    const timer = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(timer);
      request("parent exited");
    }, PARENT_POLL_MS);
    timer.unref();
  }
}
