// Writes that change what search should show add an outbox entry in their own transaction,
// so search can never miss a committed change nor show one that rolled back. The entry only
// names the document: the worker reads its current state when it applies it.
import type { Prisma } from "@/lib/generated/prisma/client";

export async function enqueueSearchSync(tx: Prisma.TransactionClient, documentIds: string[]): Promise<void> {
  const ids = [...new Set(documentIds)];
  if (ids.length > 0) await tx.searchOutbox.createMany({ data: ids.map((documentId) => ({ documentId })) });
}
