// Several app instances on one PostgreSQL server behind a round-robin proxy, under load:
//   npm run -s bench:cluster -- [--instances 2] [--duration 60] [--searchers 50] [--readers 20] [--writers 5]
//     [--fault kill|terminate|lock] [--fault-at 20]
// Builds once, creates a scratch database on the local server, starts the instances together
// (so they also race for the migrations and the seed: lib/db/migrate/migration-lock.ts), each
// with the same secret, public origin (the proxy's) and storage folder, puts ./cluster-proxy.ts
// in front, and for --duration seconds runs visitors searching, visitors reading pages, and
// writers who create a report, attach a PDF, edit and submit it, and have the demo reviewer
// publish it. Then it sends failed sign-ins round robin, checks the database
// (./cluster-checks.ts), and prints requests per second, p50/p95/p99 per route and errors, as a
// table and one JSON line. The target: no errors, every check passing. With --fault, one fault
// is injected --fault-at seconds into the load (./cluster-faults.ts) and its failed requests
// and recovery time are reported; the checks still apply.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { buildIfNeeded } from "../lib/build";
import { freePort } from "../../lib/net/free-port";
import { percentile } from "../search/metrics";
import { searcher, reader, writer, Recorder, type Written } from "./cluster-load";
import { clusterChecks, signInCounterCheck } from "./cluster-checks";
import { FAULTS, faultFigures, inject, type Fault } from "./cluster-faults";
import { startProxy } from "./cluster-proxy";
import { DEMO_PASSWORD, Session, signIn } from "./http-session";
import { createScratchDatabase, deferCleanup, load, runBenchmark, sleep, startPlatform, tempDir, waitForOk } from "./platform";

function options() {
  const { values } = parseArgs({
    options: {
      instances: { type: "string", default: "2" }, duration: { type: "string", default: "60" }, searchers: { type: "string", default: "50" }, readers: { type: "string", default: "20" },
      writers: { type: "string", default: "5" }, "fault-at": { type: "string", default: "20" }, fault: { type: "string" },
    },
  });
  const { fault, ...numbers } = values;
  const n = Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, Number(v)])) as Record<keyof typeof numbers, number>;
  for (const [name, value] of Object.entries(n)) if (!Number.isInteger(value) || value < (name === "instances" ? 1 : 0)) throw new Error(`--${name} must be a whole number`);
  if (fault !== undefined && !FAULTS.includes(fault as Fault)) throw new Error(`--fault must be one of ${FAULTS.join(", ")}`);
  if (fault === "kill" && n.instances < 2) throw new Error("--fault kill needs --instances 2 or more");
  return { ...n, fault: fault as Fault | undefined };
}

async function startCluster(count: number) {
  const database = await createScratchDatabase();
  const storage = tempDir("cluster");
  const proxyPort = await freePort();
  const shared = {
    DATABASE_URL: database.url, AUTH_SECRET: randomBytes(32).toString("base64url"), APP_URL: `http://127.0.0.1:${proxyPort}`,
    PUENTE_DATA_DIR: storage.dir, TRUSTED_PROXY_COUNT: "1",
  };
  const instances = await Promise.all(Array.from({ length: count }, async () => startPlatform(await freePort(), shared)));
  await Promise.all(instances.map((p) => waitForOk(p, `${p.baseUrl}/api/health`, 300_000)));
  const proxy = await startProxy(instances.map((p) => p.baseUrl), proxyPort);
  deferCleanup(() => proxy.close());
  return { database, storageDir: `${storage.dir}/files`, instances, proxy };
}

async function session(base: string, email: string): Promise<Session> {
  const s = new Session(base, base);
  await signIn(s, { email, password: DEMO_PASSWORD });
  return s;
}

/** Wrong passwords for one account, sent round robin through the proxy. */
async function failedSignIns(base: string, email: string, attempts: number): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    await signIn(new Session(base, base), { email, password: `wrong-${i}` }).catch(() => undefined);
  }
}

function routeFigures(rec: Recorder, seconds: number) {
  const routes = [...new Set(rec.samples.map((s) => s.route))].sort();
  return routes.map((route) => {
    const samples = rec.samples.filter((s) => s.route === route);
    const ms = samples.map((s) => s.ms);
    const errors = samples.filter((s) => s.status === 0 || s.status >= 400).length;
    return { route, requests: samples.length, per_s: Math.round((samples.length / seconds) * 10) / 10, p50_ms: Math.round(percentile(ms, 50)), p95_ms: Math.round(percentile(ms, 95)), p99_ms: Math.round(percentile(ms, 99)), errors };
  });
}

