import { loadEnv } from "./env";

/** Stops the server at start, with a message naming the bad variable, instead of failing on the first request. */
export function checkConfigurationOrExit(): void {
  try {
    const env = loadEnv();
    // Auth.js builds its emailed sign-in links from AUTH_URL, else from the request's
    // X-Forwarded-Host, which a client can forge: pin it to the site's public URL.
    // eslint-disable-next-line no-restricted-properties -- handing configuration to Auth.js, which reads process.env itself
    if (env.APP_URL && !env.AUTH_URL) process.env.AUTH_URL = env.APP_URL;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
