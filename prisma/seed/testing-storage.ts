// For tests that seed: the demo files go to a temporary folder, removed afterwards, never to
// the developer's data folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LocalFileStorage } from "../../lib/storage/local-storage";

export interface TemporaryStorage {
  storage: LocalFileStorage;
  remove(): void;
}

export function temporarySeedStorage(): TemporaryStorage {
  const folder = mkdtempSync(path.join(tmpdir(), "puente-seed-files-"));
  return { storage: new LocalFileStorage(folder), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
