import { loadEnv } from "./env";

/** Stops the server at start, with a message naming the bad variable, instead of failing on the first request. */
export function checkConfigurationOrExit(): void {
  try {
    // Auth.js's own base URL follows APP_URL through lib/auth/public-origin.ts, and the links
    // it emails are moved onto APP_URL by lib/auth/email-link.ts, so AUTH_URL is not pinned
    // here: next-auth would then rebuild each request with NextRequest, which reads 127.0.0.1
    // as "localhost", and crash on the plain Request that public-origin.ts hands it.
    loadEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
