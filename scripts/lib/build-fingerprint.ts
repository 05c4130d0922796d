// Decides whether `npm start` must run `next build`: the production build is reused only
// while every input that goes into it is unchanged (content hash, not timestamps, so a
// fresh clone or a `git checkout` of the same content does not rebuild).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const FINGERPRINT_INPUTS = [
  "app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.js",
  "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma",
  // patch-package's changes to dependencies the build bundles (adapter-pg).
  "patches",
];
const testFile = /\.(int\.)?test\.tsx?$/;

function listInputs(root: string): string[] {
  const found: string[] = [];
  for (const entry of FINGERPRINT_INPUTS) {
    const absolute = path.join(root, entry);
    if (!existsSync(absolute)) continue;
    if (!statSync(absolute).isDirectory()) {
      found.push(entry);
      continue;
    }
    for (const dirent of readdirSync(absolute, { recursive: true, withFileTypes: true })) {
      if (dirent.isFile() && !testFile.test(dirent.name)) {
        found.push(path.relative(root, path.join(dirent.parentPath, dirent.name)));
      }
    }
  }
  return found.sort();
}

/**
 * `buildSettings` are the configuration values baked into the build (next.config.js reads
 * PUENTE_ENV for its headers), so a change to them also requires a new build.
 */
export function computeFingerprint(root: string, buildSettings: Record<string, string> = {}): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(buildSettings)).update("\0");
  for (const file of listInputs(root)) {
    hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

const stampPath = (root: string) => path.join(root, ".next", "puente-build-fingerprint");

export function isBuildCurrent(root: string, fingerprint: string): boolean {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(stampPath(root))) return false;
  return readFileSync(stampPath(root), "utf8") === fingerprint;
}

export function recordBuild(root: string, fingerprint: string): void {
  writeFileSync(stampPath(root), fingerprint);
}
