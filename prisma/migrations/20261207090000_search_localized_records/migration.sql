-- Meilisearch records now hold a document's text under its language ("title.en", "title.es"…)
-- so that the index settings (localizedAttributes, reconciled when the search worker starts)
-- can say which language each field is in, and its organization's name (searchable, as in the
-- built-in engine). Records written before keep being found and shown, but are analysed as
-- either language, and not found by the organization's name, until written again: every published document is queued
-- for the search worker, which writes its record again (the built-in engine writes its entry
-- again too, which changes nothing there). Documents already waiting in the outbox are not
-- queued twice.
INSERT INTO "SearchOutbox" ("documentId")
SELECT d."id" FROM "Document" d
WHERE d."status" = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."documentId" = d."id")
ORDER BY d."createdAt", d."id";
