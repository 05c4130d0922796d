// The email twin of an in-app notification: a document entered or left review (to its reviewers) or a
// reviewer decided on it (to its contributor). The comment is the reviewer's own words, so it
// is shown as typed, one paragraph per line, after a label saying whose words they are.
import type { DocumentNoticeKind } from "@/lib/notifications/kinds";
import { renderMail, type MailLocale, type RenderedMail } from "./layout";

export interface DocumentNoticeParams {
  kind: DocumentNoticeKind;
  title: string;
  /** The reviewer's comments (changes requested) or reason (rejection); null when none. */
  comment: string | null;
  url: string;
}

interface KindCopy {
  subject: (title: string) => string;
  heading: string;
  paragraph: (title: string) => string;
  commentLabel: string;
  action: string;
}

const en: Record<DocumentNoticeKind, KindCopy> = {
  SUBMITTED: {
    subject: (title) => `New document to review: “${title}”`,
    heading: "A document is waiting for review",
    paragraph: (title) => `“${title}” was submitted for review in one of your focus areas.`,
    commentLabel: "Comment:",
    action: "Open the review queue",
  },
  PUBLISHED: {
    subject: (title) => `Your document was published: “${title}”`,
    heading: "Your document was published",
    paragraph: (title) => `A reviewer published “${title}”. It is now available on Puente to the readers it is shared with.`,
    commentLabel: "The reviewer's comment:",
    action: "View the document",
  },
  CHANGES_REQUESTED: {
    subject: (title) => `Changes requested on “${title}”`,
    heading: "A reviewer asked for changes",
    paragraph: (title) => `A reviewer asked for changes to “${title}” before it can be published.`,
    commentLabel: "The reviewer's comments:",
    action: "Edit the document",
  },
  REJECTED: {
    subject: (title) => `Your document was not accepted: “${title}”`,
    heading: "Your document was not accepted",
    paragraph: (title) => `A reviewer decided not to publish “${title}”.`,
    commentLabel: "Reason:",
    action: "Open the document",
  },
  ARCHIVED: {
    subject: (title) => `Your document was archived: “${title}”`,
    heading: "Your document was archived",
    paragraph: (title) => `“${title}” was archived and is no longer shown to readers.`,
    commentLabel: "Comment:",
    action: "View the document",
  },
  UNPUBLISHED: {
    subject: (title) => `Your document was unpublished: “${title}”`,
    heading: "Your document was unpublished",
    paragraph: (title) => `“${title}” was unpublished: readers can no longer see it.`,
    commentLabel: "Comment:",
    action: "View the document",
  },
  WITHDRAWN: {
    subject: (title) => `Withdrawn from review: “${title}”`,
    heading: "A submission was withdrawn from review",
    paragraph: (title) => `“${title}” was withdrawn from review. It no longer waits for a decision.`,
    commentLabel: "Comment:",
    action: "View the document",
  },
  FEEDBACK: {
    subject: (title) => `New feedback on “${title}”`,
    heading: "A member gave feedback on your document",
    paragraph: (title) => `A member rated how useful “${title}” was to them.`,
    commentLabel: "Their comment:",
    action: "See the feedback",
  },
};

const es: Record<DocumentNoticeKind, KindCopy> = {
  SUBMITTED: {
    subject: (title) => `Nuevo documento para revisar: «${title}»`,
    heading: "Un documento espera revisión",
    paragraph: (title) => `«${title}» se envió a revisión en una de sus áreas temáticas.`,
    commentLabel: "Comentario:",
    action: "Abrir la cola de revisión",
  },
  PUBLISHED: {
    subject: (title) => `Su documento se publicó: «${title}»`,
    heading: "Su documento se publicó",
    paragraph: (title) => `Un revisor publicó «${title}». Ya está disponible en Puente para los lectores con quienes se comparte.`,
    commentLabel: "Comentario del revisor:",
    action: "Ver el documento",
  },
  CHANGES_REQUESTED: {
    subject: (title) => `Se solicitaron cambios en «${title}»`,
    heading: "Un revisor solicitó cambios",
    paragraph: (title) => `Un revisor solicitó cambios en «${title}» antes de poder publicarlo.`,
    commentLabel: "Comentarios del revisor:",
    action: "Editar el documento",
  },
  REJECTED: {
    subject: (title) => `Su documento no fue aceptado: «${title}»`,
    heading: "Su documento no fue aceptado",
    paragraph: (title) => `Un revisor decidió no publicar «${title}».`,
    commentLabel: "Motivo:",
    action: "Abrir el documento",
  },
  ARCHIVED: {
    subject: (title) => `Su documento se archivó: «${title}»`,
    heading: "Su documento se archivó",
    paragraph: (title) => `«${title}» se archivó y ya no se muestra a los lectores.`,
    commentLabel: "Comentario:",
    action: "Ver el documento",
  },
  UNPUBLISHED: {
    subject: (title) => `Su documento se retiró de la publicación: «${title}»`,
    heading: "Su documento se retiró de la publicación",
    paragraph: (title) => `«${title}» se retiró de la publicación: los lectores ya no pueden verlo.`,
    commentLabel: "Comentario:",
    action: "Ver el documento",
  },
  WITHDRAWN: {
    subject: (title) => `Retirado de la revisión: «${title}»`,
    heading: "Se retiró un envío de la revisión",
    paragraph: (title) => `«${title}» se retiró de la revisión. Ya no espera una decisión.`,
    commentLabel: "Comentario:",
    action: "Ver el documento",
  },
  FEEDBACK: {
    subject: (title) => `Nuevos comentarios sobre «${title}»`,
    heading: "Un miembro valoró su documento",
    paragraph: (title) => `Un miembro valoró la utilidad de «${title}».`,
    commentLabel: "Su comentario:",
    action: "Ver la valoración",
  },
};

// HTML collapses line breaks, so each line of the comment becomes its own paragraph.
function commentParagraphs(label: string, comment: string | null): string[] {
  const lines = (comment ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return lines.length ? [label, ...lines] : [];
}

export function documentNotice(locale: MailLocale, { kind, title, comment, url }: DocumentNoticeParams): RenderedMail {
  const copy = (locale === "es" ? es : en)[kind];
  return renderMail({
    locale,
    subject: copy.subject(title),
    heading: copy.heading,
    paragraphs: [copy.paragraph(title), ...commentParagraphs(copy.commentLabel, comment)],
    action: { label: copy.action, url },
  });
}
