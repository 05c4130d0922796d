import type { Metadata } from "next";
import { headers } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkedText } from "@/components/dev/linked-text";
import { getViewer } from "@/lib/auth/viewer";
import { listDevMailbox } from "@/lib/dal/dev-mailbox";
import { orNotFound } from "@/lib/dal/not-found";
import { loadEnv } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import { emailSchema } from "@/lib/validation/auth";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Mailbox"))("title"), robots: { index: false } };
}

/**
 * Outgoing mail when no SMTP server is configured: for a platform admin on this machine, in
 * development and tests only (404 for everyone else, and in production).
 */
export default async function DevMailboxPage({ searchParams }: Props) {
  const [query, viewer, requestHeaders] = await Promise.all([searchParams, getViewer(), headers()]);
  const to = emailSchema.safeParse(query.to);
  const clientAddress = clientIp(requestHeaders, loadEnv().TRUSTED_PROXY_COUNT);
  const [messages, t, format] = await Promise.all([
    orNotFound(listDevMailbox(viewer, clientAddress, { to: to.success ? to.data : undefined, limit: 50 })),
    getTranslations("Mailbox"),
    getFormatter(),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="mailbox-to" className="block text-sm font-medium">{t("filter")}</label>
          <input id="mailbox-to" name="to" type="email" defaultValue={to.success ? to.data : ""} className="rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">{t("show")}</button>
      </form>
      {messages.length === 0 && <p className="text-slate-700">{t("empty")}</p>}
      <ol className="space-y-4">
        {messages.map((message) => (
          <li key={message.id}>
            <article aria-labelledby={`mail-${message.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id={`mail-${message.id}`} className="font-semibold">{message.subject}</h2>
              <p className="text-sm text-slate-600">
                {t("to")}: <span data-testid="mail-to">{message.to}</span> · {t("sent")}: {format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
              </p>
              <p className="mt-3 text-sm whitespace-pre-line"><LinkedText text={message.text} /></p>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
