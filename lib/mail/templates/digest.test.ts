import { describe, expect, it } from "vitest";
import { digest } from "./digest";

const params = {
  followed: "Ciberseguridad",
  frequency: "DAILY" as const,
  documents: [{ title: "Guía <script>alert(1)</script> & más", url: "https://puente.test/es/documents/guia" }],
  more: 2,
  targetUrl: "https://puente.test/es/focus-areas/cybersecurity",
  preferencesUrl: "https://puente.test/es/account/following",
  unsubscribeUrl: "https://puente.test/es/unsubscribe?s=a&t=b",
};

describe("digest mail", () => {
  it("lists the new documents, counts the rest, and says how to stop, in the member's language", () => {
    const mail = digest("es", params);
    expect(mail.subject).toBe("3 documentos nuevos: Ciberseguridad");
    expect(mail.text).toContain("Guía <script>alert(1)</script> & más: https://puente.test/es/documents/guia");
    expect(mail.text).toContain("Y 2 más.");
    expect(mail.text).toContain("Recibe esto una vez al día");
    expect(mail.text).toContain("Darse de baja de este resumen: https://puente.test/es/unsubscribe?s=a&t=b");
    expect(digest("en", { ...params, more: 0 }).subject).toBe("1 new document: Ciberseguridad");
  });

  it("escapes titles in the HTML part", () => {
    const { html } = digest("en", params);
    expect(html).toContain("Guía &lt;script&gt;alert(1)&lt;/script&gt; &amp; más");
    expect(html).not.toContain("<script>");
  });
});
