-- Search snippets are cut from plain text: "SearchEntry"."content" now holds the body's
-- Markdown stripped at index time (lib/markdown/markdown-text.ts) and no longer the author
-- names and DOI. The column is unchanged; every published document is queued for the search
-- worker, which writes its entry again (Meilisearch records likewise), as at the first start.
-- Documents already waiting in the outbox are not queued twice.
INSERT INTO "SearchOutbox" ("documentId")
SELECT d."id" FROM "Document" d
WHERE d."status" = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."documentId" = d."id")
ORDER BY d."createdAt", d."id";
