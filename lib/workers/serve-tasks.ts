// The worker side of a pool: answer each task with the handler's value or its error. A task
// that never ends or exhausts memory is the pool's business (it terminates this thread).
import { parentPort } from "node:worker_threads";
import type { TaskMessage, WorkerMessage } from "./messages";

export function serveTasks<I, O>(handler: (input: I) => O | Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error("serveTasks() runs inside a worker thread");
  const send = (message: WorkerMessage<O>) => port.postMessage(message);
  port.on("message", async ({ id, input }: TaskMessage<I>) => {
    try {
      send({ type: "result", id, ok: true, value: await handler(input) });
    } catch (error) {
      const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
      send({ type: "result", id, ok: false, error: { name, message } });
    }
  });
  send({ type: "ready" });
}
