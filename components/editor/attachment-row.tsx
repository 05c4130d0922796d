"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AttachmentItem } from "./types";
import { useFileSize } from "./upload-messages";

const reasons = ["encrypted", "corrupt", "no_text", "too_large", "out_of_memory", "timeout", "failed"] as const;

function useExtractionText() {
  const t = useTranslations("Editor.attachments.extraction");
  return (item: AttachmentItem) => {
    if (item.extractionStatus === "PENDING") return t("pending");
    if (item.extractionStatus === "EXTRACTED") return item.pageCount ? t("extracted", { count: item.pageCount }) : t("extractedNoPages");
    const reason = reasons.find((r) => r === item.extractionError) ?? (item.extractionStatus === "NO_TEXT" ? "no_text" : "failed");
    return t("none", { reason: t(`reasons.${reason}`) });
  };
}

interface Props {
  item: AttachmentItem;
  published: boolean;
  busy: boolean;
  error: string | null;
  onRemove: () => void;
}

/** One attached file, with a two-step remove so a stray click loses nothing. */
export function AttachmentRow({ item, published, busy, error, onRemove }: Props) {
  const t = useTranslations("Editor.attachments");
  const size = useFileSize();
  const extraction = useExtractionText();
  const [confirming, setConfirming] = useState(false);
  const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const ask = () => {
    setConfirming(true);
    focusSoon(`attachment-cancel-${item.id}`);
  };
  const cancel = () => {
    setConfirming(false);
    focusSoon(`attachment-remove-${item.id}`);
  };
  const button = "rounded-md border px-3 py-1.5 text-sm font-semibold disabled:opacity-70";

  return (
    <li className="space-y-2 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <a href={`/api/attachments/${encodeURIComponent(item.id)}`} className="font-medium break-all text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {item.fileName}
          <span className="sr-only"> ({t("download")})</span>
        </a>
        <span className="text-slate-600">{size(item.size)}</span>
      </div>
      <p className="text-slate-700">{extraction(item)}</p>
      {published && <p className="text-slate-700">{item.live ? t("live") : t("notLive")}</p>}
      {confirming ? (
        <div role="group" aria-labelledby={`attachment-confirm-${item.id}`} className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 p-2">
          <p id={`attachment-confirm-${item.id}`} className="text-red-900">
            {t(published && item.live ? "confirmLive" : "confirm", { name: item.fileName })}
          </p>
          <button type="button" onClick={onRemove} disabled={busy} className={`${button} border-red-700 bg-red-700 text-white hover:bg-red-800`}>
            {busy ? t("removing") : t("remove")}
          </button>
          <button type="button" id={`attachment-cancel-${item.id}`} onClick={cancel} disabled={busy} className={`${button} border-slate-300 bg-white text-slate-900`}>
            {t("cancel")}
          </button>
        </div>
      ) : (
        <button type="button" id={`attachment-remove-${item.id}`} onClick={ask} className={`${button} border-slate-300 bg-white text-slate-900 hover:border-red-600`}>
          {t("remove")}<span className="sr-only"> {item.fileName}</span>
        </button>
      )}
      {error && <p className="text-red-700">{error}</p>}
    </li>
  );
}
