// Writes that change what search should show add an outbox entry in their own transaction,
// so search can never miss a committed change nor show one that rolled back. The entry only
// names the document: the worker reads its current state when it applies it. The same writes
// are what changes visitors' pages, so they also invalidate those (lib/cache).
import { contentChanged } from "@/lib/cache/content-generation";
import { processContentWatch } from "@/lib/cache/visitor-cache";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function enqueueSearchSync(tx: Prisma.TransactionClient, documentIds: string[]): Promise<void> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return;
  await tx.searchOutbox.createMany({ data: ids.map((documentId) => ({ documentId })) });
  // What visitors see may change too: their cached pages go (lib/cache/visitor-cache.ts).
  await contentChanged(tx, processContentWatch());
}
