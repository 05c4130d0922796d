// Shared by bench:pages and search:bench-load: the public pages they request, their warm-up,
// and a platform started as `npm start` does on fresh data with the seed content.
import { freePort } from "../../lib/net/free-port";
import { BUILD_STARTED, createScratchDatabase, retryOnBuildInterference, startPlatform, tempDir, waitForOk, type Platform } from "./platform";

export type Engine = "embedded" | "postgres";

// Seeded pages visible to anonymous visitors (PUBLISHED + PUBLIC, no future embargo);
// filters chosen so that some match documents and one matches none.
export const GROUPS: Record<string, string[]> = {
  "focus-areas": [
    "/en/focus-areas/security-and-defense",
    "/en/focus-areas/cybersecurity",
    "/en/focus-areas/transnational-crime-and-illicit-finance",
    "/en/focus-areas/counternarcotics?type=BEST_PRACTICE",
    "/en/focus-areas/security-and-defense?year=2022",
    "/en/focus-areas/trade-and-investment?type=REPORT&year=2022",
    "/es/focus-areas/agriculture-and-rural-development?year=2019",
  ],
  documents: [
    "/en/documents/real-time-crime-mapping-precinct-deployment",
    "/en/documents/binational-financial-tracking-trade-based-money-laundering",
    "/en/documents/joint-cybersecurity-operations-2023-results",
    "/en/documents/lavado-activos-comercio-exterior-zonas-francas",
    "/en/documents/mineria-ilegal-oro-bajo-cauca-2022-2023",
    "/es/documents/tpa-at-ten-trade-flows-2012-2022",
  ],
};
const WARMUP_ROUNDS = 3;
const HEALTH_TIMEOUT_MS = 10 * 60_000; // start.ts may have to build first

/** First requests pay for lazy work (route modules, Prisma's first queries); keep them out of the figures. */
export async function warmUp(baseUrl: string, urls: string[]): Promise<void> {
  for (let round = 1; round <= WARMUP_ROUNDS; round++) {
    for (const url of urls) {
      const started = performance.now();
      const response = await fetch(baseUrl + url);
      await response.arrayBuffer();
      const ms = Math.round(performance.now() - started);
      if (response.status !== 200) console.error(`  warm-up: ${url} answered ${response.status}`);
      if (round === WARMUP_ROUNDS) console.error(`  warm-up ${String(ms).padStart(5)} ms  ${url}`);
    }
  }
}

/** A healthy platform on fresh data (a start that failed in a build is retried on new data). */
async function startOnce(engine: Engine, vars: Record<string, string>): Promise<{ platform: Platform; readyMs: number; databaseUrl?: string }> {
  const port = await freePort();
  const databaseUrl = engine === "postgres" ? (await createScratchDatabase()).url : undefined;
  const platform = startPlatform(port, { ...vars, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PUENTE_DATA_DIR: tempDir("pages").dir }) });
  try {
    return { platform, databaseUrl, readyMs: await waitForOk(platform, `${platform.baseUrl}/api/health`, HEALTH_TIMEOUT_MS) };
  } catch (error) {
    await platform.stop();
    throw error;
  }
}

/** The platform on `engine` (with `vars` set), healthy; `databaseUrl` is the scratch database's (postgres only). */
export async function startFreshPlatform(engine: Engine, vars: Record<string, string> = {}): Promise<{ platform: Platform; databaseUrl?: string }> {
  console.error(`${engine}: starting the platform…`);
  const { platform, readyMs, databaseUrl } = await retryOnBuildInterference(engine, () => startOnce(engine, vars));
  const built = platform.markAt(BUILD_STARTED) !== undefined;
  console.error(`${engine}: healthy after ${(readyMs / 1000).toFixed(1)}s${built ? " (including a build: sources had changed)" : ""}`);
  return { platform, databaseUrl };
}
