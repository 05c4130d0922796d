"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { AccessSection } from "./access-section";
import { AttachmentManager } from "./attachment-manager";
import { BasicsSection } from "./basics-section";
import { ClassificationSection } from "./classification-section";
import { EditorActions } from "./editor-actions";
import { EditorSection } from "./editor-fields";
import { EditorStatus } from "./editor-status";
import { errorTargets, focusElement, type ErrorTarget } from "./field-targets";
import { MarkdownEditor, type BodyTab } from "./markdown-editor";
import { MetricsEditor } from "./metrics-editor";
import { TypeFieldsSection } from "./type-fields-section";
import type { DocumentEditorProps } from "./types";
import { useDocumentSave } from "./use-document-save";
import { useEditorValues } from "./use-editor-values";

/** Page order, so the error summary lists problems in the order the user meets them. */
const fieldOrder = [
  "type", "title", "slug", "summary", "language", "problem", "approach", "outcomes", "lessonsLearned", "partners", "location",
  "abstract", "methodology", "authorNames", "doi", "url", "issuingBody", "periodStart", "periodEnd", "body",
  "focusAreaIds", "countries", "sectors", "tags", "metrics", "visibility", "organizationId", "embargoUntil", "publicationDate",
] as const;

/** Create and edit a document: every field controlled, saved with the version it was opened at. */
export function DocumentEditor(props: DocumentEditorProps) {
  const { mode, documentId, published, canSubmit, options, attachments, limits, historyHref } = props;
  const t = useTranslations("Editor");
  const editor = useEditorValues(props.initial);
  const { values } = editor;
  const save = useDocumentSave(editor, props.version);
  const [bodyTab, setBodyTab] = useState<BodyTab>("write");

  const focusField = (target: ErrorTarget & { elementId: string }) => {
    if (target.field === "body" && bodyTab !== "write") {
      setBodyTab("write"); // the textarea is hidden behind the Preview tab
      requestAnimationFrame(() => focusElement(target.elementId));
      return true;
    }
    return focusElement(target.elementId);
  };

  const sectionProps = { values, errors: save.errors, setField: editor.setField, setList: editor.setList };
  return (
    <form action={save.dispatch} onSubmit={save.onSubmit} noValidate aria-describedby="editor-status" className="space-y-6">
      <input type="hidden" name="documentId" value={documentId ?? ""} />
      <input type="hidden" name="version" value={save.version ?? ""} />
      {published && <p className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-900">{t("publishedNote")}</p>}
      <EditorStatus state={save.state} current={save.current} targets={errorTargets(save.errors, values.metrics, fieldOrder)} focusRef={save.statusRef} onFocusField={focusField} />
      <BasicsSection {...sectionProps} typeEditable={mode === "create"} />
      <TypeFieldsSection {...sectionProps} />
      <EditorSection id="editor-body" title={t("sections.body")}>
        <MarkdownEditor
          value={values.body}
          onChange={(body) => editor.setField("body", body)}
          errors={save.errors.body}
          language={values.language}
          tab={bodyTab}
          onTabChange={setBodyTab}
        />
      </EditorSection>
      <ClassificationSection {...sectionProps} options={options} />
      <MetricsEditor rows={values.metrics} errors={save.errors} onChange={editor.setMetrics} newRowKey={editor.newRowKey} />
      <AccessSection {...sectionProps} organizations={options.organizations} />
      <EditorSection id="editor-attachments" title={t("sections.attachments")}>
        {attachments && documentId ? (
          <AttachmentManager
            documentId={documentId}
            attachments={attachments}
            limits={limits}
            version={save.version}
            published={published}
            onVersionChange={save.onVersionChange}
          />
        ) : (
          // Uploads need the document to exist; saving a draft needs only a title.
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-slate-700">{t("upload.saveFirst")}</p>
            <button type="submit" name="intent" value="save" disabled={save.pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:border-brand-600 disabled:opacity-70">
              {t("upload.saveToAttach")}
            </button>
          </div>
        )}
      </EditorSection>
      <EditorActions
        pending={save.pending}
        pendingIntent={save.pendingIntent}
        published={published}
        showSubmit={canSubmit || mode === "create"}
        dirty={editor.dirty}
        historyHref={historyHref}
        state={save.state}
        current={save.current}
      />
    </form>
  );
}
