// npm run search:reindex: rebuilds the configured engine's index from the database.
import { createPrismaClient } from "../../lib/db/client";
import { createSearchEngine } from "../../lib/search/engine-factory";
import { reindexAll } from "../../lib/search/reindex";
import { runScript, withScriptDatabase } from "../lib/script-database";

runScript("search:reindex", () =>
  withScriptDatabase(async (url, label) => {
    const db = createPrismaClient(url, { max: 2 });
    try {
      const engine = createSearchEngine(db);
      console.log(`Rebuilding the ${engine.name} search index from ${label}`);
      const { documents, ms } = await reindexAll(db, engine);
      console.log(`Indexed ${documents} published documents in ${(ms / 1000).toFixed(1)} s`);
    } finally {
      await db.$disconnect();
    }
  }),
);
