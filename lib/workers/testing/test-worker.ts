// A worker for the pool's tests: tasks that answer, throw, never end, eat memory or exit.
import { serveTasks } from "../serve-tasks";

export type TestTask = { kind: "echo"; value: string } | { kind: "sleep"; ms: number } | { kind: "spin" } | { kind: "allocate" } | { kind: "throw" } | { kind: "exit" };

const hoard: unknown[] = [];

serveTasks(async (task: TestTask) => {
  switch (task.kind) {
    case "echo":
      return `${task.value} from thread ${(await import("node:worker_threads")).threadId}`;
    case "sleep":
      await new Promise((resolve) => setTimeout(resolve, task.ms));
      return "slept";
    case "spin":
      for (;;); // a synchronous loop only terminating the thread can stop
    case "allocate":
      for (;;) hoard.push(Array.from({ length: 10_000 }, (_, i) => ({ i })));
    case "throw":
      throw new RangeError("Maximum call stack size exceeded");
    case "exit":
      process.exit(3);
  }
});
