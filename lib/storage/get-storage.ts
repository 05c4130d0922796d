// The storage driver the configuration asks for, created once per process.
import path from "node:path";
import { loadEnv, type Env } from "../env";
import type { FileStorage } from "./file-storage";
import { LocalFileStorage } from "./local-storage";
import { S3FileStorage } from "./s3-storage";

/**
 * The folder of the local driver: STORAGE_LOCAL_DIR, else <PUENTE_DATA_DIR>/files. It holds
 * uploads, not code: the annotation tells the build's file tracer so, which otherwise copies
 * the whole project into every route's trace (and says so in a warning at each build).
 */
export function localStorageDir(env: Env): string {
  return path.resolve(/* turbopackIgnore: true */ env.STORAGE_LOCAL_DIR ?? path.join(env.PUENTE_DATA_DIR, "files"));
}

export function createStorage(env: Env): FileStorage {
  if (env.STORAGE_DRIVER === "local") return new LocalFileStorage(localStorageDir(env));
  if (!env.S3_BUCKET) throw new Error("S3_BUCKET is required when STORAGE_DRIVER=s3");
  return new S3FileStorage({
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  });
}

const globalForStorage = globalThis as unknown as { puenteStorage?: FileStorage };

/** The configured driver; kept on globalThis so dev hot reloads reuse the S3 client. */
export function getStorage(): FileStorage {
  globalForStorage.puenteStorage ??= createStorage(loadEnv());
  return globalForStorage.puenteStorage;
}
