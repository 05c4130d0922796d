// A boolean condition tree over some kind of leaf, with constants folded as it is built.
// The access rules compile into one such tree per viewer and action (access-condition.ts);
// can(), the Prisma conditions and the search filter are all renderings of that tree, so
// none of them interprets the rule table on its own.
//
// Folding matters beyond speed: after it, `true` and `false` can only be the whole tree,
// never a branch. Renderers therefore never emit an empty branch (Prisma reads an empty `{}`
// inside an OR as no condition at all, and drops it).

export type Tree<Leaf extends object> = boolean | { all: Tree<Leaf>[] } | { any: Tree<Leaf>[] } | Leaf;

/** AND, folding constants: all([]) is true, any false makes it false. */
export function all<Leaf extends object>(parts: readonly Tree<Leaf>[]): Tree<Leaf> {
  const kept = parts.filter((p) => p !== true);
  if (kept.some((p) => p === false)) return false;
  if (kept.length === 0) return true;
  return kept.length === 1 ? kept[0]! : { all: kept };
}

/** OR, folding constants: any([]) is false, any true makes it true. */
export function any<Leaf extends object>(parts: readonly Tree<Leaf>[]): Tree<Leaf> {
  const kept = parts.filter((p) => p !== false);
  if (kept.some((p) => p === true)) return true;
  if (kept.length === 0) return false;
  return kept.length === 1 ? kept[0]! : { any: kept };
}

const isAll = <Leaf extends object>(tree: Tree<Leaf>): tree is { all: Tree<Leaf>[] } => typeof tree === "object" && "all" in tree;
const isAny = <Leaf extends object>(tree: Tree<Leaf>): tree is { any: Tree<Leaf>[] } => typeof tree === "object" && "any" in tree;

/** Replaces every leaf by what `map` makes of it (another tree, or a constant), folding again. */
export function mapTree<From extends object, To extends object>(tree: Tree<From>, map: (leaf: From) => Tree<To>): Tree<To> {
  if (typeof tree === "boolean") return tree;
  if (isAll(tree)) return all(tree.all.map((t) => mapTree(t, map)));
  if (isAny(tree)) return any(tree.any.map((t) => mapTree(t, map)));
  return map(tree as From);
}

/** Whether the tree holds, given what each leaf evaluates to. */
export function evaluateTree<Leaf extends object>(tree: Tree<Leaf>, test: (leaf: Leaf) => boolean): boolean {
  if (typeof tree === "boolean") return tree;
  if (isAll(tree)) return tree.all.every((t) => evaluateTree(t, test));
  if (isAny(tree)) return tree.any.some((t) => evaluateTree(t, test));
  return test(tree as Leaf);
}

/**
 * Renders a folded tree into a query language whose AND and OR take lists (Prisma's where,
 * SQL). The constants appear only for the whole tree, and get the language's own "all" and
 * "nothing".
 */
export function renderTree<Leaf extends object, Out>(
  tree: Tree<Leaf>,
  render: { leaf: (leaf: Leaf) => Out; all: (parts: Out[]) => Out; any: (parts: Out[]) => Out; always: Out; never: Out },
): Out {
  const walk = (node: Tree<Leaf>): Out => {
    if (node === true) return render.always;
    if (node === false) return render.never;
    if (isAll(node)) return render.all(node.all.map(walk));
    if (isAny(node)) return render.any(node.any.map(walk));
    return render.leaf(node as Leaf);
  };
  return walk(mapTree(tree, (leaf: Leaf): Tree<Leaf> => leaf)); // folded: constants only at the top
}
