import { describe, expect, it } from "vitest";
import { autocompleteReducer, initialAutocomplete, keyAction, MAX_OPTIONS, queryFor, type AutocompleteAction, type AutocompleteState } from "./autocomplete-state";

const run = (actions: AutocompleteAction[], max = 200, from: AutocompleteState = initialAutocomplete) =>
  actions.reduce((state, action) => autocompleteReducer(state, action, max), from);
const typed = (value: string): AutocompleteAction => ({ type: "typed", value });
const received = (query: string, suggestions: string[]): AutocompleteAction => ({ type: "received", query, suggestions });
const key = (name: string, altKey = false) => ({ key: name, altKey });

/** Typed "seg" and got three options, list open, nothing highlighted. */
const withOptions = run([typed("seg"), received("seg", ["seguridad", "seguridad digital", "segunda"])]);

describe("queryFor", () => {
  it("asks nothing for blank, whitespace or one-character input", () => {
    expect(queryFor("", 200)).toBe("");
    expect(queryFor("   \t ", 200)).toBe("");
    expect(queryFor(" a ", 200)).toBe("");
    expect(queryFor("ñ", 200)).toBe("");
  });

  it("cleans whitespace and stays within the query limit", () => {
    expect(queryFor("  lavado   de  ", 200)).toBe("lavado de");
    expect(queryFor("a".repeat(300), 200)).toHaveLength(200);
    expect(queryFor(`${"a".repeat(9)} b`, 10)).toBe("a".repeat(9));
  });
});

describe("autocompleteReducer", () => {
  it("opens with the answer to the latest query, capped and without duplicates", () => {
    expect(withOptions).toMatchObject({ value: "seg", query: "seg", open: true, active: -1 });
    const many = Array.from({ length: 12 }, (_, i) => `seguridad ${i}`);
    const state = run([typed("seg"), received("seg", [...many, "seguridad 0"])]);
    expect(state.options).toEqual(many.slice(0, MAX_OPTIONS));
  });

  it("ignores answers to older queries, whatever order they arrive in", () => {
    const state = run([typed("se"), typed("seg"), received("seg", ["seguridad"]), received("se", ["sector"])]);
    expect(state.options).toEqual(["seguridad"]);
    expect(run([typed("se"), typed("seg"), received("se", ["sector"])]).open).toBe(false);
  });

  it("shows no popup when there is nothing to suggest", () => {
    expect(run([typed("zz"), received("zz", [])])).toMatchObject({ open: false, options: [] });
    expect(run([received("seg", [])], 200, withOptions)).toMatchObject({ open: false, options: [] });
  });

  it("clears the options when the input goes blank, and asks nothing", () => {
    expect(run([typed("  ")], 200, withOptions)).toEqual({ ...initialAutocomplete, value: "  " });
  });

  it("keeps the options while typing on, without a highlight", () => {
    const state = run([{ type: "move", delta: 1 }, typed("segu")], 200, withOptions);
    expect(state).toMatchObject({ value: "segu", query: "segu", open: true, active: -1, options: withOptions.options });
  });

  it("moves the highlight down and up, wrapping at both ends", () => {
    const down = (n: number) => Array.from({ length: n }, (): AutocompleteAction => ({ type: "move", delta: 1 }));
    expect(run(down(1), 200, withOptions).active).toBe(0);
    expect(run(down(3), 200, withOptions).active).toBe(2);
    expect(run(down(4), 200, withOptions).active).toBe(0);
    expect(run([{ type: "move", delta: -1 }], 200, withOptions).active).toBe(2);
    expect(run([...down(1), { type: "move", delta: -1 }], 200, withOptions).active).toBe(2);
  });

  it("reopens a closed list on an arrow, highlighting its first or last option", () => {
    const closed = run([{ type: "escape" }], 200, withOptions);
    expect(closed).toMatchObject({ open: false, value: "seg" });
    expect(run([{ type: "move", delta: 1 }], 200, closed)).toMatchObject({ open: true, active: 0 });
    expect(run([{ type: "move", delta: -1 }], 200, closed)).toMatchObject({ open: true, active: 2 });
    expect(run([{ type: "open" }], 200, closed)).toMatchObject({ open: true, active: -1 });
  });

  it("closes on the first Escape and clears the field on the second", () => {
    const once = run([{ type: "move", delta: 1 }, { type: "escape" }], 200, withOptions);
    expect(once).toMatchObject({ open: false, active: -1, value: "seg" });
    expect(run([{ type: "escape" }], 200, once)).toEqual(initialAutocomplete);
  });

  it("fills in the chosen option and closes", () => {
    expect(run([{ type: "choose", index: 1 }], 200, withOptions)).toMatchObject({ value: "seguridad digital", open: false, active: -1 });
    expect(run([{ type: "choose", index: 9 }], 200, withOptions)).toBe(withOptions);
  });

  it("does nothing to an empty list", () => {
    const empty = run([typed("zz")]);
    for (const action of [{ type: "move", delta: 1 }, { type: "open" }, { type: "close" }] as AutocompleteAction[]) {
      expect(autocompleteReducer(empty, action)).toBe(empty);
    }
  });
});

describe("keyAction", () => {
  const highlighted = run([{ type: "move", delta: 1 }], 200, withOptions);

  it("maps the combobox keys", () => {
    expect(keyAction(key("ArrowDown"), withOptions)).toEqual({ type: "move", delta: 1 });
    expect(keyAction(key("ArrowUp"), withOptions)).toEqual({ type: "move", delta: -1 });
    expect(keyAction(key("ArrowDown", true), withOptions)).toEqual({ type: "open" });
    expect(keyAction(key("ArrowUp", true), withOptions)).toEqual({ type: "close" });
    expect(keyAction(key("Escape"), withOptions)).toEqual({ type: "escape" });
    expect(keyAction(key("Enter"), highlighted)).toEqual({ type: "choose", index: 0 });
  });

  it("leaves the browser its keys when the list has nothing to do with them", () => {
    expect(keyAction(key("Enter"), withOptions)).toBeNull(); // nothing highlighted: search the typed text
    expect(keyAction(key("Tab"), highlighted)).toBeNull();
    expect(keyAction(key("a"), highlighted)).toBeNull();
    expect(keyAction(key("Home"), highlighted)).toBeNull();
    expect(keyAction(key("Escape"), initialAutocomplete)).toBeNull();
    const empty = run([typed("zz")]);
    expect(keyAction(key("ArrowDown"), empty)).toBeNull();
    expect(keyAction(key("ArrowUp"), empty)).toBeNull();
    expect(keyAction(key("ArrowUp", true), run([{ type: "escape" }], 200, withOptions))).toBeNull();
  });
});
