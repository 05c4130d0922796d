// Shared shape of every outgoing email: one heading, a few paragraphs, one call-to-action link,
// an optional closing note. Plain text and HTML are built from the same parts so they never drift.
import type { Locale } from "@/lib/i18n/routing";
import { escapeHtml } from "./escape-html";

export type MailLocale = Locale;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailLink {
  label: string;
  url: string;
}

export interface MailContent {
  locale: MailLocale;
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: MailLink;
  /** Further links, shown as plain text links below the main one. */
  links?: MailLink[];
  /** Shown after the link, e.g. "If you did not ask for this, ignore this email." */
  notes?: string[];
}

const footer: Record<MailLocale, string> = {
  en: "US–Colombia Strategic Alignment Coalition",
  es: "Coalición de Alineación Estratégica Estados Unidos–Colombia",
};

const copyHint: Record<MailLocale, string> = {
  en: "If the button does not work, copy this address into your browser:",
  es: "Si el botón no funciona, copie esta dirección en su navegador:",
};

/** Links in mail come from our own code; refuse anything but http(s) so a bug can never emit `javascript:`. */
export function assertHttpUrl(url: string): string {
  const protocol = URL.canParse(url) ? new URL(url).protocol : "";
  if (protocol !== "https:" && protocol !== "http:") throw new Error("Mail links must be absolute http(s) URLs");
  return url;
}

// Line breaks in a subject would be a header injection; user-typed names can end up there.
function singleLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function renderText(content: MailContent): string {
  const lines = [content.heading, "", ...content.paragraphs.flatMap((p) => [p, ""])];
  for (const link of [content.action, ...(content.links ?? [])]) {
    if (link) lines.push(`${link.label}: ${link.url}`, "");
  }
  for (const note of content.notes ?? []) lines.push(note, "");
  lines.push("—", `Puente · ${footer[content.locale]}`);
  return `${lines.join("\n")}\n`;
}

const styles = {
  body: "margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;",
  card: "max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;",
  brand: "margin:0 0 24px;font-size:14px;font-weight:bold;letter-spacing:0.05em;color:#0b4f8a;",
  heading: "margin:0 0 16px;font-size:22px;line-height:1.3;color:#1f2933;",
  paragraph: "margin:0 0 16px;font-size:16px;line-height:1.5;",
  button: "display:inline-block;padding:12px 20px;background:#0b4f8a;color:#ffffff;border-radius:6px;font-size:16px;font-weight:bold;text-decoration:none;",
  small: "margin:0 0 16px;font-size:13px;line-height:1.5;color:#52606d;word-break:break-all;",
  footer: "max-width:560px;margin:16px auto 0;font-size:12px;line-height:1.5;color:#52606d;text-align:center;",
};

function renderLink(link: MailLink): string {
  const href = escapeHtml(assertHttpUrl(link.url));
  return `<p style="${styles.small}">${escapeHtml(link.label)}:<br><a href="${href}" style="color:#0b4f8a;">${href}</a></p>`;
}

function renderAction(locale: MailLocale, action: MailLink): string {
  const href = escapeHtml(assertHttpUrl(action.url));
  return [
    `<p style="${styles.paragraph}"><a href="${href}" style="${styles.button}">${escapeHtml(action.label)}</a></p>`,
    `<p style="${styles.small}">${escapeHtml(copyHint[locale])}<br><a href="${href}" style="color:#0b4f8a;">${href}</a></p>`,
  ].join("\n");
}

function renderHtml(content: MailContent): string {
  const paragraph = (text: string, style = styles.paragraph) => `<p style="${style}">${escapeHtml(text)}</p>`;
  const parts = [
    `<p style="${styles.brand}">Puente</p>`,
    `<h1 style="${styles.heading}">${escapeHtml(content.heading)}</h1>`,
    ...content.paragraphs.map((p) => paragraph(p)),
    content.action ? renderAction(content.locale, content.action) : "",
    ...(content.links ?? []).map(renderLink),
    ...(content.notes ?? []).map((note) => paragraph(note, styles.small)),
  ];
  return `<!doctype html>
<html lang="${content.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(singleLine(content.subject))}</title></head>
<body style="${styles.body}">
<div role="article" aria-label="${escapeHtml(singleLine(content.subject))}" style="${styles.card}">
${parts.filter(Boolean).join("\n")}
</div>
<p style="${styles.footer}">Puente · ${escapeHtml(footer[content.locale])}</p>
</body>
</html>
`;
}

export function renderMail(content: MailContent): RenderedMail {
  for (const link of [content.action, ...(content.links ?? [])]) if (link) assertHttpUrl(link.url);
  return { subject: singleLine(content.subject), text: renderText(content), html: renderHtml(content) };
}
