import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { createStorage, localStorageDir } from "./get-storage";
import { LocalFileStorage } from "./local-storage";
import { S3FileStorage } from "./s3-storage";

describe("createStorage", () => {
  it("uses a files folder in the data folder by default", () => {
    const env = parseEnv({ PUENTE_DATA_DIR: "/srv/puente" });
    const storage = createStorage(env);
    expect(storage).toBeInstanceOf(LocalFileStorage);
    expect((storage as LocalFileStorage).root).toBe(path.resolve("/srv/puente/files"));
  });

  it("uses STORAGE_LOCAL_DIR when set, resolved to an absolute path", () => {
    expect(localStorageDir(parseEnv({ STORAGE_LOCAL_DIR: "uploads" }))).toBe(path.resolve("uploads"));
  });

  it("picks the S3 driver when asked", () => {
    const env = parseEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "puente", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "true" });
    const storage = createStorage(env);
    expect(storage).toBeInstanceOf(S3FileStorage);
    (storage as S3FileStorage).close();
  });
});