async function bench(opts: ReturnType<typeof options>) {
  if (await buildIfNeeded(process.cwd())) console.error("built the web app");
  const cluster = await startCluster(opts.instances);
  const base = cluster.proxy.url;
  console.error(`${opts.instances} instances behind ${base}`);
  // One after another, as people do: attempts at the same instant count against each other (lib/auth/password-sign-in.ts).
  const writers: { contributor: Session; reviewer: Session }[] = [];
  for (let i = 0; i < opts.writers; i++) writers.push({ contributor: await session(base, "contributor@puente.test"), reviewer: await session(base, "reviewer@puente.test") });
  const areas = (await (await fetch(`${base}/api/search?q=security`)).json()) as { hits: { focusAreas: { id: string }[] }[] };
  const focusAreaId = areas.hits.flatMap((h) => h.focusAreas)[0]!.id;

  const rec = new Recorder();
  const written: Written[] = [];
  const loadBefore = load();
  const started = performance.now();
  const until = started + opts.duration * 1000;
  const faulted = opts.fault ? sleep(opts["fault-at"] * 1000).then(async () => ({ at: performance.now(), what: await inject(opts.fault!, cluster.instances, cluster.database.url) })) : null;
  await Promise.all([
    faulted,
    ...Array.from({ length: opts.searchers }, () => searcher(base, rec, until)),
    ...Array.from({ length: opts.readers }, () => reader(base, rec, until)),
    ...writers.map((w) => writer(w, rec, until, focusAreaId, written)),
  ]);
  const seconds = (performance.now() - started) / 1000;
  const loadAfter = load();

  const SIGN_IN_FAILURES = 4;
  await failedSignIns(base, "member.b@puente.test", SIGN_IN_FAILURES);
  const checks = [...(await clusterChecks(cluster.database.url, written, cluster.storageDir)), await signInCounterCheck(cluster.database.url, "member.b@puente.test", SIGN_IN_FAILURES)];
  // What the instances logged about failures, for the report (a 500 or a hang says why here).
  const instanceErrors = cluster.instances.map((p) => p.output().split("\n").filter((l) => /error|failed|unavailable/i.test(l)).slice(-8));
  const routes = routeFigures(rec, seconds);
  const fault = faulted && { kind: opts.fault, injected: (await faulted).what, ...faultFigures(rec.samples, (await faulted).at) };
  return {
    instances: opts.instances, duration_s: Math.round(seconds), searchers: opts.searchers, readers: opts.readers, writers: opts.writers,
    requests: rec.samples.length, per_s: Math.round((rec.samples.length / seconds) * 10) / 10,
    errors: rec.samples.filter((s) => s.status === 0 || s.status >= 400).length + written.filter((w) => w.error).length,
    write_errors: written.filter((w) => w.error).map((w) => w.error),
    documents_written: written.length, published: written.filter((w) => w.published).length,
    served_by_instance: [...cluster.proxy.served.values()], proxy_failures: cluster.proxy.failed(),
    routes, checks, fault, instance_errors: instanceErrors, load_average_1m: { before: loadBefore, after: loadAfter },
  };
}

runBenchmark("bench:cluster", () => bench(options()), (report) => {
  console.error(`\n${report.instances} instances, ${report.duration_s} s: ${report.requests} requests (${report.per_s}/s), ${report.errors} errors; served per instance ${report.served_by_instance.join(" / ")}; load ${report.load_average_1m.before} → ${report.load_average_1m.after}`);
  console.error("route                                   requests   /s    p50    p95    p99  errors");
  for (const r of report.routes) console.error(`${r.route.padEnd(40)}${String(r.requests).padStart(8)}${String(r.per_s).padStart(6)}${String(r.p50_ms).padStart(7)}${String(r.p95_ms).padStart(7)}${String(r.p99_ms).padStart(7)}${String(r.errors).padStart(8)}`);
  if (report.fault) {
    console.error(`fault: ${report.fault.injected}: ${report.fault.errors} failed requests (${report.fault.errors_sent_after} sent after it), the last ${report.fault.recovery_s} s after it`);
    for (const f of report.fault.last_failures) console.error(`  ${f.route}: ${f.status || "no answer"}, sent at ${f.sent_s} s, ended at ${f.ended_s} s`);
  }
  for (const c of report.checks) console.error(`${c.ok ? "PASS" : "FAIL"}  ${c.check}: ${c.detail}`);
  for (const e of report.write_errors.slice(0, 5)) console.error(`write error: ${e}`);
  report.instance_errors.forEach((lines, i) => lines.forEach((line) => console.error(`instance ${i + 1}: ${line.slice(0, 300)}`)));
  if ((report.errors > 0 && !report.fault) || report.checks.some((c) => !c.ok)) process.exitCode = 1;
});
