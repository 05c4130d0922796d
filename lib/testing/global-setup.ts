// Vitest globalSetup of the "integration" project: one migrated puente_test_* database per run.
// Runs in the main Vitest process before the workers start; the workers are spawned afterwards
// and inherit its environment, so code under test reads DATABASE_URL through lib/env.ts as usual
// and can never reach the developer's own database. `inject("databaseUrl")` gives the same URL.
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createTestDatabase();
  // Ctrl-C makes Vitest exit without calling the teardown below: drop the database on the way out.
  const dropOnExit = () => database.dropSync();
  process.once("exit", dropOnExit);
  process.env.DATABASE_URL = database.url;
  // Tests write rows directly (not through the outbox that announces changes) and read them back
  // as visitors at once: they read the database. lib/cache's tests turn the cache on.
  process.env.VISITOR_CACHE = "false";
  project.provide("databaseUrl", database.url);
  // Vitest calls this after the run whether tests passed or failed.
  return async () => {
    process.off("exit", dropOnExit);
    await database.drop();
  };
}
