"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef } from "react";
import type { SearchRequest } from "@/lib/search/types";
import { SEARCH_QUERY_MAX } from "@/lib/validation/search";
import { SEARCH_FORM_ID, useHydrated, useSearchNavigation } from "./search-navigation";
import { requestFromForm, SEARCH_PATH, searchHref, withQuery } from "./search-state";

const DEBOUNCE_MS = 300;

/**
 * The search form: a GET form (works without JavaScript) that the sidebar's controls join.
 * With JavaScript, results follow the typing: the first update of a burst of typing adds a
 * history entry and the rest replace it, so Back returns to the search before it rather than
 * stepping through every keystroke; Enter adds an entry when the URL would change.
 */
export function SearchBox() {
  const t = useTranslations("Search");
  const locale = useLocale();
  const { request, navigate } = useSearchNavigation();
  const hydrated = useHydrated();
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef<SearchRequest>(request);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const burstPushed = useRef(false);

  useEffect(() => {
    latest.current = request;
  }, [request]);

  // The URL can change elsewhere (Back, "Search instead for", a chip): show its words, unless the
  // person is typing here, whose text is newer than any URL.
  useEffect(() => {
    const input = inputRef.current;
    if (input && document.activeElement !== input) input.value = request.q;
  }, [request.q]);

  useEffect(() => () => clearTimeout(timer.current), []);

  function go(next: SearchRequest, mode: "push" | "replace") {
    if (searchHref(next) !== searchHref(latest.current)) navigate(next, mode);
  }

  function onInput(value: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      go(withQuery(latest.current, value), burstPushed.current ? "replace" : "push");
      burstPushed.current = true;
    }, DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(timer.current);
    burstPushed.current = false;
    const next = requestFromForm(event.currentTarget);
    // "Search instead for" applied to the words it was offered for, not to new ones.
    go(next.q === latest.current.q ? next : withQuery(next, next.q), "push");
  }

  return (
    <form id={SEARCH_FORM_ID} role="search" aria-label={t("formLabel")} method="get" action={`/${locale}${SEARCH_PATH}`} onSubmit={onSubmit}>
      {request.verbatim && <input type="hidden" name="verbatim" value="1" />}
      <label htmlFor="search-q" className="block text-sm font-medium text-slate-800">{t("queryLabel")}</label>
      <div className="mt-1 flex gap-2">
        <input
          ref={inputRef}
          id="search-q"
          type="search"
          name="q"
          defaultValue={request.q}
          maxLength={SEARCH_QUERY_MAX}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="search-q-hint"
          onChange={(event) => onInput(event.currentTarget.value)}
          onBlur={() => {
            burstPushed.current = false;
          }}
          className="block w-full min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className="shrink-0 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </div>
      <p id="search-q-hint" className="mt-1 text-sm text-slate-600">
        {hydrated && `${t("liveHint")} `}
        {t("queryHint")}
      </p>
    </form>
  );
}
