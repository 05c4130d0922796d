// Sent instead of a verification email when someone signs up with an address that already has
// an account. The sign-up form answers exactly as for a new address, so only the inbox owner
// learns the account exists; this email names nobody and says nothing about who tried.
import { renderMail, type MailLocale, type RenderedMail } from "./layout";

export interface AccountAlreadyExistsParams {
  signInUrl: string;
  resetUrl: string;
}

export function accountAlreadyExists(locale: MailLocale, { signInUrl, resetUrl }: AccountAlreadyExistsParams): RenderedMail {
  if (locale === "es") {
    return renderMail({
      locale,
      subject: "Ya tiene una cuenta en Puente",
      heading: "Ya tiene una cuenta",
      paragraphs: [
        "Alguien intentó crear una cuenta en Puente con esta dirección de correo electrónico, que ya está registrada. Su cuenta no ha cambiado.",
        "Si fue usted, inicie sesión con su cuenta actual.",
      ],
      action: { label: "Iniciar sesión", url: signInUrl },
      links: [{ label: "¿Olvidó su contraseña? Restablézcala aquí", url: resetUrl }],
      notes: ["Si no fue usted, puede ignorar este mensaje."],
    });
  }
  return renderMail({
    locale,
    subject: "You already have a Puente account",
    heading: "You already have an account",
    paragraphs: [
      "Someone tried to create a Puente account with this email address, which is already registered. Your account has not changed.",
      "If this was you, sign in with your existing account.",
    ],
    action: { label: "Sign in", url: signInUrl },
    links: [{ label: "Forgot your password? Reset it here", url: resetUrl }],
    notes: ["If this was not you, you can ignore this email."],
  });
}
