-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'WITHDRAWN';

-- AlterEnum
ALTER TYPE "ReviewDecision" ADD VALUE 'WITHDRAWN';
