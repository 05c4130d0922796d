// npm run admin:grant -- <email>
// Makes a verified account an administrator: how a production installation (which never seeds
// demo accounts) gets its first one. Uses DATABASE_URL, or the embedded database when unset.
import { createPrismaClient } from "../lib/db/client";
import { grantAdmin } from "../lib/operator/grant-admin";
import { runScript, withScriptDatabase } from "./lib/script-database";

runScript("admin:grant", async () => {
  const email = process.argv[2];
  if (!email || process.argv.length > 3) throw new Error("usage: npm run admin:grant -- <email>");
  await withScriptDatabase(async (url) => {
    const db = createPrismaClient(url, { max: 1 });
    try {
      const result = await grantAdmin(db, { email });
      console.log(result.outcome === "granted" ? `${email.trim().toLowerCase()} is now an administrator.` : `${email.trim().toLowerCase()} already is an administrator.`);
    } finally {
      await db.$disconnect();
    }
  });
});
