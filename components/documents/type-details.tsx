import { useFormatter, useTranslations } from "next-intl";
import type { DocumentDetail } from "@/lib/dal/documents";
import { httpUrlOrNull } from "@/lib/validation/url";

type Field = { label: string; value: React.ReactNode };

function FieldList({ heading, fields, lang }: { heading: string; fields: Field[]; lang: string }) {
  const shown = fields.filter((field) => field.value);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="type-details-heading" className="space-y-3">
      <h2 id="type-details-heading" className="text-xl font-semibold">{heading}</h2>
      <dl className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" lang={lang}>
        {shown.map((field) => (
          <div key={field.label}>
            <dt className="text-sm font-semibold text-slate-800">{field.label}</dt>
            <dd className="mt-1 whitespace-pre-line text-slate-800">{field.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The fields specific to a best practice, a research work or a report. */
export function TypeDetails({ document }: { document: DocumentDetail }) {
  const t = useTranslations("Document");
  const format = useFormatter();
  const lang = document.language;

  if (document.type === "BEST_PRACTICE") {
    return (
      <FieldList heading={t("bestPractice")} lang={lang} fields={[
        { label: t("problem"), value: document.problem },
        { label: t("approach"), value: document.approach },
        { label: t("outcomes"), value: document.outcomes },
        { label: t("lessonsLearned"), value: document.lessonsLearned },
        { label: t("partners"), value: document.partners },
        { label: t("location"), value: document.location },
      ]} />
    );
  }
  if (document.type === "RESEARCH") {
    const doiUrl = document.doi ? `https://doi.org/${encodeURI(document.doi)}` : null;
    const link = httpUrlOrNull(document.url);
    return (
      <FieldList heading={t("research")} lang={lang} fields={[
        { label: t("abstract"), value: document.abstract },
        { label: t("methodology"), value: document.methodology },
        { label: t("doi"), value: doiUrl && <a href={doiUrl} className="text-brand-700 underline">{document.doi}</a> },
        { label: t("link"), value: link ? <a href={link} className="break-all text-brand-700 underline">{link}</a> : document.url },
      ]} />
    );
  }
  const period =
    document.periodStart && document.periodEnd
      ? format.dateTimeRange(document.periodStart, document.periodEnd, { year: "numeric", month: "long" })
      : null;
  return (
    <FieldList heading={t("report")} lang={lang} fields={[
      { label: t("issuingBody"), value: document.issuingBody },
      { label: t("periodCovered"), value: period },
    ]} />
  );
}
