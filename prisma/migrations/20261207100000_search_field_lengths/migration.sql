-- BM25F normalizes each field's word counts by the field's length: entries and attachment chunks
-- keep their lengths in words. Entries written before have none (and rank as if short) until
-- written again: every published document is queued for the search worker, which writes its
-- entry again; search keeps answering meanwhile. Documents already waiting are not queued twice.
-- AlterTable
ALTER TABLE "SearchChunk" ADD COLUMN     "length" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "SearchEntry" ADD COLUMN     "fieldLengths" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

INSERT INTO "SearchOutbox" ("documentId")
SELECT d."id" FROM "Document" d
WHERE d."status" = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "SearchEntry")
  AND NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."documentId" = d."id")
ORDER BY d."createdAt", d."id";
