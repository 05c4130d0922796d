"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useReducer, useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { autocompleteReducer, initialAutocomplete, keyAction, type AutocompleteAction, type AutocompleteState } from "./autocomplete-state";
import { useSuggestions } from "./use-suggestions";

const noSubscription = () => () => {};
const optionId = (id: string, index: number) => `${id}-option-${index}`;

interface Props {
  /** The input's id (its <label> points at it) and the prefix of the popup's ids. */
  id: string;
  name: string;
  maxLength: number;
  placeholder: string;
  className: string;
}

/** The combobox's state, its requests, and what its keys and options do. */
function useAutocomplete(id: string, maxLength: number) {
  const input = useRef<HTMLInputElement>(null);
  const reduce = useCallback((state: AutocompleteState, action: AutocompleteAction) => autocompleteReducer(state, action, maxLength), [maxLength]);
  const [state, dispatch] = useReducer(reduce, initialAutocomplete);
  const onAnswer = useCallback((query: string, suggestions: string[]) => dispatch({ type: "received", query, suggestions }), []);
  useSuggestions(state.query, onAnswer);

  // The highlighted option stays in sight when the list scrolls (long titles on a phone).
  useEffect(() => {
    if (state.active >= 0) document.getElementById(optionId(id, state.active))?.scrollIntoView({ block: "nearest" });
  }, [id, state.active]);

  /** Fills the option in and searches for it, as pressing the search button would. */
  const choose = (index: number) => {
    // The form must read the chosen value, so the input is updated before it submits.
    flushSync(() => dispatch({ type: "choose", index }));
    input.current?.form?.requestSubmit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter or an arrow that ends an IME composition belongs to the composition.
    const action = event.nativeEvent.isComposing ? null : keyAction(event, state);
    if (!action) return;
    // Arrows would move the caret, Enter would submit the typed text, Escape would be the browser's.
    event.preventDefault();
    if (action.type === "choose") choose(action.index);
    else dispatch(action);
  };
  return { input, state, dispatch, choose, onKeyDown };
}

/**
 * The search field of a GET form, with completions in a listbox popup (WAI-ARIA 1.2 combobox,
 * list autocomplete). The form's positioned box is where the popup opens, across its width.
 * Until the script runs it is a plain search field: the form searches without JavaScript, and
 * no combobox claims a popup that cannot open.
 */
export function SearchAutocomplete({ id, name, maxLength, placeholder, className }: Props) {
  const t = useTranslations("Search.header");
  const { input, state, dispatch, choose, onKeyDown } = useAutocomplete(id, maxLength);
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const expanded = scripted && state.open;
  const combobox = {
    role: "combobox",
    autoComplete: "off",
    "aria-autocomplete": "list" as const,
    "aria-expanded": expanded,
    "aria-controls": `${id}-listbox`,
    "aria-activedescendant": expanded && state.active >= 0 ? optionId(id, state.active) : undefined,
    onKeyDown,
    onBlur: () => dispatch({ type: "close" }),
  };
  return (
    <>
      <input
        ref={input}
        id={id}
        type="search"
        name={name}
        maxLength={maxLength}
        placeholder={placeholder}
        className={className}
        value={state.value}
        onChange={(event) => dispatch({ type: "typed", value: event.target.value })}
        {...(scripted ? combobox : {})}
      />
      {scripted && <SuggestionList id={id} label={t("suggestionsLabel")} state={state} hidden={!expanded} onChoose={choose} />}
      <p role="status" className="sr-only">
        {expanded ? t("suggestionCount", { count: state.options.length }) : ""}
      </p>
    </>
  );
}

interface ListProps {
  id: string;
  label: string;
  state: AutocompleteState;
  hidden: boolean;
  onChoose: (index: number) => void;
}

function SuggestionList({ id, label, state, hidden, onChoose }: ListProps) {
  return (
    <ul
      id={`${id}-listbox`}
      role="listbox"
      aria-label={label}
      hidden={hidden}
      className="absolute inset-x-0 top-full z-50 mt-1 max-h-80 overflow-y-auto rounded-md border border-slate-300 bg-white py-1 text-sm text-slate-900 shadow-lg"
    >
      {state.options.map((option, index) => (
        <li
          key={option}
          id={optionId(id, index)}
          role="option"
          aria-selected={index === state.active}
          // The input keeps focus (and the list stays open) while an option is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(index)}
          // The transparent outline shows in forced-colors mode, where the background does not.
          className="cursor-pointer px-3 py-2 wrap-anywhere hover:bg-brand-50 aria-selected:bg-brand-700 aria-selected:text-white aria-selected:outline-2 aria-selected:-outline-offset-2 aria-selected:outline-transparent"
        >
          {option}
        </li>
      ))}
    </ul>
  );
}
