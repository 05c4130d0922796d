import { useFormatter, useTranslations } from "next-intl";
import type { DocumentDetail } from "@/lib/dal/documents";

export function AttachmentList({ attachments }: { attachments: DocumentDetail["attachments"] }) {
  const t = useTranslations("Document");
  const format = useFormatter();
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments-heading" className="space-y-3">
      <h2 id="attachments-heading" className="text-xl font-semibold">{t("attachmentsHeading")}</h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {attachments.map((file) => (
          <li key={file.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
            <a href={`/api/attachments/${file.id}`} className="font-medium break-all text-brand-700 underline" {...(file.mimeType === "application/pdf" ? {} : { download: file.fileName })}>
              {file.fileName}
            </a>
            <span className="text-slate-600">
              {format.number(file.size / 1024, { maximumFractionDigits: 0 })} KB
              {file.pageCount ? ` · ${t("pages", { count: file.pageCount })}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
