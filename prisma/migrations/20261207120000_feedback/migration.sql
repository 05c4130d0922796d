-- Stakeholder feedback (lib/dal/feedback.ts): one rating and comment per member and document,
-- moderators hide comments with a reason, members report them, and authors are notified.
-- Nothing wrote feedback before, but should a database hold two rows of one member for one
-- document, the newest stays: the unique index below needs it.
DELETE FROM "Feedback" f USING "Feedback" newer
WHERE f."documentId" = newer."documentId" AND f."userId" = newer."userId"
  AND (f."createdAt", f."id") < (newer."createdAt", newer."id");

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'FEEDBACK';

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenById" TEXT,
ADD COLUMN     "hiddenReason" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "FeedbackReport" (
    "id" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackReport_feedbackId_userId_key" ON "FeedbackReport"("feedbackId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_documentId_userId_key" ON "Feedback"("documentId", "userId");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackReport" ADD CONSTRAINT "FeedbackReport_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackReport" ADD CONSTRAINT "FeedbackReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailFeedback" BOOLEAN NOT NULL DEFAULT true;
