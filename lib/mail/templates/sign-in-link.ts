import { renderMail, type MailLocale, type RenderedMail } from "./layout";

export interface SignInLinkParams {
  url: string;
  expiresMinutes: number;
}

export function signInLink(locale: MailLocale, { url, expiresMinutes }: SignInLinkParams): RenderedMail {
  if (locale === "es") {
    return renderMail({
      locale,
      subject: "Su enlace para iniciar sesión en Puente",
      heading: "Inicie sesión en Puente",
      paragraphs: [`Use el siguiente enlace para iniciar sesión. Es válido durante ${expiresMinutes} minutos y solo puede usarse una vez.`],
      action: { label: "Iniciar sesión", url },
      notes: ["Si usted no solicitó este enlace, puede ignorar este mensaje; nadie podrá acceder a su cuenta sin él."],
    });
  }
  return renderMail({
    locale,
    subject: "Your Puente sign-in link",
    heading: "Sign in to Puente",
    paragraphs: [`Use the link below to sign in. It is valid for ${expiresMinutes} minutes and can be used only once.`],
    action: { label: "Sign in", url },
    notes: ["If you did not request this link, you can ignore this email; no one can access your account without it."],
  });
}
