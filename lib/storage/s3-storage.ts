// FileStorage on an S3-compatible bucket (AWS S3, MinIO, R2, …). S3 itself makes a PUT
// visible only once complete, so no temporary object is needed.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  paginateListObjectsV2,
} from "@aws-sdk/client-s3";
import { assertValidStorageKey, type FileStorage, type StorageEntry, type StoredFile } from "./file-storage";

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** For S3-compatible servers; unset means AWS. */
  endpoint?: string;
  /** Unset: the SDK's default chain (environment, instance role, …). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle?: boolean;
  /** Keys per ListObjectsV2 request (S3 caps it at 1000). */
  listPageSize?: number;
}

// A missing object, but not a missing bucket (a configuration error that must surface).
function isMissingObject(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === "NoSuchKey" || (error.$metadata.httpStatusCode === 404 && error.name !== "NoSuchBucket");
}

export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly listPageSize: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.listPageSize = options.listPageSize ?? 1000;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      credentials: options.credentials,
      forcePathStyle: options.forcePathStyle,
      // Since 3.729 the SDK adds CRC32 checksums to every request and validates them on
      // responses; some S3-compatible servers reject those headers. AWS
      // itself keeps the default (checksums on).
      ...(options.endpoint ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } : {}),
    });
  }

  async put(key: string, data: Buffer | Uint8Array, contentType: string): Promise<void> {
    assertValidStorageKey(key);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: data, ContentType: contentType, ContentLength: data.byteLength }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    assertValidStorageKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!response.Body) return null;
      // Streamed, not buffered: the Route Handler passes the bytes on as they arrive.
      return { body: response.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: response.ContentLength ?? 0 };
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidStorageKey(key);
    // S3 answers 204 whether or not the object existed.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *list(): AsyncIterable<StorageEntry> {
    const pages = paginateListObjectsV2({ client: this.client, pageSize: this.listPageSize }, { Bucket: this.bucket });
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified) yield { key: object.Key, lastModified: object.LastModified };
      }
    }
  }

  /** Closes the client's connection pool (scripts and tests; the app keeps one client). */
  close(): void {
    this.client.destroy();
  }
}
