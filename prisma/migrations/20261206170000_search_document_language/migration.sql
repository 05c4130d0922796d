-- Each document is analysed in its own language (and the query in both, each document meeting
-- the analysis of its own): a chunk carries its document's language. puente_simple keeps the
-- exact words (accents folded).
CREATE TEXT SEARCH CONFIGURATION puente_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION puente_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- AlterTable
ALTER TABLE "SearchChunk" ADD COLUMN "language" "Language" NOT NULL DEFAULT 'en';
UPDATE "SearchChunk" c SET "language" = e."language" FROM "SearchEntry" e WHERE e."documentId" = c."documentId";
ALTER TABLE "SearchChunk" ALTER COLUMN "language" DROP DEFAULT;

-- Every entry's text vector is analysed again: every published document is queued for the search
-- worker (search keeps answering from the existing entries meanwhile). Nothing to index again
-- where the built-in index is empty, nor for documents already queued.
INSERT INTO "SearchOutbox" ("documentId")
SELECT d."id" FROM "Document" d
WHERE d."status" = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "SearchEntry")
  AND NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."documentId" = d."id")
ORDER BY d."createdAt", d."id";
