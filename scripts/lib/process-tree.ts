// For tests of stopping: the processes a command started, read from Linux's /proc, and whether
// any of them is still there.
import { readdirSync, readFileSync } from "node:fs";

interface ProcEntry {
  pid: number;
  ppid: number;
  state: string;
  command: string;
}

function readEntry(pid: number): ProcEntry | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid ...": comm may contain spaces and parentheses.
    const close = stat.lastIndexOf(")");
    const [state, ppid] = stat.slice(close + 2).split(" ");
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
    return { pid, ppid: Number(ppid), state: state!, command };
  } catch {
    return null; // gone while we looked
  }
}

function allProcesses(): ProcEntry[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readEntry(Number(name)))
    .filter((entry): entry is ProcEntry => entry !== null);
}

/** `pid` and every process below it, with their command lines. */
export function processTree(pid: number): { pid: number; command: string }[] {
  const all = allProcesses();
  const tree = all.filter((entry) => entry.pid === pid);
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((entry) => entry.ppid === tree[i]!.pid));
  return tree.map(({ pid: p, command }) => ({ pid: p, command }));
}

/** Running means present and not a zombie (exited, waiting for its parent to collect it). */
export function isRunning(pid: number): boolean {
  const entry = readEntry(pid);
  return entry !== null && entry.state !== "Z";
}

/** Waits until none of `pids` runs; returns how long that took, or throws naming the ones left. */
export async function waitUntilGone(pids: { pid: number; command: string }[], timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const left = pids.filter(({ pid }) => isRunning(pid));
    if (left.length === 0) return performance.now() - started;
    if (performance.now() - started > timeoutMs) {
      throw new Error(`still running after ${timeoutMs / 1000}s:\n${left.map((p) => `  ${p.pid} ${p.command}`).join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
