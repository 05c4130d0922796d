// The viewer's permission filter for search: the compiled access condition for "view"
// (lib/policies/access-condition.ts), rendered over the fields of the index. Only published
// documents are indexed, so status tests are decided here; a test checks on the matrix that
// this filter and can() agree.
import { accessCondition, type DocumentLeaf } from "@/lib/policies/access-condition";
import { mapTree } from "@/lib/policies/condition";
import type { Viewer } from "@/lib/policies/viewer";
import type { Filter } from "./filter";

function indexedLeaf(leaf: DocumentLeaf): Filter {
  switch (leaf.field) {
    case "status":
      return leaf.in.includes("PUBLISHED");
    case "embargoUntil":
      if ("isNull" in leaf) return { field: "embargoUntil", isNull: true };
      return "after" in leaf ? { field: "embargoUntil", gt: leaf.after.getTime() } : { field: "embargoUntil", lte: leaf.notAfter.getTime() };
    case "contributorId":
      if ("notIn" in leaf) throw new Error("search filters cannot exclude contributors (no read rule does)");
      return { field: leaf.field, in: [...leaf.in] };
    case "pendingState":
      // The index holds public versions; where their edits stand is not indexed.
      throw new Error("search filters cannot test pending edits (no read rule does)");
    default:
      return { field: leaf.field, in: [...leaf.in] };
  }
}

/** Which indexed (published) documents the viewer may find. */
export function searchAccessFilter(viewer: Viewer, now: number = Date.now()): Filter {
  return mapTree(accessCondition(viewer, "view", new Date(now)), indexedLeaf);
}
