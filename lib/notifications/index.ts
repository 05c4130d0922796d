// The notifications API the document workflow uses: create notices inside its transaction,
// email them after the commit.
import "server-only";

export { notifyDecision, notifySubmission, notifyWithdrawal, type DecisionKind, type Notice, type Tx } from "./notify";
export { deliverNoticeEmails, type DeliverOptions } from "./deliver";
export { noticePath, noticeUrl } from "./notice-links";
