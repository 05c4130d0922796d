import { loadEnv } from "./env";

/** Stops the server at start, with a message naming the bad variable, instead of failing on the first request. */
export function checkConfigurationOrExit(): void {
  try {
    loadEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
