// Compares the declared settings with the index's current ones, so reconcile() sends (and
// makes Meilisearch re-index for) only the settings that really changed. The server returns
// some lists in its own order and may normalize words, so those compare as folded sets.
import type { Settings } from "meilisearch";
import { fold } from "./highlight";

const setLike = new Set<keyof Settings>(["filterableAttributes", "sortableAttributes"]);

function sortedJson(values: readonly unknown[]): string[] {
  return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).sort();
}

function foldedSet(values: readonly string[]): string[] {
  return [...new Set(values.map(fold))].sort();
}

function foldedSynonyms(map: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(map)) out[fold(key)] = foldedSet([...(out[fold(key)] ?? []), ...values]);
  return out;
}

function normalize(key: keyof Settings, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (setLike.has(key) && Array.isArray(value)) return sortedJson(value);
  if (key === "stopWords" && Array.isArray(value)) return foldedSet(value as string[]);
  if (key === "synonyms") return foldedSynonyms(value as Record<string, string[]>);
  return value;
}

// These must match exactly: a synonym (or rule) we stopped declaring must be removed.
const strict = new Set<keyof Settings>(["synonyms", "faceting", "localizedAttributes"]);

/** Whether `current` has every value `desired` declares; non-strict objects may hold more keys. */
function covers(desired: unknown, current: unknown, exact: boolean): boolean {
  if (Array.isArray(desired)) {
    return Array.isArray(current) && desired.length === current.length && desired.every((d, i) => covers(d, current[i], exact));
  }
  if (desired !== null && typeof desired === "object") {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return false;
    const cur = current as Record<string, unknown>;
    const entries = Object.entries(desired as Record<string, unknown>);
    if (exact && Object.keys(cur).length !== entries.length) return false;
    return entries.every(([k, v]) => covers(v, cur[k], exact));
  }
  return desired === current;
}

/** The declared settings that differ from the current ones (empty when nothing changed). */
export function settingsDiff(desired: Settings, current: Settings): Settings {
  const diff: Record<string, unknown> = {};
  for (const key of Object.keys(desired) as (keyof Settings)[]) {
    if (!covers(normalize(key, desired[key]), normalize(key, current[key]), strict.has(key))) diff[key] = desired[key];
  }
  return diff as Settings;
}
