-- The built-in index's generation: search statistics are cached per generation instead of for
-- a minute, so they change with the index (lib/search/postgres/generation.ts).
-- CreateTable
CREATE TABLE "SearchIndexState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "generation" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("id")
);

INSERT INTO "SearchIndexState" ("id", "generation") VALUES (1, 0);
