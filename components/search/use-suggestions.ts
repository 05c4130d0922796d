"use client";

import { useEffect } from "react";

/** Typing pauses this long before a request: one per word typed, not one per key. */
export const SUGGEST_DEBOUNCE_MS = 150;

/** Completions offered by the endpoint; anything malformed counts as none. */
function suggestionsOf(body: unknown): string[] {
  const list = (body as { suggestions?: unknown } | null)?.suggestions;
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === "string") : [];
}

/**
 * Asks /api/search/suggest for `query` once typing pauses, and hands the answer over with the
 * query it answers (the reducer drops answers to anything but the latest query). A newer query
 * aborts the request in flight, so a slow answer neither lands late nor costs the server.
 */
export function useSuggestions(query: string, onAnswer: (query: string, suggestions: string[]) => void): void {
  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/suggest?${new URLSearchParams({ q: query })}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        const suggestions = response.ok ? suggestionsOf(await response.json()) : [];
        if (!controller.signal.aborted) onAnswer(query, suggestions);
      } catch {
        // Aborted, offline or not JSON: no suggestions, and the form still searches.
      }
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, onAnswer]);
}
