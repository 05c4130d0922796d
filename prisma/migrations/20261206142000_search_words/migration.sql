-- "Did you mean" reads the vocabulary of readable documents only: words are counted per access
-- class (SearchWord) instead of over every document, SearchTerm keeps only the words themselves
-- (where near words are looked for), and each entry keeps its words so that re-indexing or
-- removing it takes them back.

-- AlterTable
ALTER TABLE "SearchEntry" ADD COLUMN     "words" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "SearchTerm" DROP COLUMN "documents";

-- CreateTable
CREATE TABLE "SearchWord" (
    "term" TEXT NOT NULL,
    "accessKey" UUID NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "organizationId" TEXT,
    "contributorId" TEXT,
    "embargoUntil" TIMESTAMP(3),
    "focusAreaIds" TEXT[],
    "documents" INTEGER NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("term","accessKey")
);

-- The old word list counted documents that are gone and cannot say which entry holds what:
-- start it again, and index every published document again through the outbox so that the
-- worker counts their words (search keeps answering from the existing entries meanwhile).
-- Nothing to index again where the built-in index is empty, nor for documents already queued
-- (the previous migration queues them all).
DELETE FROM "SearchTerm";
INSERT INTO "SearchOutbox" ("documentId")
SELECT d."id" FROM "Document" d
WHERE d."status" = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "SearchEntry")
  AND NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."documentId" = d."id");
