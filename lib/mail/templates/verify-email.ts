import { renderMail, type MailLocale, type RenderedMail } from "./layout";

export interface VerifyEmailParams {
  name: string;
  url: string;
}

export function verifyEmail(locale: MailLocale, { name, url }: VerifyEmailParams): RenderedMail {
  if (locale === "es") {
    return renderMail({
      locale,
      subject: "Confirme su correo electrónico en Puente",
      heading: `Hola, ${name}`,
      paragraphs: ["Gracias por registrarse en Puente. Confirme su dirección de correo electrónico para activar su cuenta."],
      action: { label: "Confirmar correo electrónico", url },
      notes: ["Si usted no creó esta cuenta, puede ignorar este mensaje."],
    });
  }
  return renderMail({
    locale,
    subject: "Confirm your email address for Puente",
    heading: `Hello, ${name}`,
    paragraphs: ["Thank you for signing up for Puente. Please confirm your email address to activate your account."],
    action: { label: "Confirm email address", url },
    notes: ["If you did not create this account, you can ignore this email."],
  });
}
