// A real S3-protocol server for tests: s3rver on a temporary folder and a port the OS picks.
// It runs in a child process because s3rver signs ListObjectsV2 continuation tokens with
// single DES, which OpenSSL 3 (Node 17+) only offers through its legacy provider, and that
// provider can only be enabled when a process starts (--openssl-legacy-provider).
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

export interface S3rverProcess {
  endpoint: string;
  bucket: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  stop(): Promise<void>;
}

// Exits when the parent closes stdin, so a crashed test run leaves no server behind.
const CHILD = `
const S3rver = require(process.argv[1]);
const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: process.argv[2],
  configureBuckets: [{ name: process.argv[3] }] });
server.run().then((address) => console.log(JSON.stringify({ port: address.port })),
  (error) => { console.error(error); process.exit(1); });
process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
`;

export async function startS3rver(bucket = "puente-test"): Promise<S3rverProcess> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "puente-s3rver-"));
  const s3rverPath = createRequire(import.meta.url).resolve("s3rver");
  const child = spawn(process.execPath, ["--openssl-legacy-provider", "-e", CHILD, s3rverPath, directory, bucket], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    child.stdin.end();
    await exited;
    await fs.rm(directory, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`s3rver exited with code ${code} before listening`)));
      readline.createInterface({ input: child.stdout }).once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
    });
    return {
      endpoint: `http://127.0.0.1:${port}`,
      bucket,
      // s3rver's built-in account.
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
