"use client";

import { useFormatter, useTranslations } from "next-intl";

export interface UploadEntry {
  key: string;
  fileName: string;
  loaded: number;
  total: number;
  status: "queued" | "uploading" | "failed";
  error?: string;
}

interface Props {
  entries: UploadEntry[];
  onCancel: (key: string) => void;
  onDismiss: (key: string) => void;
}

/** Files on their way (with progress) and files that could not be attached (with the reason). */
export function UploadList({ entries, onCancel, onDismiss }: Props) {
  const t = useTranslations("Editor.upload");
  const format = useFormatter();
  if (entries.length === 0) return null;
  const button = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:border-brand-600";
  return (
    <ul aria-label={t("listLabel")} className="space-y-3">
      {entries.map((entry) => {
        const progressId = `upload-progress-${entry.key}`;
        const share = entry.total > 0 ? entry.loaded / entry.total : 0;
        return (
          <li key={entry.key} className={`space-y-1 rounded-md border p-3 text-sm ${entry.status === "failed" ? "border-red-300 bg-red-50" : "border-slate-200"}`}>
            {entry.status === "failed" ? (
              <>
                <p className="font-medium break-all text-red-900">{t("failed", { name: entry.fileName })}</p>
                <p className="text-red-900">{entry.error}</p>
                <button type="button" onClick={() => onDismiss(entry.key)} className={button}>
                  {t("dismiss")}<span className="sr-only"> {entry.fileName}</span>
                </button>
              </>
            ) : (
              <>
                <label htmlFor={progressId} className="block font-medium break-all text-slate-800">
                  {entry.status === "queued" ? t("queued", { name: entry.fileName }) : t("uploading", { name: entry.fileName })}
                </label>
                <div className="flex items-center gap-3">
                  <progress id={progressId} max={1} value={entry.status === "queued" ? 0 : share} className="h-2 min-w-0 flex-1 accent-brand-700" />
                  <span className="w-12 text-right text-slate-700 tabular-nums">{format.number(share, { style: "percent" })}</span>
                </div>
                <button type="button" onClick={() => onCancel(entry.key)} className={button}>
                  {t("cancel")}<span className="sr-only"> {entry.fileName}</span>
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
