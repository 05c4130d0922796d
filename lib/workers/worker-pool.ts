// A few warm worker threads that run CPU-heavy tasks off the request thread, with hard limits:
// a task that runs past its time is stopped by terminating its worker (which interrupts even
// a tight synchronous loop), a worker that exhausts its memory limit dies alone, and either
// way a fresh worker takes its place. Waiting is bounded too (queue length and wait time), so
// every call settles within its wait plus its run time.
import type { ResourceLimits, TransferListItem, Worker, WorkerOptions } from "node:worker_threads";
import type { TaskFailure, TaskOutcome, WorkerMessage } from "./messages";

export interface WorkerPoolOptions {
  /** Names the pool in log lines. */
  name: string;
  /** Starts one worker (see spawn-worker.ts). */
  spawn: (options: WorkerOptions) => Worker;
  size: number;
  resourceLimits?: ResourceLimits;
  /** Tasks that find this many others waiting are refused at once ("busy"). */
  maxQueued: number;
}

export interface RunOptions {
  /** Running time allowed on a worker; past it the worker is terminated and replaced. */
  timeoutMs: number;
  /** Time allowed to wait for a free worker (default: timeoutMs). */
  maxWaitMs?: number;
  transfer?: TransferListItem[];
}

interface Task<I, O> {
  id: number;
  input: I;
  options: RunOptions;
  settle: (outcome: TaskOutcome<O>) => void;
  timer?: NodeJS.Timeout;
}

interface Slot<I, O> {
  worker: Worker;
  ready: boolean;
  whenReady: Promise<void>;
  task: Task<I, O> | null;
  lastError?: Error & { code?: string };
}

export class WorkerPool<I, O> {
  private readonly slots = new Set<Slot<I, O>>();
  private readonly queue: Task<I, O>[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  run(input: I, options: RunOptions): Promise<TaskOutcome<O>> {
    if (this.closed) return Promise.resolve({ ok: false, failure: "crashed", message: `${this.options.name} pool is closed` });
    if (this.queue.length >= this.options.maxQueued) return Promise.resolve({ ok: false, failure: "busy" });
    return new Promise((resolve) => {
      const task: Task<I, O> = { id: this.nextId++, input, options, settle: resolve };
      task.timer = setTimeout(() => this.giveUpWaiting(task), options.maxWaitMs ?? options.timeoutMs);
      this.queue.push(task);
      this.fill();
      this.dispatch();
    });
  }

  /** Starts the workers now; resolves once each has loaded its entry (or died trying). */
  async warm(): Promise<void> {
    this.fill();
    await Promise.all([...this.slots].map((slot) => slot.whenReady));
  }

  /** Workers alive now (for tests and benchmarks). */
  get workerCount(): number {
    return this.slots.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failWaiting(`${this.options.name} pool is closed`);
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) if (slot.task) this.settle(slot.task, { ok: false, failure: "crashed", message: `${this.options.name} pool is closed` });
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private fill(): void {
    while (!this.closed && this.slots.size < this.options.size) {
      try {
        this.slots.add(this.start());
      } catch (error) {
        // The entry cannot even be spawned (a broken build): answer now, as for a failed start.
        const reason = error instanceof Error ? error.message : String(error);
        console.error(`${this.options.name}: a worker could not be started (${reason})`);
        if (this.slots.size === 0) this.failWaiting(reason);
        return;
      }
    }
  }

  private failWaiting(reason: string): void {
    for (const waiting of this.queue.splice(0)) this.settle(waiting, { ok: false, failure: "crashed", message: reason });
  }

  private start(): Slot<I, O> {
    const worker = this.options.spawn({ resourceLimits: this.options.resourceLimits });
    let markReady = () => {};
    const slot: Slot<I, O> = { worker, ready: false, whenReady: new Promise((resolve) => (markReady = resolve)), task: null };
    worker.on("message", (message: WorkerMessage<O>) => {
      if (message.type === "ready") {
        slot.ready = true;
        markReady();
        if (!slot.task) worker.unref();
        this.dispatch();
      } else if (slot.task?.id === message.id) {
        const task = slot.task;
        this.release(slot);
        this.settle(task, message.ok ? { ok: true, value: message.value } : { ok: false, failure: "error", message: `${message.error.name}: ${message.error.message}` });
        this.dispatch();
      }
    });
    worker.on("error", (error) => (slot.lastError = error));
    worker.on("exit", () => {
      markReady();
      this.lost(slot);
    });
    // Referenced (keeping a script alive) while it starts and while it runs a task, never
    // when idle. Unreferencing only works once the listeners above are attached.
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      clearTimeout(task.timer);
      slot.task = task;
      slot.worker.ref(); // a running task keeps a script alive until it settles
      task.timer = setTimeout(() => this.stop(slot, task), task.options.timeoutMs);
      slot.worker.postMessage({ id: task.id, input: task.input }, task.options.transfer);
    }
  }

  private release(slot: Slot<I, O>): void {
    if (slot.task) clearTimeout(slot.task.timer);
    slot.task = null;
    slot.worker.unref();
  }

  private settle(task: Task<I, O>, outcome: TaskOutcome<O>): void {
    clearTimeout(task.timer);
    task.settle(outcome);
  }

  private giveUpWaiting(task: Task<I, O>): void {
    const index = this.queue.indexOf(task);
    if (index < 0) return;
    this.queue.splice(index, 1);
    this.settle(task, { ok: false, failure: "busy" });
  }

  /** The task overran: terminate its worker (interrupting whatever it does) and replace it. */
  private stop(slot: Slot<I, O>, task: Task<I, O>): void {
    if (slot.task !== task) return;
    console.warn(`${this.options.name}: a task ran past ${task.options.timeoutMs} ms; its worker was stopped and replaced`);
    this.slots.delete(slot);
    this.release(slot);
    void slot.worker.terminate();
    this.settle(task, { ok: false, failure: "timeout" });
    this.fill();
    this.dispatch();
  }

  /** A worker exited on its own: out of memory, a crash, or a failed start. */
  private lost(slot: Slot<I, O>): void {
    if (!this.slots.delete(slot)) return; // stopped on purpose
    const task = slot.task;
    this.release(slot);
    const failure: TaskFailure = slot.lastError?.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out_of_memory" : "crashed";
    const reason = slot.lastError?.message ?? "exited";
    if (task) this.settle(task, { ok: false, failure, message: reason });
    if (!slot.ready) {
      // It died while starting: no restart loop. Once no worker is left, the waiting tasks are
      // answered now; the next run() tries again.
      console.error(`${this.options.name}: a worker failed to start (${reason})`);
      if (this.slots.size === 0) this.failWaiting(reason);
      return;
    }
    console.warn(`${this.options.name}: a worker ${failure === "out_of_memory" ? "ran out of memory" : `stopped (${reason})`}${task ? " during a task" : ""}; starting another`);
    this.fill();
    this.dispatch();
  }
}
