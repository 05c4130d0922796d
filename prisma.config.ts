import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate, and migrate deploy where the native engine exists).
// The app and the offline migration runner read DATABASE_URL through lib/env.ts instead.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/puente" },
});
