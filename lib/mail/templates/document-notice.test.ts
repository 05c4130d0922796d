import { describe, expect, it } from "vitest";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { isAccessNoticeKind, type DocumentNoticeKind } from "@/lib/notifications/kinds";
import { documentNotice } from "./document-notice";

const url = "https://puente.example/en/documents/water-rights?x=1&y=2";
const kinds = Object.values(NotificationKind).filter((kind): kind is DocumentNoticeKind => !isAccessNoticeKind(kind));

describe.each(kinds)("documentNotice %s", (kind) => {
  it.each(["en", "es"] as const)("in %s: names the document in subject and body, links to it, has lang and footer", (locale) => {
    const mail = documentNotice(locale, { kind, title: "Water rights", comment: null, url });
    expect(mail.subject).toContain("Water rights");
    expect(mail.text).toContain("Water rights");
    expect(mail.text).toContain(url);
    expect(mail.html).toContain('<a href="https://puente.example/en/documents/water-rights?x=1&amp;y=2"');
    expect(mail.html).toContain(`<html lang="${locale}">`);
    const footer = locale === "es" ? "Coalición de Alineación Estratégica Estados Unidos–Colombia" : "US–Colombia Strategic Alignment Coalition";
    expect(mail.text).toContain(footer);
  });

  it("differs between English and Spanish", () => {
    const params = { kind, title: "T", comment: null, url };
    expect(documentNotice("es", params).subject).not.toBe(documentNotice("en", params).subject);
    expect(documentNotice("es", params).text).not.toBe(documentNotice("en", params).text);
  });

  it("refuses a non-http(s) link", () => {
    expect(() => documentNotice("en", { kind, title: "T", comment: null, url: "javascript:alert(1)" })).toThrow(/http/);
  });
});

describe("documentNotice wording", () => {
  it("says what happened", () => {
    const subject = (kind: DocumentNoticeKind, locale: "en" | "es" = "en") => documentNotice(locale, { kind, title: "T", comment: null, url }).subject;
    expect(subject("SUBMITTED")).toBe("New document to review: “T”");
    expect(subject("PUBLISHED")).toBe("Your document was published: “T”");
    expect(subject("CHANGES_REQUESTED")).toBe("Changes requested on “T”");
    expect(subject("REJECTED")).toBe("Your document was not accepted: “T”");
    expect(subject("ARCHIVED", "es")).toBe("Su documento se archivó: «T»");
    expect(subject("UNPUBLISHED", "es")).toBe("Su documento se retiró de la publicación: «T»");
  });

  it("shows the reviewer's comments under a label, one paragraph per line", () => {
    const mail = documentNotice("en", { kind: "CHANGES_REQUESTED", title: "T", comment: "Add sources.\n\nShorten the summary.", url });
    expect(mail.text).toContain("The reviewer's comments:\n\nAdd sources.\n\nShorten the summary.");
    expect(mail.html).toContain(">Add sources.</p>");
    expect(mail.html).toContain(">Shorten the summary.</p>");
  });

  it("labels a rejection's comment as the reason, in Spanish too", () => {
    expect(documentNotice("en", { kind: "REJECTED", title: "T", comment: "Out of scope", url }).text).toContain("Reason:\n\nOut of scope");
    expect(documentNotice("es", { kind: "REJECTED", title: "T", comment: "Fuera de alcance", url }).text).toContain("Motivo:\n\nFuera de alcance");
  });

  it("omits the comment label when there is no comment or only blank lines", () => {
    expect(documentNotice("en", { kind: "REJECTED", title: "T", comment: " \n ", url }).text).not.toContain("Reason:");
  });
});

describe("user-typed text in documentNotice", () => {
  const hostile = "<script>x</script>";

  it("is escaped in the HTML (title, comment and <title>) and kept as typed in the text", () => {
    const mail = documentNotice("en", { kind: "CHANGES_REQUESTED", title: hostile, comment: `"quoted" & ${hostile}`, url });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(mail.html).toContain("&quot;quoted&quot; &amp;");
    expect(mail.text).toContain(hostile);
  });

  it("cannot inject a header line through a title in the subject", () => {
    const mail = documentNotice("en", { kind: "PUBLISHED", title: "A\r\nBcc: x@example.org", comment: null, url });
    expect(mail.subject).toBe("Your document was published: “A Bcc: x@example.org”");
  });
});
