// The header search's autocomplete as a pure state machine (WAI-ARIA 1.2 combobox, list
// autocomplete with manual selection): the input keeps what was typed until an option is
// chosen, arrow keys only move the highlight. Kept free of React and the DOM so every key and
// every late answer can be tested on its own.

/** At most this many options are shown (the endpoint may answer more one day). */
export const MAX_OPTIONS = 8;
/** Both search engines answer nothing to shorter prefixes, so none is asked. */
export const MIN_QUERY_CHARS = 2;

export interface AutocompleteState {
  /** What the input shows. */
  value: string;
  /** The query the options are awaited for ("" when none is): what typing last asked. */
  query: string;
  options: string[];
  open: boolean;
  /** Index of the highlighted option, -1 for none. */
  active: number;
}

export type AutocompleteAction =
  | { type: "typed"; value: string }
  | { type: "received"; query: string; suggestions: string[] }
  | { type: "move"; delta: 1 | -1 }
  | { type: "open" }
  | { type: "close" }
  | { type: "escape" }
  | { type: "choose"; index: number };

export const initialAutocomplete: AutocompleteState = { value: "", query: "", options: [], open: false, active: -1 };

/** The prefix to ask completions for, or "" when the input asks for none. */
export function queryFor(value: string, max: number): string {
  const query = value.replace(/\s+/g, " ").trim().slice(0, max).trim();
  return [...query].length >= MIN_QUERY_CHARS ? query : "";
}

/** Next highlight: wraps past either end, as the APG example does. */
function moved(state: AutocompleteState, delta: 1 | -1): number {
  const count = state.options.length;
  if (!state.open || state.active < 0) return delta === 1 ? 0 : count - 1;
  return (state.active + delta + count) % count;
}

export function autocompleteReducer(state: AutocompleteState, action: AutocompleteAction, max = Infinity): AutocompleteState {
  switch (action.type) {
    case "typed": {
      const query = queryFor(action.value, max);
      // Old options stay up while new ones are on their way (no flicker), but nothing is
      // highlighted: Enter then searches what was typed, not a stale option.
      if (!query) return { ...initialAutocomplete, value: action.value };
      return { ...state, value: action.value, query, active: -1 };
    }
    case "received": {
      // An answer for anything but the latest query is stale, whatever order answers come in.
      if (action.query !== state.query) return state;
      const options = [...new Set(action.suggestions)].slice(0, MAX_OPTIONS);
      return { ...state, options, open: options.length > 0, active: -1 };
    }
    case "move":
      if (state.options.length === 0) return state;
      return { ...state, open: true, active: moved(state, action.delta) };
    case "open":
      return state.options.length === 0 ? state : { ...state, open: true };
    case "close":
      return state.open ? { ...state, open: false, active: -1 } : state;
    case "escape":
      // First Escape closes the list; a second one clears the field, as a search field does.
      return state.open ? { ...state, open: false, active: -1 } : { ...initialAutocomplete };
    case "choose": {
      const option = state.options[action.index];
      if (option === undefined) return state;
      return { ...state, value: option, open: false, active: -1 };
    }
  }
}

/**
 * What a key in the input does; null leaves the key to the browser (typing, moving the caret,
 * Tab out, Enter to search what was typed). Anything else replaces the browser's default.
 */
export function keyAction(key: { key: string; altKey: boolean }, state: AutocompleteState): AutocompleteAction | null {
  const arrow = key.key === "ArrowDown" || key.key === "ArrowUp";
  if (arrow && state.options.length === 0) return null;
  switch (key.key) {
    case "ArrowDown":
      return key.altKey ? { type: "open" } : { type: "move", delta: 1 };
    case "ArrowUp":
      if (key.altKey) return state.open ? { type: "close" } : null;
      return { type: "move", delta: -1 };
    case "Enter":
      return state.open && state.active >= 0 ? { type: "choose", index: state.active } : null;
    case "Escape":
      return state.open || state.value !== "" ? { type: "escape" } : null;
    default:
      return null;
  }
}
