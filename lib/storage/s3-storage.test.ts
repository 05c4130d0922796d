// The S3 driver against a real S3-protocol server (s3rver), not a mocked SDK.
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3FileStorage } from "./s3-storage";
import { startS3rver, type S3rverProcess } from "./testing/s3rver-process";
import { describeStorageContract } from "./testing/storage-contract";

let server: S3rverProcess;
let storage: S3FileStorage;

function driver(options: { bucket?: string; listPageSize?: number } = {}) {
  return new S3FileStorage({
    bucket: options.bucket ?? server.bucket,
    region: "us-east-1",
    endpoint: server.endpoint,
    credentials: server.credentials,
    forcePathStyle: true,
    listPageSize: options.listPageSize,
  });
}

beforeAll(async () => {
  server = await startS3rver();
  storage = driver();
}, 30_000);
afterAll(async () => {
  storage?.close();
  await server?.stop();
});

describeStorageContract("s3", () => storage);

describe("s3 driver", () => {
  it("follows continuation tokens through every page of a listing", async () => {
    const keys = Array.from({ length: 7 }, (_, i) => `paged/${i}`);
    for (const key of keys) await storage.put(key, Buffer.from(key), "text/plain");
    const paged = driver({ listPageSize: 2 });
    const listed: string[] = [];
    for await (const entry of paged.list()) if (entry.key.startsWith("paged/")) listed.push(entry.key);
    paged.close();
    expect(listed.sort()).toEqual(keys);
  });

  it("stores the content type with the object", async () => {
    await storage.put("documents/typed/file.pdf", Buffer.from("%PDF-1.7"), "application/pdf");
    const client = new S3Client({ region: "us-east-1", endpoint: server.endpoint, credentials: server.credentials, forcePathStyle: true });
    const head = await client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: "documents/typed/file.pdf" }));
    client.destroy();
    expect(head.ContentType).toBe("application/pdf");
    expect(head.ContentLength).toBe(8);
  });

  it("reports a missing bucket as an error, not as a missing file", async () => {
    const wrong = driver({ bucket: "no-such-bucket" });
    await expect(wrong.put("documents/a/b", Buffer.from("x"), "text/plain")).rejects.toThrow(/bucket/i);
    await expect(wrong.get("documents/a/b")).rejects.toThrow(/bucket/i);
    wrong.close();
  });
});
