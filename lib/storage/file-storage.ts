// Where attachment files live, behind one small interface so the app does not care whether
// that is a local folder or an S3-compatible bucket (lib/storage/get-storage.ts picks one).

export interface StoredFile {
  /** A web stream, so a Route Handler can return it as a Response body directly. */
  body: ReadableStream<Uint8Array>;
  size: number;
}

export interface StorageEntry {
  key: string;
  lastModified: Date;
}

export interface FileStorage {
  /** Stores the bytes under key, replacing any previous file; readers never see a partial file. */
  put(key: string, data: Buffer | Uint8Array, contentType: string): Promise<void>;
  /** The file, or null when there is none under key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; a missing file is not an error (deleting is idempotent). */
  delete(key: string): Promise<void>;
  /** Every stored file, in no particular order. */
  list(): AsyncIterable<StorageEntry>;
}

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid storage key: ${JSON.stringify(key.slice(0, 100))}`);
    this.name = "InvalidStorageKeyError";
  }
}

// Segments of letters, digits, "-", "_" and "." that do not start with "." (no "..", no
// hidden files), joined by "/". Keys come from newStorageKey(); the check is a second line of
// defence that keeps a key from ever naming a path outside the storage folder.
const KEY_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;
const MAX_KEY_LENGTH = 512;

export function isValidStorageKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key);
}

export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
}
