import { renderMail, type MailLocale, type RenderedMail } from "./layout";

export interface PasswordChangedParams {
  resetUrl: string;
}

export function passwordChanged(locale: MailLocale, { resetUrl }: PasswordChangedParams): RenderedMail {
  if (locale === "es") {
    return renderMail({
      locale,
      subject: "Su contraseña de Puente ha cambiado",
      heading: "Su contraseña ha cambiado",
      paragraphs: [
        "La contraseña de su cuenta de Puente se cambió correctamente. Si fue usted, no necesita hacer nada más.",
        "Si no fue usted, restablezca su contraseña de inmediato.",
      ],
      action: { label: "Restablecer contraseña", url: resetUrl },
    });
  }
  return renderMail({
    locale,
    subject: "Your Puente password was changed",
    heading: "Your password was changed",
    paragraphs: [
      "The password for your Puente account was changed successfully. If this was you, no further action is needed.",
      "If this was not you, reset your password right away.",
    ],
    action: { label: "Reset password", url: resetUrl },
  });
}
