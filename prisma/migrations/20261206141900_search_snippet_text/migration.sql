-- Search snippets are cut from plain text: "SearchEntry"."content" now holds the body's
-- Markdown stripped at index time (lib/markdown/markdown-text.ts) and no longer the author
-- names and DOI. The column is unchanged; every published document is queued for the search
-- worker, which writes its entry again (Meilisearch records likewise), as at the first start.
INSERT INTO "SearchOutbox" ("documentId") SELECT "id" FROM "Document" WHERE "status" = 'PUBLISHED' ORDER BY "createdAt", "id";
