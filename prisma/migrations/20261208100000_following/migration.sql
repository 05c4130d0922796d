-- CreateEnum
CREATE TYPE "FollowKind" AS ENUM ('FOCUS_AREA', 'ORGANIZATION', 'TAG', 'SEARCH');

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "DigestMailState" AS ENUM ('PENDING', 'SENDING', 'SENT', 'ABANDONED');

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "FollowKind" NOT NULL,
    "targetKey" TEXT NOT NULL,
    "focusAreaId" TEXT,
    "organizationId" TEXT,
    "tag" TEXT,
    "search" TEXT,
    "frequency" "DigestFrequency" NOT NULL DEFAULT 'DAILY',
    "unsubscribeKey" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nextDueAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestItem" (
    "subscriptionId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "digestMailId" TEXT NOT NULL,

    CONSTRAINT "DigestItem_pkey" PRIMARY KEY ("subscriptionId","documentId")
);

-- CreateTable
CREATE TABLE "DigestMail" (
    "id" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "state" "DigestMailState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "subject" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Subscription_nextDueAt_idx" ON "Subscription"("nextDueAt");

-- CreateIndex
CREATE INDEX "Subscription_focusAreaId_idx" ON "Subscription"("focusAreaId");

-- CreateIndex
CREATE INDEX "Subscription_organizationId_idx" ON "Subscription"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_userId_targetKey_key" ON "Subscription"("userId", "targetKey");

-- CreateIndex
CREATE INDEX "DigestItem_digestMailId_idx" ON "DigestItem"("digestMailId");

-- CreateIndex
CREATE INDEX "DigestMail_state_availableAt_idx" ON "DigestMail"("state", "availableAt");

-- CreateIndex
CREATE INDEX "DigestMail_subscriptionId_idx" ON "DigestMail"("subscriptionId");

-- CreateIndex
CREATE INDEX "Document_embargoUntil_idx" ON "Document"("embargoUntil");

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_focusAreaId_fkey" FOREIGN KEY ("focusAreaId") REFERENCES "FocusArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestItem" ADD CONSTRAINT "DigestItem_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestItem" ADD CONSTRAINT "DigestItem_digestMailId_fkey" FOREIGN KEY ("digestMailId") REFERENCES "DigestMail"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestMail" ADD CONSTRAINT "DigestMail_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

