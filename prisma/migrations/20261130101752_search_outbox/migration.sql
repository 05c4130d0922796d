-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "documentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchOutbox_availableAt_id_idx" ON "SearchOutbox"("availableAt", "id");

-- Documents published before search existed are indexed by the first run of the worker.
INSERT INTO "SearchOutbox" ("documentId") SELECT "id" FROM "Document" WHERE "status" = 'PUBLISHED' ORDER BY "createdAt", "id";
