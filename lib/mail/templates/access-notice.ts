// The email twin of an access notice: a member asked for contributor access or to join an
// organization (to the people who decide), or their request was accepted or declined (to them).
// The requester's message is their own words: shown as typed, one paragraph per line.
import type { AccessRequestKind } from "@/lib/generated/prisma/enums";
import type { AccessNoticeKind } from "@/lib/notifications/kinds";
import { renderMail, type MailLocale, type RenderedMail } from "./layout";

export interface AccessNoticeParams {
  kind: AccessNoticeKind;
  requestKind: AccessRequestKind;
  requesterName: string;
  /** The organization of a MEMBERSHIP request. */
  organizationName: string | null;
  /** The requester's message (sent to the people who decide only); null when none. */
  message: string | null;
  url: string;
}

interface Copy {
  subject: string;
  heading: string;
  paragraph: string;
  action: string;
}

type Wording = (p: { name: string; org: string }) => Record<AccessNoticeKind, Record<AccessRequestKind, Copy>>;

const en: Wording = ({ name, org }) => ({
  ACCESS_REQUESTED: {
    CONTRIBUTOR: {
      subject: `${name} asks for contributor access`,
      heading: "A request for contributor access",
      paragraph: `${name} asked for contributor access on Puente, to write documents and submit them for review.`,
      action: "Accept or decline the request",
    },
    MEMBERSHIP: {
      subject: `${name} asks to join ${org}`,
      heading: `A request to join ${org}`,
      paragraph: `${name} asked to join ${org} on Puente. As a member they would read the documents shared with the organization.`,
      action: "Accept or decline the request",
    },
  },
  ACCESS_GRANTED: {
    CONTRIBUTOR: {
      subject: "You can now contribute to Puente",
      heading: "Your request was accepted",
      paragraph: "An administrator gave you contributor access: you can now write documents and submit them for review.",
      action: "Start a document",
    },
    MEMBERSHIP: {
      subject: `You are now a member of ${org}`,
      heading: "Your request was accepted",
      paragraph: `An administrator of ${org} accepted your request: you are now a member of the organization on Puente.`,
      action: "View the organization",
    },
  },
  ACCESS_DECLINED: {
    CONTRIBUTOR: {
      subject: "Your request for contributor access was declined",
      heading: "Your request was declined",
      paragraph: "An administrator declined your request for contributor access. You can ask again later, saying more about what you would like to publish.",
      action: "See your requests",
    },
    MEMBERSHIP: {
      subject: `Your request to join ${org} was declined`,
      heading: "Your request was declined",
      paragraph: `An administrator of ${org} declined your request to join. You can ask again later, or contact the organization directly.`,
      action: "See your requests",
    },
  },
});

const es: Wording = ({ name, org }) => ({
  ACCESS_REQUESTED: {
    CONTRIBUTOR: {
      subject: `${name} solicita acceso como colaborador`,
      heading: "Una solicitud de acceso como colaborador",
      paragraph: `${name} solicitó acceso como colaborador en Puente, para redactar documentos y enviarlos a revisión.`,
      action: "Aceptar o rechazar la solicitud",
    },
    MEMBERSHIP: {
      subject: `${name} solicita unirse a ${org}`,
      heading: `Una solicitud para unirse a ${org}`,
      paragraph: `${name} solicitó unirse a ${org} en Puente. Como miembro podría leer los documentos compartidos con la organización.`,
      action: "Aceptar o rechazar la solicitud",
    },
  },
  ACCESS_GRANTED: {
    CONTRIBUTOR: {
      subject: "Ya puede colaborar en Puente",
      heading: "Su solicitud fue aceptada",
      paragraph: "Un administrador le dio acceso como colaborador: ya puede redactar documentos y enviarlos a revisión.",
      action: "Comenzar un documento",
    },
    MEMBERSHIP: {
      subject: `Ya es miembro de ${org}`,
      heading: "Su solicitud fue aceptada",
      paragraph: `Un administrador de ${org} aceptó su solicitud: ya es miembro de la organización en Puente.`,
      action: "Ver la organización",
    },
  },
  ACCESS_DECLINED: {
    CONTRIBUTOR: {
      subject: "Su solicitud de acceso como colaborador fue rechazada",
      heading: "Su solicitud fue rechazada",
      paragraph: "Un administrador rechazó su solicitud de acceso como colaborador. Puede volver a solicitarlo más adelante, contando más sobre lo que desea publicar.",
      action: "Ver sus solicitudes",
    },
    MEMBERSHIP: {
      subject: `Su solicitud para unirse a ${org} fue rechazada`,
      heading: "Su solicitud fue rechazada",
      paragraph: `Un administrador de ${org} rechazó su solicitud para unirse. Puede volver a solicitarlo más adelante o contactar directamente a la organización.`,
      action: "Ver sus solicitudes",
    },
  },
});

const messageLabel: Record<MailLocale, string> = { en: "Their message:", es: "Su mensaje:" };

export function accessNotice(locale: MailLocale, params: AccessNoticeParams): RenderedMail {
  const wording = (locale === "es" ? es : en)({ name: params.requesterName, org: params.organizationName ?? "" });
  const copy = wording[params.kind][params.requestKind];
  const lines = (params.message ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return renderMail({
    locale,
    subject: copy.subject,
    heading: copy.heading,
    paragraphs: [copy.paragraph, ...(lines.length ? [messageLabel[locale], ...lines] : [])],
    action: { label: copy.action, url: params.url },
  });
}
