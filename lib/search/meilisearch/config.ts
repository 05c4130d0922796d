// Connection and index naming for the Meilisearch engine. The caller passes the values that
// lib/env.ts reads (MEILI_HOST, MEILI_API_KEY, MEILI_INDEX_PREFIX), so this folder never reads
// the environment and tests can point it at a throwaway prefix.
import type { WaitOptions } from "meilisearch";

export interface MeilisearchConfig {
  host: string;
  /** A key with search and index rights; it stays on the server. */
  apiKey?: string;
  /** Index names start with this: one installation (or test run) per prefix. */
  indexPrefix: string;
  /** Longest wait for one write task: indexing a large batch can take minutes. */
  taskTimeoutMs?: number;
  /** Longest wait for one HTTP request. */
  requestTimeoutMs?: number;
}

// Meilisearch index uids allow letters, digits, - and _; the suffixes below stay within that.
const prefixPattern = /^[A-Za-z0-9_-]{1,100}$/;

export function validatePrefix(prefix: string): string {
  if (!prefixPattern.test(prefix)) throw new Error(`Meilisearch index prefix "${prefix}" must be 1-100 letters, digits, - or _`);
  return prefix;
}

/** The index searches read and writes go to. */
export function liveIndexName(prefix: string): string {
  return `${validatePrefix(prefix)}-documents`;
}

/** A fresh index that rebuild() fills and then swaps with the live one. */
export function rebuildIndexName(prefix: string, timestamp: number): string {
  return `${liveIndexName(prefix)}-${timestamp}`;
}

/** The timestamp of a rebuild index of this prefix, or null for any other index. */
export function rebuildTimestamp(prefix: string, uid: string): number | null {
  const live = liveIndexName(prefix);
  if (!uid.startsWith(`${live}-`)) return null;
  const rest = uid.slice(live.length + 1);
  return /^\d+$/.test(rest) ? Number(rest) : null;
}

export function waitOptions(config: MeilisearchConfig): WaitOptions {
  // Polling every 100 ms is cheap for the server and adds little latency to small writes.
  return { timeout: config.taskTimeoutMs ?? 10 * 60_000, interval: 100 };
}
