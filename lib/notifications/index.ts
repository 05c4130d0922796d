// The notifications API: create notices inside the transaction of the event they tell about
// (the document workflow, access requests), email them after the commit.
import "server-only";
export { notifyDecision, notifySubmission, notifyWithdrawal, type DecisionKind, type Notice, type Tx } from "./notify";
export { deliverNoticeEmails, type DeliverOptions } from "./deliver";
export { accessNoticePath, accessNoticeUrl, noticePath, noticeUrl } from "./notice-links";
export { notifyAccessDecided, notifyAccessRequested, type AccessNotice } from "./access-notify";
export { deliverAccessNoticeEmails } from "./access-deliver";
export { accessNoticeKinds, isAccessNoticeKind, type AccessNoticeKind, type DocumentNoticeKind } from "./kinds";
