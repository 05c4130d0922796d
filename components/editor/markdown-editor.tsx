"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent } from "react";
import { previewMarkdownAction } from "@/lib/actions/documents";
import { documentLimits } from "@/lib/validation/document";
import { CharacterCount } from "./character-count";
import { controlClass, describedBy, FieldErrors } from "./editor-fields";

export type BodyTab = "write" | "preview";
const tabs: BodyTab[] = ["write", "preview"];

interface Props {
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  /** The document's language, so the preview is read (and hyphenated) as such. */
  language: string;
  tab: BodyTab;
  onTabChange: (tab: BodyTab) => void;
}

type Preview = { source: string; html: string } | null;

/** Renders the body on the server when asked; a slower, older answer never replaces a newer one. */
function usePreview(value: string) {
  const [preview, setPreview] = useState<Preview>(null);
  const [status, setStatus] = useState<"idle" | "loading" | "failed">("idle");
  const latest = useRef(0);
  const load = async () => {
    if (!value.trim() || preview?.source === value) return;
    const request = ++latest.current;
    setStatus("loading");
    try {
      const html = await previewMarkdownAction(value);
      if (request !== latest.current) return;
      // An empty answer for a non-empty text means the action refused it (signed out, too long).
      if (!html) return setStatus("failed");
      setPreview({ source: value, html });
      setStatus("idle");
    } catch {
      if (request === latest.current) setStatus("failed");
    }
  };
  return { preview, status, load };
}

/** The body in Markdown, with a preview rendered by the same code as the published page. */
export function MarkdownEditor({ value, onChange, errors, language, tab, onTabChange }: Props) {
  const t = useTranslations("Editor.body");
  const { preview, status, load: loadPreview } = usePreview(value);

  const select = (next: BodyTab, focus = false) => {
    onTabChange(next);
    if (next === "preview") void loadPreview();
    if (focus) document.getElementById(`doc-body-tab-${next}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.indexOf(tab);
    const target = { ArrowRight: tabs[(index + 1) % tabs.length], ArrowLeft: tabs[(index + tabs.length - 1) % tabs.length], Home: tabs[0], End: tabs[tabs.length - 1] }[event.key];
    if (!target) return;
    event.preventDefault();
    select(target, true);
  };

  const errorId = errors?.length ? "doc-body-error" : undefined;
  const tabClass = (selected: boolean) =>
    `-mb-px rounded-t-md border px-4 py-2 text-sm font-semibold ${selected ? "border-slate-300 border-b-white bg-white text-slate-900" : "border-transparent text-slate-700 underline underline-offset-4 hover:text-brand-700"}`;
  return (
    <div className="space-y-2">
      <div role="tablist" aria-label={t("tabsLabel")} className="flex gap-1 border-b border-slate-300">
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`doc-body-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`doc-body-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => select(name)}
            onKeyDown={onKeyDown}
            className={tabClass(tab === name)}
          >
            {t(name)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="doc-body-panel-write" aria-labelledby="doc-body-tab-write" hidden={tab !== "write"} className="space-y-1">
        <label htmlFor="doc-body" className="block text-sm font-medium text-slate-800">{t("label")}</label>
        <p id="doc-body-hint" className="text-xs text-slate-600">{t("hint")}</p>
        <textarea
          id="doc-body"
          name="body"
          rows={18}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy("doc-body-hint", "doc-body-count", errorId)}
          aria-invalid={errorId ? true : undefined}
          className={`${controlClass} min-h-64 resize-y font-mono leading-6`}
        />
        <CharacterCount id="doc-body-count" count={value.length} max={documentLimits.body} />
        {errorId && <FieldErrors id={errorId} errors={errors} limit={documentLimits.body} />}
      </div>
      <div
        role="tabpanel"
        id="doc-body-panel-preview"
        aria-labelledby="doc-body-tab-preview"
        aria-busy={status === "loading"}
        hidden={tab !== "preview"}
        tabIndex={0}
        className="min-h-64 rounded-md border border-slate-300 bg-white p-4"
      >
        <PreviewContent value={value} preview={preview} status={status} language={language} onRetry={() => void loadPreview()} />
      </div>
    </div>
  );
}

function PreviewContent({ value, preview, status, language, onRetry }: { value: string; preview: Preview; status: string; language: string; onRetry: () => void }) {
  const t = useTranslations("Editor.body");
  if (!value.trim()) return <p className="text-sm text-slate-600">{t("emptyPreview")}</p>;
  if (status === "failed") {
    return (
      <p className="text-sm text-red-700">
        {t("previewFailed")}{" "}
        <button type="button" onClick={onRetry} className="font-semibold underline underline-offset-2">{t("retry")}</button>
      </p>
    );
  }
  return (
    <>
      {status === "loading" && <p className="text-sm text-slate-600" role="status">{t("loading")}</p>}
      {/* Sanitized by renderMarkdown on the server, exactly as on the published page. */}
      {preview?.source === value && <div lang={language} className="prose-doc" dangerouslySetInnerHTML={{ __html: preview.html }} />}
    </>
  );
}
