-- Text search configurations for both languages, folding accents before stemming so that
-- "educacion" finds "educación". Prisma does not model these; they live only here.
CREATE TEXT SEARCH CONFIGURATION puente_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION puente_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION puente_es (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION puente_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;

-- CreateTable
CREATE TABLE "SearchEntry" (
    "documentId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "language" "Language" NOT NULL,
    "year" INTEGER,
    "date" TIMESTAMP(3) NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "organizationId" TEXT,
    "contributorId" TEXT,
    "embargoUntil" TIMESTAMP(3),
    "focusAreaIds" TEXT[],
    "focusAreaSlugs" TEXT[],
    "countries" TEXT[],
    "sectors" TEXT[],
    "tags" TEXT[],
    "organizationSlug" TEXT,
    "focusAreas" JSONB NOT NULL,
    "content" TEXT NOT NULL,
    "tsv" tsvector,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("documentId")
);

-- CreateTable
CREATE TABLE "SearchChunk" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "part" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "tsv" tsvector,

    CONSTRAINT "SearchChunk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "SearchEntry_tsv_idx" ON "SearchEntry" USING GIN ("tsv");

-- CreateIndex
CREATE INDEX "SearchEntry_focusAreaSlugs_idx" ON "SearchEntry" USING GIN ("focusAreaSlugs");

-- CreateIndex
CREATE INDEX "SearchEntry_tags_idx" ON "SearchEntry" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "SearchEntry_date_idx" ON "SearchEntry"("date");

-- CreateIndex
CREATE INDEX "SearchChunk_documentId_idx" ON "SearchChunk"("documentId");

-- CreateIndex
CREATE INDEX "SearchChunk_tsv_idx" ON "SearchChunk" USING GIN ("tsv");

-- CreateIndex
CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);
