// For lib/search/sync.int.test.ts: a worker that claims a batch of outbox entries and then
// hangs inside the engine until it is killed, like a server that crashed mid-batch.
// Usage: node --import tsx lib/search/testing/claim-and-hang.ts <database url>
import { createPrismaClient } from "../../db/client";
import { processOutbox } from "../sync";
import type { SearchEngine } from "../types";

const db = createPrismaClient(process.argv[2]!, { max: 1 });
const hang = () => {
  console.log("claimed");
  return new Promise<never>(() => {});
};
const engine = { name: "postgres", upsert: hang, remove: hang } as unknown as SearchEngine;
void processOutbox(db, engine);
