// Runs once when the server starts. NEXT_RUNTIME is set by Next itself (not configuration),
// and tells the Node.js server, where a bad configuration must stop the process, from the
// edge bundle.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit } = await import("./lib/startup-check");
    checkConfigurationOrExit();
    const { startSearchWorker } = await import("./lib/search/worker");
    startSearchWorker();
    const { startDigestJob } = await import("./lib/digests/server-job");
    startDigestJob();
  }
}
