import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Fragment, useId, type ReactNode } from "react";
import type { DocumentType, Language, Sector, Visibility } from "@/lib/generated/prisma/enums";
import { formatMetric } from "@/lib/impact/format";
import { countryName } from "@/lib/i18n/format";
import type { FieldChange, ListChange, ListField, MetricRow, MetricsChange, TextSegment, ValueChange, ValueField } from "@/lib/revisions/diff";

/** Display names for the ids a snapshot stores; ids missing here show as "no longer available". */
export type SnapshotLookups = {
  focusAreas: Record<string, string>;
  organizations: Record<string, string>;
  attachments: Record<string, string>;
};

type LabelOf = (field: ValueField | ListField, value: string) => string;

// Colour is backed by underline / strike-through and by "Added:" / "Removed:" labels or
// visually hidden text, since screen readers do not announce <ins> and <del>.
const addedClass = "rounded-sm bg-green-100 text-green-900 underline decoration-green-700 decoration-2 underline-offset-2";
const removedClass = "rounded-sm bg-red-100 text-red-900 line-through decoration-red-700 decoration-2";
const dateFields = new Set<string>(["publicationDate", "embargoUntil", "periodStart", "periodEnd"]);

/** What changed between two revisions, field by field, under the editor's field labels. */
export function SnapshotDiff({ changes, lookups, lang, headingLevel = 3 }: {
  changes: FieldChange[];
  lookups: SnapshotLookups;
  /** The document's language, for its text. */
  lang?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useTranslations();
  const id = useId();
  const labelOf = useLabelOf(lookups);
  const Heading = `h${headingLevel}` as const;
  if (changes.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-5 text-sm text-slate-700">{t("Revisions.noDifferences")}</p>;
  }
  return (
    <div className="space-y-4">
      {changes.map((change) => (
        <section key={change.field} aria-labelledby={`${id}-${change.field}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
          <Heading id={`${id}-${change.field}`} className="text-sm font-semibold text-slate-800">{t(`DocumentFields.${change.field}`)}</Heading>
          {change.kind === "text" && <TextDiff segments={change.segments} lang={lang} />}
          {change.kind === "value" && <ValueDiff change={change} labelOf={labelOf} />}
          {change.kind === "list" && <ListDiff change={change} labelOf={labelOf} lang={lang} />}
          {change.kind === "metrics" && <MetricsDiff change={change} lang={lang} />}
        </section>
      ))}
    </div>
  );
}

function Added({ children }: { children: ReactNode }) {
  const t = useTranslations("Revisions");
  const locale = useLocale();
  return (
    <ins className={addedClass}>
      <span className="sr-only" lang={locale}>{t("addedStart")} </span>
      {children}
      <span className="sr-only" lang={locale}> {t("addedEnd")}</span>
    </ins>
  );
}

function Removed({ children }: { children: ReactNode }) {
  const t = useTranslations("Revisions");
  const locale = useLocale();
  return (
    <del className={removedClass}>
      <span className="sr-only" lang={locale}>{t("removedStart")} </span>
      {children}
      <span className="sr-only" lang={locale}> {t("removedEnd")}</span>
    </del>
  );
}

function TextDiff({ segments, lang }: { segments: TextSegment[]; lang?: string }) {
  const t = useTranslations("Revisions");
  const locale = useLocale();
  // A change that is only spaces or line breaks would otherwise be invisible.
  const shown = (text: string) => /\S/.test(text) ? text : (
    <>
      <span aria-hidden="true">{text.includes("\n") ? "↵" : "·"}</span>
      <span className="sr-only" lang={locale}>{t(text.includes("\n") ? "lineBreak" : "spaces")}</span>
      {text}
    </>
  );
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm leading-6 break-words whitespace-pre-wrap text-slate-800" lang={lang}>
      {segments.map((segment, i) => {
        if (segment.kind === "collapsed") {
          return (
            <span key={i} lang={locale} className="my-1 block border-y border-dashed border-slate-300 py-1 text-center text-xs text-slate-600 italic">
              {t("unchangedLines", { count: segment.lines })}
            </span>
          );
        }
        if (segment.kind === "added") return <Added key={i}>{shown(segment.text)}</Added>;
        if (segment.kind === "removed") return <Removed key={i}>{shown(segment.text)}</Removed>;
        return <Fragment key={i}>{segment.text}</Fragment>;
      })}
    </div>
  );
}

function ValueDiff({ change, labelOf }: { change: ValueChange; labelOf: LabelOf }) {
  const t = useTranslations("Revisions");
  const shown = (value: string) =>
    dateFields.has(change.field) ? <time dateTime={value}>{labelOf(change.field, value)}</time> : labelOf(change.field, value);
  const empty = <span className="text-slate-600 italic">{t("empty")}</span>;
  return (
    <p className="flex flex-wrap items-baseline gap-2 text-sm break-words">
      {change.before === undefined ? empty : <Removed>{shown(change.before)}</Removed>}
      <span aria-hidden="true">→</span>
      {change.after === undefined ? empty : <Added>{shown(change.after)}</Added>}
    </p>
  );
}

function ListDiff({ change, labelOf, lang }: { change: ListChange; labelOf: LabelOf; lang?: string }) {
  const t = useTranslations("Revisions");
  const format = useFormatter();
  // Tags and author names are written in the document's language; the rest are labels.
  const itemLang = change.field === "tags" || change.field === "authorNames" ? lang : undefined;
  const names = (values: string[]) => format.list(values.map((value) => labelOf(change.field, value)), { type: "conjunction" });
  return (
    <div className="space-y-1 text-sm">
      {change.added.length > 0 && (
        <p><span className="font-semibold">{t("added")}</span> <span className={addedClass} lang={itemLang}>{names(change.added)}</span></p>
      )}
      {change.removed.length > 0 && (
        <p><span className="font-semibold">{t("removed")}</span> <span className={removedClass} lang={itemLang}>{names(change.removed)}</span></p>
      )}
      {change.reordered && <p className="text-slate-700">{t("reordered")}</p>}
    </div>
  );
}

function MetricsDiff({ change, lang }: { change: MetricsChange; lang?: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const rows = [
    ...change.changed.map(({ before, after }) => ({ status: "rowChanged" as const, before, after })),
    ...change.added.map((after) => ({ status: "rowAdded" as const, before: after, after })),
    ...change.removed.map((before) => ({ status: "rowRemoved" as const, before, after: before })),
  ];
  const value = (m: MetricRow) => formatMetric(Number(m.value), m, locale);
  const better = (m: MetricRow) => t(`Enums.metricDirection.${m.direction}`);
  const year = (m: MetricRow) => (m.year === undefined || m.year === null ? "—" : String(m.year));
  // Added and removed rows say so in their first cell; changed rows mark each changed value.
  const cell = (before: string, after: string) =>
    before === after ? after : <><Removed>{before}</Removed> <Added>{after}</Added></>;
  const th = "px-3 py-2 font-semibold";
  return (
    <div className="space-y-2">
      {rows.length > 0 && (
        <div className="overflow-x-auto rounded-md border border-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("Revisions.metricsCaption")}</caption>
            <thead className="bg-slate-100 text-slate-800">
              <tr>
                <th scope="col" className={th}>{t("Revisions.change")}</th>
                <th scope="col" className={th}>{t("DocumentFields.metricLabel")}</th>
                <th scope="col" className={`${th} text-right`}>{t("DocumentFields.metricValue")}</th>
                <th scope="col" className={th}>{t("DocumentFields.metricDirection")}</th>
                <th scope="col" className={`${th} text-right`}>{t("DocumentFields.metricYear")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ status, before, after }, i) => (
                <tr key={i} className="border-t border-slate-200">
                  <td className="px-3 py-2 font-semibold">{t(`Revisions.${status}`)}</td>
                  <th scope="row" className="px-3 py-2 font-normal" lang={lang}>{cell(before.label, after.label)}</th>
                  <td className="px-3 py-2 text-right tabular-nums">{cell(value(before), value(after))}</td>
                  <td className="px-3 py-2">{cell(better(before), better(after))}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{cell(year(before), year(after))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {change.reordered && <p className="text-sm text-slate-700">{t("Revisions.reordered")}</p>}
    </div>
  );
}

/** A stored value as a reader sees it: enum labels, country and entity names, long dates. */
function useLabelOf(lookups: SnapshotLookups): LabelOf {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const named = (names: Record<string, string>, id: string) => names[id] ?? t("Revisions.unknownItem");
  return (field, value) => {
    switch (field) {
      case "type": return t(`Enums.documentType.${value as DocumentType}`);
      case "language": return t(`Enums.language.${value as Language}`);
      case "visibility": return t(`Enums.visibility.${value as Visibility}`);
      case "sectors": return t(`Enums.sector.${value as Sector}`);
      case "countries": return countryName(value, locale, t("Enums.regional"));
      case "organizationId": return named(lookups.organizations, value);
      case "focusAreaIds": return named(lookups.focusAreas, value);
      case "attachmentIds": return named(lookups.attachments, value);
      default:
        return dateFields.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long" })
          : value;
    }
  };
}
