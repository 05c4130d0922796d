-- CreateEnum
CREATE TYPE "PendingState" AS ENUM ('NONE', 'DRAFT', 'IN_REVIEW');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('SUBMITTED', 'PUBLISHED', 'CHANGES_REQUESTED', 'REJECTED', 'ARCHIVED', 'UNPUBLISHED');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "live" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "removedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "pendingRevisionId" TEXT,
ADD COLUMN     "pendingState" "PendingState" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "revisionNumber" INTEGER;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "restoredFrom" INTEGER;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "documentId" TEXT,
    "comment" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document_pendingRevisionId_key" ON "Document"("pendingRevisionId");

-- CreateIndex
CREATE INDEX "Document_pendingState_idx" ON "Document"("pendingState");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_pendingRevisionId_fkey" FOREIGN KEY ("pendingRevisionId") REFERENCES "Revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
