import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // The real package throws outside a React Server Components bundle.
  "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,components,app,scripts,prisma}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.{ts,tsx}", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,components,app,scripts,prisma}/**/*.int.test.{ts,tsx}"],
          environment: "node",
          globalSetup: ["lib/testing/global-setup.ts"],
          // One shared database per run; files run one after another so they can reset it.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        // The Meilisearch contract alone, with no database (npm run verify:meilisearch runs it
        // against a deployer's server); `npm test` runs the same files in "integration".
        test: {
          name: "meilisearch",
          include: ["lib/search/meilisearch/**/*.int.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
