// bench:cluster's reverse proxy: round robin over the app instances through Node's http-proxy,
// as nginx or Caddy would (compose.yaml). It appends the client's address to X-Forwarded-For
// (the instances run with TRUSTED_PROXY_COUNT=1) and counts what each instance answered. Like
// those proxies' passive health checks, an instance that refuses or drops connections is left
// out for DOWN_MS, and a request it never received (the connection was refused) is sent to
// the next one; one it may have received is answered 502, never sent twice.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import httpProxy from "http-proxy";

const DOWN_MS = 5_000;
const MAX_BODY = 10 * 1024 * 1024;

export interface ClusterProxy {
  url: string;
  /** Requests each instance answered, by its base URL. */
  served: Map<string, number>;
  /** Requests no instance could take (502 to the client). */
  failed: () => number;
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large for the benchmark proxy");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startProxy(targets: string[], port = 0): Promise<ClusterProxy> {
  const proxy = httpProxy.createProxyServer({ xfwd: true, proxyTimeout: 60_000 });
  const served = new Map(targets.map((t) => [t, 0]));
  const downUntil = new Map<string, number>();
  let next = 0;
  let failed = 0;
  const pick = () => {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[next++ % targets.length]!;
      if ((downUntil.get(target) ?? 0) <= Date.now()) return target;
    }
    return targets[next++ % targets.length]!; // all down: try anyway
  };
  const send = (req: IncomingMessage, res: ServerResponse, body: Buffer, tries: number, headers = { ...req.headers }) => {
    // http-proxy appends its X-Forwarded-* values to the request's headers: a retry starts from the client's own.
    req.headers = { ...headers };
    const target = pick();
    res.once("finish", () => res.statusCode !== 502 && served.set(target, served.get(target)! + 1));
    proxy.web(req, res, { target, buffer: Readable.from([body]) }, (error: NodeJS.ErrnoException) => {
      if (error.code === "ECONNREFUSED" || error.code === "ECONNRESET") downUntil.set(target, Date.now() + DOWN_MS);
      // Refused: the instance never saw the request, so another may take it.
      if (error.code === "ECONNREFUSED" && tries < targets.length && !res.headersSent) {
        res.removeAllListeners("finish");
        return send(req, res, body, tries + 1, headers);
      }
      failed++;
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("bad gateway");
    });
  };
  const server: Server = createServer((req, res) => {
    bodyOf(req).then(
      (body) => send(req, res, body, 1),
      () => res.writeHead(413).end(),
    );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    failed: () => failed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        proxy.close();
      }),
  };
}
