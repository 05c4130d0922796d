"use client";

import { useTranslations } from "next-intl";
import { AttachmentRow } from "./attachment-row";
import type { AttachmentItem, AttachmentLimits } from "./types";
import { useAttachments } from "./use-attachments";
import { UploadList } from "./upload-list";
import { useFileSize } from "./upload-messages";
import { allowedExtensions, type VersionChange } from "./upload-request";

interface Props {
  documentId: string;
  attachments: AttachmentItem[];
  limits: AttachmentLimits;
  /** The editor's version, sent so the server can tell whether the editor is up to date. */
  version: number | null;
  published?: boolean;
  /** Each change bumps the document's version; the editor adopts it only if it was current. */
  onVersionChange: (change: VersionChange) => void;
}

/** Attach files to a saved document: checked here first, uploaded one by one with progress. */
export function AttachmentManager({ documentId, attachments, limits, version, published = false, onVersionChange }: Props) {
  const t = useTranslations("Editor");
  const size = useFileSize();
  const { items, uploads, removal, announcement, onFiles, cancel, dismiss, remove } = useAttachments({ documentId, initial: attachments, limits, version, onVersionChange });
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="attachment-input" className="block text-sm font-medium text-slate-800">{t("upload.label")}</label>
        <p id="attachment-input-hint" className="text-xs text-slate-600">{t("upload.hint", { max: size(limits.maxFileBytes), maxFiles: limits.maxFiles })}</p>
        <input
          id="attachment-input"
          type="file"
          multiple
          accept={allowedExtensions.join(",")}
          onChange={(event) => void onFiles(event)}
          aria-describedby="attachment-input-hint"
          className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:py-2 file:text-sm file:font-semibold file:text-slate-900 hover:file:border-brand-600"
        />
      </div>
      <p className="sr-only" aria-live="polite">{announcement}</p>
      <UploadList entries={uploads} onCancel={cancel} onDismiss={dismiss} />
      {items.length > 0 ? (
        <ul aria-label={t("attachments.listLabel")} className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {items.map((item) => (
            <AttachmentRow
              key={item.id}
              item={item}
              published={published}
              busy={removal?.id === item.id && removal.busy}
              error={removal?.id === item.id ? removal.error : null}
              onRemove={() => void remove(item)}
            />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("attachments.none")}</p>
      )}
    </div>
  );
}
