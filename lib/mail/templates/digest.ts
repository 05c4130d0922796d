// A digest of what a member follows: the new documents (titles as links), a link to everything
// in what they follow, how often they get it and how to change that or stop (the preferences
// page, and a one-click unsubscribe link that also goes in the List-Unsubscribe header).
import type { DigestFrequency } from "@/lib/generated/prisma/enums";
import { renderMail, type MailLocale, type RenderedMail } from "./layout";

export interface DigestParams {
  /** What is followed, as the member knows it: "Cybersecurity", "the tag “aml”"… */
  followed: string;
  frequency: DigestFrequency;
  documents: { title: string; url: string }[];
  /** New documents not listed (the digest lists at most a few). */
  more: number;
  targetUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
}

const copy = {
  en: {
    subject: (n: number, followed: string) => `${n === 1 ? "1 new document" : `${n} new documents`}: ${followed}`,
    heading: "New on Puente",
    intro: (n: number, followed: string) => `${n === 1 ? "A new document" : `${n} new documents`} in what you follow: ${followed}.`,
    more: (n: number) => `And ${n} more.`,
    action: "See everything",
    why: (frequency: DigestFrequency) =>
      ({ IMMEDIATE: "You get this as soon as something is published", DAILY: "You get this once a day", WEEKLY: "You get this once a week" })[frequency] +
      ", with only the documents you may read.",
    preferences: "Change how often, or stop",
    unsubscribe: "Unsubscribe from this digest",
  },
  es: {
    subject: (n: number, followed: string) => `${n === 1 ? "1 documento nuevo" : `${n} documentos nuevos`}: ${followed}`,
    heading: "Novedades en Puente",
    intro: (n: number, followed: string) => `${n === 1 ? "Un documento nuevo" : `${n} documentos nuevos`} en lo que usted sigue: ${followed}.`,
    more: (n: number) => `Y ${n} más.`,
    action: "Ver todo",
    why: (frequency: DigestFrequency) =>
      ({ IMMEDIATE: "Recibe esto en cuanto se publica algo", DAILY: "Recibe esto una vez al día", WEEKLY: "Recibe esto una vez por semana" })[frequency] +
      ", solo con los documentos que usted puede leer.",
    preferences: "Cambiar la frecuencia, o dejar de recibirlo",
    unsubscribe: "Darse de baja de este resumen",
  },
} satisfies Record<MailLocale, unknown>;

export function digest(locale: MailLocale, p: DigestParams): RenderedMail {
  const c = copy[locale];
  const total = p.documents.length + p.more;
  return renderMail({
    locale,
    subject: c.subject(total, p.followed),
    heading: c.heading,
    paragraphs: [c.intro(total, p.followed)],
    links: [
      ...p.documents.map((doc) => ({ label: doc.title, url: doc.url })),
      { label: c.action, url: p.targetUrl },
      { label: c.preferences, url: p.preferencesUrl },
      { label: c.unsubscribe, url: p.unsubscribeUrl },
    ],
    notes: [...(p.more > 0 ? [c.more(p.more)] : []), c.why(p.frequency)],
  });
}
