-- CreateTable
CREATE TABLE "SearchIndexChange" (
    "id" BIGSERIAL NOT NULL,
    "generation" BIGINT NOT NULL,
    "documentId" TEXT,

    CONSTRAINT "SearchIndexChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchIndexChange_generation_idx" ON "SearchIndexChange"("generation");
