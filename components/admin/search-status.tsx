import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { SearchStatus } from "@/lib/dal/search-admin";
import { SearchReindexForm } from "./search-reindex-form";

const section = "space-y-4 rounded-xl border border-slate-200 bg-white p-6";
const row = "grid gap-1 border-t border-slate-200 py-2 first:border-t-0 sm:grid-cols-[16rem_1fr]";

type Translator = Awaited<ReturnType<typeof getTranslations<"Admin">>>;
type Formatter = Awaited<ReturnType<typeof getFormatter>>;

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={row}>
      <dt className="font-medium text-slate-800">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

function rebuildText(rebuild: SearchStatus["rebuild"], t: Translator, format: Formatter): string {
  const time = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  if (rebuild.running && rebuild.startedAt) return t("searchRebuildRunning", { time: time(rebuild.startedAt) });
  const last = rebuild.last;
  if (!last) return t("searchRebuildNever");
  if (!last.ok) return t("searchRebuildFailed", { time: time(last.finishedAt), error: last.error });
  return t("searchRebuildDone", { time: time(last.finishedAt), count: last.documents, ms: format.number(last.ms) });
}

/** The figures admins compare (index against database, backlog, errors) and the rebuild. */
export async function SearchStatusView({ status }: { status: SearchStatus }) {
  const [t, format] = await Promise.all([getTranslations("Admin"), getFormatter()]);
  const { index } = status;
  const differs = index.reachable && status.backlog === 0 && !status.rebuild.running && index.documents !== status.publishedDocuments;
  return (
    <>
      <section aria-labelledby="search-status-heading" className={section}>
        <h2 id="search-status-heading" className="text-xl font-semibold">{t("searchStatusHeading")}</h2>
        <dl className="text-sm">
          <Figure label={t("searchEngine")}>{status.engine === "postgres" ? t("searchEnginePostgres") : t("searchEngineMeilisearch")}</Figure>
          <Figure label={t("searchIndexed")}>
            {index.reachable ? format.number(index.documents) : <span className="text-red-800">{t("searchUnreachable", { error: index.error })}</span>}
          </Figure>
          <Figure label={t("searchPublished")}>{format.number(status.publishedDocuments)}</Figure>
          <Figure label={t("searchBacklog")}>{format.number(status.backlog)}</Figure>
          <Figure label={t("searchLastError")}>
            {status.lastError ? <span className="whitespace-pre-wrap break-words text-red-800">{status.lastError}</span> : t("searchNoError")}
          </Figure>
        </dl>
        {differs && <p className="text-sm text-amber-900">{t("searchMismatch")}</p>}
      </section>
      <section aria-labelledby="search-rebuild-heading" className={section}>
        <h2 id="search-rebuild-heading" className="text-xl font-semibold">{t("searchRebuildHeading")}</h2>
        <p className="text-sm text-slate-700">{t("searchRebuildHint")}</p>
        <dl className="text-sm">
          <Figure label={t("searchLastRebuild")}>
            {/* Announced when the page's refresh brings the rebuild's outcome. */}
            <span aria-live="polite" className="whitespace-pre-wrap break-words">{rebuildText(status.rebuild, t, format)}</span>
          </Figure>
        </dl>
        <SearchReindexForm running={status.rebuild.running} />
      </section>
    </>
  );
}
