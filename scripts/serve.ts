// The web server, started by npm start / npm run dev (scripts/start.ts) and the e2e server:
// Next.js through its programmatic API behind a plain Node.js HTTP server that
//   - listens on HOST (127.0.0.1 unless configured) and PORT;
//   - sets the forwarding headers from the socket before Next.js reads them
//     (lib/security/forwarded-headers.ts), so clientIp() is the real address;
//   - stops on SIGTERM/SIGINT, or when the process that started it is gone, finishing the
//     requests in flight first.
// Usage: node --import tsx scripts/serve.ts [--dev], through spawnWebServer (scripts/lib/web-server.ts).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { loadEnv } from "../lib/env";
import { isLoopback } from "../lib/net/loopback";
import { normalizeForwardedHeaders } from "../lib/security/forwarded-headers";
import { exposureWarning, reachableAddress } from "./lib/listen-address";
import { onStopRequest } from "./lib/stop-signals";

/** Requests still running after this long are cut off; the parent's grace period is longer. */
const DRAIN_MS = 8_000;

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const started = performance.now();
  const env = loadEnv();
  const { default: next } = await import("next");
  const selfAddress = reachableAddress(env.HOST);
  // hostname/port are where Next.js reaches itself (a server action's redirect), never a request's Host header.
  const app = next({ dev, dir: process.cwd(), hostname: selfAddress, port: env.PORT });
  const handle = app.getRequestHandler();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    normalizeForwardedHeaders(req.headers, req.socket.remoteAddress, env.TRUSTED_PROXY_COUNT);
    handle(req, res).catch((error: unknown) => {
      console.error(`Failed to handle ${req.method} ${req.url}:`, error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
  });

  // Next.js answers upgrade requests (the development server's hot reload) on its own listener: normalize those first too.
  server.prependListener("upgrade", (req: IncomingMessage) => normalizeForwardedHeaders(req.headers, req.socket.remoteAddress, env.TRUSTED_PROXY_COUNT));

  onStopRequest(
    (reason) => {
      if (reason === "parent exited") console.error("The process that started the web server is gone: stopping.");
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections (a browser's) turn idle as their last request ends: close each
      // then, rather than when the keep-alive timeout expires.
      setInterval(() => server.closeIdleConnections(), 50).unref();
      setTimeout(() => server.closeAllConnections(), DRAIN_MS).unref();
      void Promise.allSettled([drained, app.close()]).then(() => process.exit(0));
    },
    { watchParent: true },
  );

  await app.prepare();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOST, () => resolve());
  });
  const where = isLoopback(env.HOST) ? "this machine only" : "other machines too";
  console.log(`Web server listening on ${env.HOST}:${env.PORT}, ${where} (ready in ${((performance.now() - started) / 1000).toFixed(1)}s)`);
  const warning = exposureWarning(env);
  if (warning) console.warn(warning);
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") console.error(`The web server cannot listen: port ${loadEnv().PORT} is already in use (set PORT to use another).`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
