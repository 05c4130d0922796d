// Renders the item outside Next (plain React server rendering), with the real catalogs, so a
// wrong message key or a formatting option Intl refuses fails here rather than on the page.
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import type { NotificationItem as Item } from "@/lib/dal/notifications";
import en from "@/lib/i18n/messages/en/index.ts";
import es from "@/lib/i18n/messages/es/index.ts";
import { NotificationItem } from "./notification-item";

vi.mock("@/lib/actions/notifications", () => ({ markNotificationReadAction: vi.fn(), markAllNotificationsReadAction: vi.fn() }));
// next-intl's Link needs Next's router; a plain anchor with the locale prefix stands in.
vi.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => <a href={`/en${href}`} {...rest}>{children}</a>,
}));

const now = new Date("2026-03-10T12:00:00Z");
const base: Item = { id: "n1", kind: "PUBLISHED", comment: null, createdAt: new Date("2026-03-10T09:00:00Z"), readAt: null, document: { title: "Water", slug: "water", readable: true } };

function render(item: Partial<Item>, locale: "en" | "es" = "en") {
  const onError = vi.fn();
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "es" ? es : en} timeZone="UTC" now={now} onError={onError}>
      <NotificationItem item={{ ...base, ...item }} now={now} />
    </NextIntlClientProvider>,
  );
  expect(onError).not.toHaveBeenCalled();
  return html;
}

describe("NotificationItem", () => {
  it("marks an unread one in words and offers to mark it read", () => {
    const html = render({});
    expect(html).toContain(">Unread</span>");
    expect(html).toContain('aria-label="Mark as read: Published, Water"');
    expect(html).toContain('<time dateTime="2026-03-10T09:00:00.000Z" title="March 10, 2026 at 9:00 AM UTC"');
    expect(html).toContain("Received 3 hours ago");
  });

  it("shows a read one without the marker or the button", () => {
    const html = render({ readAt: now });
    expect(html).not.toContain("Unread");
    expect(html).not.toContain("Mark as read");
  });

  it("links the document while readable, and names it without a link once it is not", () => {
    expect(render({})).toContain('<a href="/en/documents/water"');
    const hidden = render({ document: { readable: false } });
    expect(hidden).not.toContain("<a ");
    expect(hidden).not.toContain("Water");
    expect(hidden).toContain("You can no longer open this document.");
    expect(render({ document: null })).toContain("The document no longer exists.");
  });

  it("shows the reviewer's comments and the edit link on changes requested, in Spanish too", () => {
    const html = render({ kind: "CHANGES_REQUESTED", comment: "Add <sources>" }, "es");
    expect(html).toContain("Comentarios del revisor:");
    expect(html).toContain("Add &lt;sources&gt;");
    expect(html).toContain('href="/en/documents/water/edit"');
    expect(html).toContain("Editar el documento");
  });
});

describe("NotificationItem for access requests", () => {
  const request = { kind: "MEMBERSHIP", status: "OPEN", requesterName: "Ana <Pérez>", organization: { name: "Fundación Río", slug: "fundacion-rio" } } as const;

  it("tells the people who decide who asked for what, with the message and a link to decide", () => {
    const html = render({ kind: "ACCESS_REQUESTED", document: null, comment: "I run the Cauca program.", accessRequest: request });
    expect(html).toContain("Ana &lt;Pérez&gt; asks to join Fundación Río");
    expect(html).toContain("Their message:");
    expect(html).toContain('<a href="/en/admin/organizations/fundacion-rio#access-requests"');
    expect(html).toContain("Accept or decline the request");
    expect(html).toContain('aria-label="Mark as read: Access request, Ana &lt;Pérez&gt; asks to join Fundación Río"');
    expect(html).not.toContain("The document no longer exists.");
  });

  it("says when someone already answered, without the link", () => {
    const html = render({ kind: "ACCESS_REQUESTED", document: null, accessRequest: { ...request, status: "ACCEPTED" } }, "es");
    expect(html).toContain("Esta solicitud ya fue aceptada.");
    expect(html).not.toContain("#access-requests");
  });

  it("tells the requester the decision and where to go next", () => {
    const granted = render({ kind: "ACCESS_GRANTED", document: null, accessRequest: { ...request, kind: "CONTRIBUTOR", organization: null } });
    expect(granted).toContain("Contributor access");
    expect(granted).toContain('<a href="/en/documents/new"');
    expect(granted).toContain("Start a document");
    const declined = render({ kind: "ACCESS_DECLINED", document: null, accessRequest: request }, "es");
    expect(declined).toContain("Unirse a Fundación Río");
    expect(declined).toContain("Ver sus solicitudes");
  });
});
