"use client";

// Client-side navigation for the search page. The server renders from the URL; here a change
// becomes a new URL, and the controls show the new state at once (optimistic) while the
// server renders the results for it. Without JavaScript the same controls submit a GET form.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useOptimistic, useSyncExternalStore, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import type { SearchRequest } from "@/lib/search/types";
import { requestFromForm, searchHref } from "./search-state";

export type NavigationMode = "push" | "replace";

interface SearchNavigationValue {
  request: SearchRequest;
  pending: boolean;
  navigate: (next: SearchRequest, mode: NavigationMode) => void;
  /** Navigates to what the search form (and every control attached to it) describes. */
  submitForm: (form: HTMLFormElement | null, mode: NavigationMode) => void;
}

const SearchNavigationContext = createContext<SearchNavigationValue | null>(null);

/** The id of the one GET form; sidebar controls join it with the form attribute. */
export const SEARCH_FORM_ID = "search-form";

export function SearchNavigation({ request, children }: { request: SearchRequest; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [optimistic, setOptimistic] = useOptimistic(request);

  const navigate = useCallback(
    (next: SearchRequest, mode: NavigationMode) => {
      startTransition(() => {
        setOptimistic(next);
        router[mode](searchHref(next), { scroll: false });
      });
    },
    [router, setOptimistic],
  );

  const submitForm = useCallback(
    (form: HTMLFormElement | null, mode: NavigationMode) => {
      if (form) navigate(requestFromForm(form), mode);
    },
    [navigate],
  );

  const value = useMemo(() => ({ request: optimistic, pending, navigate, submitForm }), [optimistic, pending, navigate, submitForm]);
  return <SearchNavigationContext.Provider value={value}>{children}</SearchNavigationContext.Provider>;
}

export function useSearchNavigation(): SearchNavigationValue {
  const value = useContext(SearchNavigationContext);
  if (!value) throw new Error("useSearchNavigation needs a <SearchNavigation> around it");
  return value;
}

const subscribeNever = () => () => {};

/** False in the server HTML and until hydration: controls that only no-JS visitors need. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

/** The results, marked busy (and dimmed) while the next ones load. */
export function SearchResultsRegion({ children }: { children: ReactNode }) {
  const { pending } = useSearchNavigation();
  return (
    <div aria-busy={pending} className={pending ? "opacity-60 transition-opacity" : "transition-opacity"}>
      {children}
    </div>
  );
}
