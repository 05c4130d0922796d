// The admin page's rebuild runs in the background of one web server process. This remembers
// whether one is running there and how the last one ended, so a second click is refused
// instead of starting a parallel rebuild (two would race to replace the same index). Other
// processes (another server, `npm run search:reindex`) are not seen: the state is per process.

export type LastRebuild =
  | { ok: true; finishedAt: Date; documents: number; ms: number }
  | { ok: false; finishedAt: Date; error: string };

export interface RebuildStatus {
  running: boolean;
  startedAt: Date | null;
  last: LastRebuild | null;
}

interface State {
  current: { startedAt: Date; done: Promise<void> } | null;
  last: LastRebuild | null;
}

// On globalThis, like the database client: dev hot reloads and separately bundled copies of
// this module (pages and server actions) must all see the same rebuild.
const holder = globalThis as unknown as { puenteSearchRebuild?: State };
const state = (): State => (holder.puenteSearchRebuild ??= { current: null, last: null });

const MAX_ERROR_LENGTH = 500;

/** The error's own message without stack frames, short enough to show on the page. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n").filter((line) => !/^\s+at\s/.test(line));
  return lines.join("\n").trim().slice(0, MAX_ERROR_LENGTH) || "Unknown error";
}

export function rebuildStatus(): RebuildStatus {
  const { current, last } = state();
  return { running: current !== null, startedAt: current?.startedAt ?? null, last };
}

/** Starts `run` in the background and returns at once; false (nothing started) when one is running. */
export function startRebuild(run: () => Promise<{ documents: number; ms: number }>): boolean {
  const s = state();
  if (s.current) return false;
  const startedAt = new Date();
  // Starting inside then() turns a synchronous throw into a recorded failure too.
  const done = Promise.resolve()
    .then(run)
    .then(
      (result) => {
        s.last = { ok: true, finishedAt: new Date(), documents: result.documents, ms: result.ms };
      },
      (error: unknown) => {
        console.error("search: rebuilding the index failed:", error);
        s.last = { ok: false, finishedAt: new Date(), error: describeError(error) };
      },
    )
    .finally(() => {
      s.current = null;
    });
  s.current = { startedAt, done };
  return true;
}

/** Resolves once the running rebuild (if any) has ended and its outcome is recorded. */
export function rebuildSettled(): Promise<void> {
  return state().current?.done ?? Promise.resolve();
}
