import { describe, expect, it } from "vitest";
import type { EnqueuedTask, EnqueuedTaskPromise, Task } from "meilisearch";
import { MeilisearchTaskError, succeeded } from "./tasks";

function pending(task: Partial<Task>): EnqueuedTaskPromise {
  const enqueued: EnqueuedTask = { taskUid: 7, indexUid: "i", status: "enqueued", type: "documentAdditionOrUpdate", enqueuedAt: "" };
  const full: Task = {
    uid: 7, indexUid: "i", status: "succeeded", type: "documentAdditionOrUpdate", enqueuedAt: "", batchUid: 1, canceledBy: null,
    error: null, duration: null, startedAt: null, finishedAt: null, ...task,
  };
  return Object.assign(Promise.resolve(enqueued), { waitTask: async () => full });
}

const failure = { message: "Document identifier `bad id` is invalid.", code: "invalid_document_id", type: "invalid_request", link: "" };

describe("succeeded", () => {
  it("returns a task that succeeded", async () => {
    await expect(succeeded(pending({}), "add", {})).resolves.toMatchObject({ uid: 7, status: "succeeded" });
  });

  it("throws with the task's error code and message when it failed", async () => {
    const error = await succeeded(pending({ status: "failed", error: failure }), "add 1 documents", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchTaskError);
    expect(error).toMatchObject({ taskUid: 7, status: "failed", code: "invalid_document_id" });
    expect((error as Error).message).toBe(
      "Meilisearch task 7 (add 1 documents, documentAdditionOrUpdate) ended failed: invalid_document_id: Document identifier `bad id` is invalid.",
    );
  });

  it("throws for a canceled task", async () => {
    await expect(succeeded(pending({ status: "canceled" }), "swap", {})).rejects.toThrow(/ended canceled: no error reported/);
  });

  it("accepts a failure the caller declared harmless", async () => {
    const already = { ...failure, code: "index_already_exists" };
    await expect(succeeded(pending({ status: "failed", error: already }), "create", {}, ["index_already_exists"])).resolves.toMatchObject({ status: "failed" });
    await expect(succeeded(pending({ status: "failed", error: failure }), "create", {}, ["index_already_exists"])).rejects.toThrow(MeilisearchTaskError);
  });
});
