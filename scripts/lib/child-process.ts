// Child processes our scripts start (the web server, next build, the test steps), each the
// leader of its own process group: stopping one reaches everything it started in turn (build
// workers, test workers), and one that does not stop within its grace period is killed.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";

export interface ManagedChild {
  process: ChildProcess;
  /** The exit code, 128 + the signal's number when a signal ended it. */
  exited: Promise<number>;
  /**
   * SIGTERM to the child's group, SIGKILL after `graceMs`; afterwards SIGKILL to whatever of
   * the group is still there (a worker its leader left behind). Resolves with the exit code.
   */
  stop(graceMs: number): Promise<number>;
}

export interface SpawnOptions {
  env?: NodeJS.ProcessEnv;
  /** Default: no stdin (a background group reading the terminal would be stopped), output inherited. */
  stdio?: StdioOptions;
}

/** Children still running, so a script's stop handler can stop whatever it has started. */
const running = new Set<ManagedChild>();

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already empty.
  }
}

export function spawnManaged(command: string, args: string[], options: SpawnOptions = {}): ManagedChild {
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: options.stdio ?? ["ignore", "inherit", "inherit"], detached: true });
  const exited = new Promise<number>((resolve) => {
    child.once("error", (error) => {
      console.error(`${command} could not be started: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 0) : 0)));
  });
  let stopping: Promise<number> | undefined;
  const stop = (graceMs: number) =>
    (stopping ??= (async () => {
      signalGroup(child.pid, "SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), graceMs)));
      if ((await Promise.race([exited, deadline])) === "late") {
        console.error(`${command} ${args[0] ?? ""} (pid ${child.pid}) did not stop within ${graceMs / 1000}s: killing it`);
      }
      clearTimeout(timer);
      signalGroup(child.pid, "SIGKILL");
      return exited;
    })());
  const managed: ManagedChild = { process: child, exited, stop };
  running.add(managed);
  void exited.then(() => running.delete(managed));
  return managed;
}

/** Stops every child still running (each with its grace period); resolves when all are gone. */
export async function stopChildren(graceMs: number): Promise<void> {
  await Promise.all([...running].map((child) => child.stop(graceMs)));
}
