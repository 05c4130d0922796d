import { randomBytes } from "node:crypto";
import { assertValidStorageKey } from "./file-storage";

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const EXTENSION_PATTERN = /^[a-z0-9]{1,10}$/;

/**
 * A fresh, unguessable key: documents/<documentId>/<128 random bits>[.<extension>].
 * Grouping by document keeps listings readable; the random part means a key can neither be
 * guessed nor collide with another upload, even of the same file.
 */
export function newStorageKey(documentId: string, extension?: string): string {
  if (!ID_PATTERN.test(documentId)) throw new Error(`newStorageKey: invalid document id ${JSON.stringify(documentId)}`);
  if (extension !== undefined && !EXTENSION_PATTERN.test(extension)) {
    throw new Error(`newStorageKey: invalid extension ${JSON.stringify(extension)}`);
  }
  const key = `documents/${documentId}/${randomBytes(16).toString("base64url")}${extension ? `.${extension}` : ""}`;
  assertValidStorageKey(key);
  return key;
}
