// The compiled access condition (lib/policies/access-condition.ts) rendered as SQL over the
// Document table (alias "d"), for the reads Prisma cannot express, such as the impact
// aggregates grouped by a document's countries. It renders the same tree as the Prisma form
// (document-access.ts); the authorization matrix test runs both. Every value is bound.
import { Prisma } from "@/lib/generated/prisma/client";
import { accessCondition, type AccessCondition, type DocumentLeaf } from "@/lib/policies/access-condition";
import { renderTree } from "@/lib/policies/condition";
import type { DocumentAction } from "@/lib/policies/document-rules";
import type { Viewer } from "@/lib/policies/viewer";

const column = (name: string) => Prisma.raw(`d."${name}"`);

function leafSql(leaf: DocumentLeaf): Prisma.Sql {
  switch (leaf.field) {
    case "embargoUntil":
      if ("isNull" in leaf) return Prisma.sql`d."embargoUntil" IS NULL`;
      return "after" in leaf ? Prisma.sql`d."embargoUntil" > ${leaf.after}` : Prisma.sql`d."embargoUntil" <= ${leaf.notAfter}`;
    case "focusAreaIds":
      return Prisma.sql`EXISTS (SELECT 1 FROM "DocumentFocusArea" dfa WHERE dfa."documentId" = d.id AND dfa."focusAreaId" = ANY(${[...leaf.in]}::text[]))`;
    case "contributorId":
      // NULL-safe, as in the Prisma form: a document without a contributor is nobody's own work.
      if ("notIn" in leaf) return Prisma.sql`(d."contributorId" IS NULL OR NOT (d."contributorId" = ANY(${[...leaf.notIn]}::text[])))`;
      return Prisma.sql`d."contributorId" = ANY(${[...leaf.in]}::text[])`;
    default:
      return Prisma.sql`${column(leaf.field)}::text = ANY(${leaf.in.map(String)}::text[])`;
  }
}

/** A compiled condition as a SQL condition on "Document" d. */
export function documentConditionSql(condition: AccessCondition): Prisma.Sql {
  return renderTree(condition, {
    leaf: leafSql,
    all: (parts) => Prisma.sql`(${Prisma.join(parts, " AND ")})`,
    any: (parts) => Prisma.sql`(${Prisma.join(parts, " OR ")})`,
    always: Prisma.sql`TRUE`,
    never: Prisma.sql`FALSE`,
  });
}

/** The documents on which the viewer may take `action`, as a SQL condition on "Document" d. */
export function documentsSql(viewer: Viewer, action: DocumentAction, now: Date = new Date()): Prisma.Sql {
  return documentConditionSql(accessCondition(viewer, action, now));
}
