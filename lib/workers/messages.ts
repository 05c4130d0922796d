// What a pool and its workers say to each other (structured-clone messages over the port).

/** Pool → worker: one task at a time. */
export interface TaskMessage<I> {
  id: number;
  input: I;
}

/** Worker → pool. "ready" once the entry's modules are loaded, so no task's time is spent booting. */
export type WorkerMessage<O> =
  | { type: "ready" }
  | { type: "result"; id: number; ok: true; value: O }
  | { type: "result"; id: number; ok: false; error: { name: string; message: string } };

/**
 * Why a task has no value: it ran out of time or memory (its worker was terminated), its
 * handler threw ("error": the worker lives on), its worker died otherwise ("crashed"), or it
 * could not even wait for a worker ("busy": the queue was full or the wait too long).
 */
export type TaskFailure = "timeout" | "out_of_memory" | "error" | "crashed" | "busy";

export type TaskOutcome<O> = { ok: true; value: O } | { ok: false; failure: TaskFailure; message?: string };
