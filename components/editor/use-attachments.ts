"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import type { AttachmentItem, AttachmentLimits } from "./types";
import type { UploadEntry } from "./upload-list";
import { useUploadError } from "./upload-messages";
import { checkFile, removeAttachment, uploadFile, type ApiError, type Upload, type VersionChange } from "./upload-request";

interface Options {
  documentId: string;
  initial: AttachmentItem[];
  limits: AttachmentLimits;
  version: number | null;
  onVersionChange: (change: VersionChange) => void;
}

let uploadCounter = 0;

/** The attachment list, the uploads under way and what to announce about them. */
export function useAttachments({ documentId, initial, limits, version, onVersionChange }: Options) {
  const t = useTranslations("Editor");
  const describeError = useUploadError(limits);
  const [items, setItems] = useState(initial);
  const [uploads, setUploads] = useState<UploadEntry[]>([]);
  const [removal, setRemoval] = useState<{ id: string; busy: boolean; error: string | null } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const versionRef = useRef(version);
  const active = useRef(new Map<string, Upload>());
  useEffect(() => {
    versionRef.current = version;
  }, [version]);

  const patch = (key: string, change: Partial<UploadEntry>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  const adoptVersion = (change: VersionChange) => {
    // The next upload can start before the editor re-renders: follow the chain here too.
    if (versionRef.current === change.previousVersion) versionRef.current = change.version;
    onVersionChange(change);
  };
  const fail = (entry: UploadEntry, error: ApiError) => {
    const message = describeError(error, entry.fileName);
    patch(entry.key, { status: "failed", error: message });
    setAnnouncement(t("upload.failedAnnouncement", { name: entry.fileName, message }));
  };

  const send = async (entry: UploadEntry, file: File) => {
    patch(entry.key, { status: "uploading" });
    const upload = uploadFile(documentId, file, versionRef.current, (loaded, total) => patch(entry.key, { loaded, total }));
    active.current.set(entry.key, upload);
    const outcome = await upload.result;
    active.current.delete(entry.key);
    if (!outcome.ok) return fail(entry, outcome.error);
    setUploads((list) => list.filter((u) => u.key !== entry.key));
    setItems((list) => [...list, outcome.data.attachment]);
    adoptVersion(outcome.data);
    setAnnouncement(t("upload.done", { name: outcome.data.attachment.fileName }));
  };

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = ""; // so choosing the same file again still fires a change
    let room = limits.maxFiles - items.length - uploads.filter((u) => u.status !== "failed").length;
    const batch = files.map((file) => {
      const entry: UploadEntry = { key: `u${++uploadCounter}`, fileName: file.name, loaded: 0, total: file.size, status: "queued" };
      const error = checkFile(file, limits.maxFileBytes) ?? (room <= 0 ? { code: "too_many_files" } : null);
      if (!error) room--;
      return { entry: error ? { ...entry, status: "failed" as const, error: describeError(error, file.name) } : entry, file };
    });
    setUploads((list) => [...list, ...batch.map((b) => b.entry)]);
    const rejected = batch.filter((b) => b.entry.status === "failed");
    if (rejected.length) setAnnouncement(rejected.map((b) => t("upload.failedAnnouncement", { name: b.entry.fileName, message: b.entry.error ?? "" })).join(" "));
    // One at a time: progress stays readable and each upload sends the version the last one produced.
    for (const { entry, file } of batch) if (entry.status === "queued") await send(entry, file);
  };

  const cancel = (key: string) => {
    const upload = active.current.get(key);
    if (upload) upload.abort();
    else patch(key, { status: "failed", error: t("upload.errors.aborted") });
  };
  const dismiss = (key: string) => setUploads((list) => list.filter((u) => u.key !== key));

  const remove = async (item: AttachmentItem) => {
    setRemoval({ id: item.id, busy: true, error: null });
    const outcome = await removeAttachment(documentId, item.id, versionRef.current);
    if (!outcome.ok) {
      const message = describeError(outcome.error, item.fileName);
      setRemoval({ id: item.id, busy: false, error: message });
      return setAnnouncement(message);
    }
    setRemoval(null);
    setItems((list) => list.filter((i) => i.id !== item.id));
    adoptVersion(outcome.data);
    setAnnouncement(t("attachments.removed", { name: item.fileName }));
    requestAnimationFrame(() => document.getElementById("attachment-input")?.focus());
  };

  return { items, uploads, removal, announcement, onFiles, cancel, dismiss, remove };
}
