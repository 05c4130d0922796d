export { escapeHtml } from "./escape-html";
export type { MailLocale, RenderedMail } from "./layout";
export { verifyEmail, type VerifyEmailParams } from "./verify-email";
export { accountAlreadyExists, type AccountAlreadyExistsParams } from "./account-already-exists";
export { signInLink, type SignInLinkParams } from "./sign-in-link";
export { resetPassword, type ResetPasswordParams } from "./reset-password";
export { passwordChanged, type PasswordChangedParams } from "./password-changed";
export { invitation, type InvitationParams } from "./invitation";
export { accessNotice, type AccessNoticeParams } from "./access-notice";
