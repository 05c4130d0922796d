import { renderMail, type MailLocale, type RenderedMail } from "./layout";

export interface ResetPasswordParams {
  url: string;
  expiresMinutes: number;
}

export function resetPassword(locale: MailLocale, { url, expiresMinutes }: ResetPasswordParams): RenderedMail {
  if (locale === "es") {
    return renderMail({
      locale,
      subject: "Restablezca su contraseña de Puente",
      heading: "Restablezca su contraseña",
      paragraphs: [`Recibimos una solicitud para restablecer la contraseña de su cuenta. El enlace es válido durante ${expiresMinutes} minutos.`],
      action: { label: "Elegir una nueva contraseña", url },
      notes: ["Si usted no lo solicitó, puede ignorar este mensaje; su contraseña no cambiará."],
    });
  }
  return renderMail({
    locale,
    subject: "Reset your Puente password",
    heading: "Reset your password",
    paragraphs: [`We received a request to reset the password for your account. The link is valid for ${expiresMinutes} minutes.`],
    action: { label: "Choose a new password", url },
    notes: ["If you did not request this, you can ignore this email; your password will not change."],
  });
}
