import { loadBuildEnv } from "../../lib/env";
import { computeFingerprint, isBuildCurrent, recordBuild } from "./build-fingerprint";
import { runNextBuild } from "./next-process";

/** Runs `next build` unless the last build was made from exactly these sources. Returns whether it built. */
export async function buildIfNeeded(root: string): Promise<boolean> {
  const fingerprint = computeFingerprint(root, { PUENTE_ENV: loadBuildEnv().PUENTE_ENV });
  if (isBuildCurrent(root, fingerprint)) return false;
  console.log("Building the web app (sources changed since the last build)…");
  await runNextBuild(process.env);
  recordBuild(root, fingerprint);
  return true;
}
