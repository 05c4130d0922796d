import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en/index.ts";
import { emptyDocumentFormValues, toDocumentFormValues } from "@/lib/validation/document-form";
import { DocumentEditor } from "./document-editor";
import type { DocumentEditorProps } from "./types";

vi.mock("@/lib/actions/documents", () => ({ saveDocumentAction: vi.fn(), previewMarkdownAction: vi.fn() }));

const base: DocumentEditorProps = {
  mode: "edit",
  documentId: "doc1",
  version: 4,
  initial: toDocumentFormValues({
    type: "RESEARCH", title: "Illicit finance", language: "en", tags: ["aml"], focusAreaIds: ["b", "a"], authorNames: ["Ana Ruiz", "Tom Lee"],
    metrics: [{ label: "Cases", value: "12", kind: "COUNT", currency: null, unit: "cases", direction: "HIGHER" }],
  }),
  published: true,
  canSubmit: true,
  options: { focusAreas: [{ id: "a", name: "Security" }, { id: "b", name: "Trade" }], organizations: [{ id: "o1", name: "Org" }], tags: ["aml", "trade"] },
  attachments: [{ id: "f1", fileName: "report.pdf", size: 2_400_000, mimeType: "application/pdf", extractionStatus: "NO_TEXT", extractionError: "encrypted", pageCount: null, live: true }],
  limits: { maxFileBytes: 25 * 1024 * 1024, maxFiles: 10 },
  historyHref: "/en/documents/x/history",
};

const render = (props: Partial<DocumentEditorProps> = {}) =>
  renderToString(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      <DocumentEditor {...base} {...props} />
    </NextIntlClientProvider>,
  );

describe("DocumentEditor", () => {
  it("renders an existing document with its values and controls", () => {
    const html = render();
    expect(html).toContain('name="version" value="4"');
    // The primary focus area travels first.
    expect(html.indexOf('name="focusAreaIds" value="b"')).toBeLessThan(html.indexOf('name="focusAreaIds" value="a"'));
    expect(html).toContain('name="authorNames" value="Tom Lee"');
    expect(html).toContain('name="metrics.0.label"');
    expect(html).toContain("Save changes");
    expect(html).toContain("Submit changes for review");
    expect(html).toContain("the PDF is encrypted");
    expect(html).toContain('role="tablist"');
  });

  it("asks for a saved draft before attachments", () => {
    const html = render({ mode: "create", documentId: null, version: null, attachments: null, published: false, canSubmit: false, initial: emptyDocumentFormValues("REPORT", "es") });
    expect(html).toContain("Files can be attached as soon as the draft is saved (it needs only a title).");
    expect(html).toMatch(/<button type="submit" value="save"[^>]*name="intent">Save the draft to attach files<\/button>/);
    expect(html).toContain("Submit for review");
    expect(html).toContain('name="documentId" value=""');
  });
});
