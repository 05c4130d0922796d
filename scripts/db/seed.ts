// npm run db:seed: adds the demo content that is missing (safe to run again).
import { createPrismaClient } from "../../lib/db/client";
import { loadEnv } from "../../lib/env";
import { createStorage } from "../../lib/storage/get-storage";
import { seedDatabase } from "../../prisma/seed/seed";
import { runScript, withScriptDatabase } from "../lib/script-database";

runScript("db:seed", () =>
  withScriptDatabase(async (url, label) => {
    console.log(`Seeding ${label}`);
    const db = createPrismaClient(url, { max: 1 });
    try {
      const result = await seedDatabase(db, { storage: createStorage(loadEnv()) });
      console.log(
        `Created ${result.focusAreas} focus areas, ${result.organizations} organizations, ` +
          `${result.users} accounts and ${result.documents} documents (existing ones were left as they are)`,
      );
    } finally {
      await db.$disconnect();
    }
  }),
);
