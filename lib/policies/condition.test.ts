import { describe, expect, it } from "vitest";
import { all, any, evaluateTree, mapTree, renderTree, type Tree } from "./condition";

type Leaf = { name: string };
const a: Leaf = { name: "a" };
const b: Leaf = { name: "b" };
const text = (tree: Tree<Leaf>) =>
  renderTree(tree, { leaf: (l) => l.name, all: (p) => `(${p.join(" & ")})`, any: (p) => `(${p.join(" | ")})`, always: "ALL", never: "NONE" });

describe("condition trees", () => {
  it("fold constants as they are built", () => {
    expect(all<Leaf>([])).toBe(true);
    expect(any<Leaf>([])).toBe(false);
    expect(all<Leaf>([a, true])).toBe(a);
    expect(all<Leaf>([a, false])).toBe(false);
    expect(any<Leaf>([a, true])).toBe(true);
    expect(any<Leaf>([a, false, b])).toEqual({ any: [a, b] });
  });

  it("render an unconditional branch as the whole answer, never as an empty branch", () => {
    // A hand-built tree with constants inside (not folded): rendering folds it first.
    const tree = { any: [{ all: [a, true] }, true] } as Tree<Leaf>;
    expect(text(tree)).toBe("ALL");
    expect(text({ all: [{ any: [false, b] }, a] } as Tree<Leaf>)).toBe("(b & a)");
    expect(text({ any: [false, false] } as Tree<Leaf>)).toBe("NONE");
  });

  it("map leaves to constants and fold the result", () => {
    const tree = any<Leaf>([all<Leaf>([a, b]), b]);
    expect(mapTree(tree, (l) => (l.name === "b" ? true : l))).toBe(true);
    expect(mapTree(tree, (l) => (l.name === "b" ? false : l))).toBe(false);
    expect(mapTree(tree, (l) => (l.name === "a" ? true : l))).toEqual({ any: [b, b] });
  });

  it("evaluate against the leaves' values", () => {
    const tree = any<Leaf>([all<Leaf>([a, b]), { name: "c" }]);
    expect(evaluateTree(tree, (l) => l.name === "a")).toBe(false);
    expect(evaluateTree(tree, (l) => l.name !== "c")).toBe(true);
  });
});
