import { renderMail, type MailLocale, type RenderedMail } from "./layout";

export interface InvitationParams {
  inviterName: string;
  /** Null for an invitation to Puente itself rather than to an organization. */
  organizationName: string | null;
  url: string;
  expiresDays: number;
}

export function invitation(locale: MailLocale, { inviterName, organizationName, url, expiresDays }: InvitationParams): RenderedMail {
  if (locale === "es") {
    const target = organizationName ? `${organizationName} en Puente` : "Puente";
    return renderMail({
      locale,
      subject: `${inviterName} le invita a unirse a ${target}`,
      heading: `Invitación a ${target}`,
      paragraphs: [
        `${inviterName} le ha invitado a unirse a ${target}, el centro de conocimiento de la coalición.`,
        `La invitación es válida durante ${expiresDays} ${expiresDays === 1 ? "día" : "días"}.`,
      ],
      action: { label: "Responder a la invitación", url },
      notes: ["En el enlace puede aceptarla o rechazarla. Nadie le agrega sin su respuesta; si no esperaba esta invitación, puede ignorar este mensaje."],
    });
  }
  const target = organizationName ? `${organizationName} on Puente` : "Puente";
  return renderMail({
    locale,
    subject: `${inviterName} invited you to join ${target}`,
    heading: `Invitation to ${target}`,
    paragraphs: [
      `${inviterName} has invited you to join ${target}, the coalition's knowledge hub.`,
      `The invitation is valid for ${expiresDays} ${expiresDays === 1 ? "day" : "days"}.`,
    ],
    action: { label: "Answer the invitation", url },
    notes: ["At the link you can accept or decline it. Nobody adds you without your answer; if you were not expecting this invitation, you can ignore this email."],
  });
}
