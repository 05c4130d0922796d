// Every Meilisearch write is an asynchronous task, and the client's waitTask() resolves when
// the task ends however it ended: a FAILED task looks like success unless its status is
// checked. All writes in this folder go through succeeded() so a failure always throws.
import type { EnqueuedTaskPromise, Task, WaitOptions } from "meilisearch";

export class MeilisearchTaskError extends Error {
  readonly taskUid: number;
  readonly status: Task["status"];
  /** Meilisearch's error code (e.g. "invalid_document_id"), null when the task was canceled. */
  readonly code: string | null;

  constructor(what: string, task: Task) {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : "no error reported";
    super(`Meilisearch task ${task.uid} (${what}, ${task.type}) ended ${task.status}: ${reason}`);
    this.name = "MeilisearchTaskError";
    this.taskUid = task.uid;
    this.status = task.status;
    this.code = task.error?.code ?? null;
  }
}

/**
 * Waits for the task and returns it when it succeeded; throws MeilisearchTaskError otherwise.
 * `tolerate` lists error codes that mean "already done" for this call (e.g. index_already_exists).
 */
export async function succeeded(pending: EnqueuedTaskPromise, what: string, wait: WaitOptions, tolerate: readonly string[] = []): Promise<Task> {
  const task = await pending.waitTask(wait);
  if (task.status === "succeeded") return task;
  if (task.status === "failed" && task.error && tolerate.includes(task.error.code)) return task;
  throw new MeilisearchTaskError(what, task);
}
