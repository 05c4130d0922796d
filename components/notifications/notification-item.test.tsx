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
