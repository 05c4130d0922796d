import { describe, expect, it } from "vitest";
import { accessNoticeKinds } from "@/lib/notifications/kinds";
import { accessNotice } from "./access-notice";

const url = "https://puente.example/en/admin/users?x=1&y=2#access-requests";
const base = { requesterName: "Ana Pérez", organizationName: "Fundación Río", message: null, url };

describe.each(accessNoticeKinds.flatMap((kind) => (["CONTRIBUTOR", "MEMBERSHIP"] as const).map((requestKind) => [kind, requestKind] as const)))(
  "accessNotice %s %s",
  (kind, requestKind) => {
    it.each(["en", "es"] as const)("in %s: a one-line subject, the link as text and as a real <a>, the lang", (locale) => {
      const mail = accessNotice(locale, { ...base, kind, requestKind });
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.text).toContain(url);
      expect(mail.html).toContain('<a href="https://puente.example/en/admin/users?x=1&amp;y=2#access-requests"');
      expect(mail.html).toContain(`<html lang="${locale}">`);
      if (requestKind === "MEMBERSHIP") expect(mail.text).toContain("Fundación Río");
    });

    it("differs between English and Spanish", () => {
      const params = { ...base, kind, requestKind };
      expect(accessNotice("es", params).subject).not.toBe(accessNotice("en", params).subject);
    });
  },
);

describe("accessNotice wording", () => {
  it("names the requester to the people who decide, with their message one paragraph per line", () => {
    const mail = accessNotice("en", { ...base, kind: "ACCESS_REQUESTED", requestKind: "MEMBERSHIP", message: "I coordinate the Cauca program.\n\nThanks!" });
    expect(mail.subject).toBe("Ana Pérez asks to join Fundación Río");
    expect(mail.text).toContain("Their message:\n\nI coordinate the Cauca program.\n\nThanks!");
    expect(mail.html).toContain(">Thanks!</p>");
    expect(accessNotice("es", { ...base, kind: "ACCESS_REQUESTED", requestKind: "CONTRIBUTOR" }).subject).toBe("Ana Pérez solicita acceso como colaborador");
  });

  it("tells the requester the decision", () => {
    expect(accessNotice("en", { ...base, kind: "ACCESS_GRANTED", requestKind: "CONTRIBUTOR" }).subject).toBe("You can now contribute to Puente");
    expect(accessNotice("es", { ...base, kind: "ACCESS_DECLINED", requestKind: "MEMBERSHIP" }).subject).toBe("Su solicitud para unirse a Fundación Río fue rechazada");
  });

  it("escapes what people typed in the HTML and keeps a header line out of the subject", () => {
    const mail = accessNotice("en", { ...base, kind: "ACCESS_REQUESTED", requestKind: "CONTRIBUTOR", requesterName: "<b>x</b>\r\nBcc: y@example.org", message: "<script>z</script>" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>x</b>");
    expect(mail.subject).toBe("<b>x</b> Bcc: y@example.org asks for contributor access");
  });
});
