"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/field";
import { documentLimits } from "@/lib/validation/document";
import { CharacterCount } from "./character-count";
import { EditorSection, TextAreaField } from "./editor-fields";
import { limitOf } from "./field-limits";
import type { ScalarField, SectionProps } from "./types";

type LongField = "problem" | "approach" | "outcomes" | "lessonsLearned" | "abstract" | "methodology";

/** Fields review needs for each type (mirrors submissionIssues), marked so drafts can leave them for later. */
const neededForReview: ScalarField[] = ["problem", "approach", "outcomes", "abstract", "issuingBody"];

/** The fields that only one type of document has. */
export function TypeFieldsSection(props: SectionProps) {
  const t = useTranslations();
  const { values, errors, setField, setList } = props;
  const type = values.type as "BEST_PRACTICE" | "RESEARCH" | "REPORT";
  if (!["BEST_PRACTICE", "RESEARCH", "REPORT"].includes(type)) return null;

  const hint = (field: ScalarField) => (neededForReview.includes(field) ? t("Editor.hints.neededForReview") : undefined);
  const longText = (field: LongField) => (
    <TextAreaField
      key={field}
      name={field}
      id={`doc-${field}`}
      label={t(`DocumentFields.${field}`)}
      hint={hint(field)}
      value={values[field]}
      onChange={(event) => setField(field, event.target.value)}
      errors={errors[field]}
      limit={limitOf(field)}
    />
  );
  // Short texts (partners, location, issuing body) count their characters; the 20,000 of the
  // long ones are only named when passed.
  const input = (field: ScalarField, extra: { type?: string; hint?: string; inputMode?: "url" } = {}, limit = limitOf(field)) => (
    <TextField
      key={field}
      name={field}
      id={`doc-${field}`}
      label={t(`DocumentFields.${field}`)}
      type={extra.type ?? "text"}
      inputMode={extra.inputMode}
      hint={extra.hint ?? hint(field)}
      value={values[field]}
      onChange={(event) => setField(field, event.target.value)}
      errors={errors[field]}
      limit={limit}
      extraId={limit ? `doc-${field}-count` : undefined}
      extra={limit ? <CharacterCount id={`doc-${field}-count`} count={values[field].length} max={limit} /> : undefined}
    />
  );

  return (
    <EditorSection id="editor-details" title={t(`Editor.sections.details.${type}`)}>
      {type === "BEST_PRACTICE" && (
        <>
          {(["problem", "approach", "outcomes", "lessonsLearned"] as const).map(longText)}
          <div className="grid gap-4 sm:grid-cols-2">
            {input("partners")}
            {input("location")}
          </div>
        </>
      )}
      {type === "RESEARCH" && (
        <>
          {(["abstract", "methodology"] as const).map(longText)}
          <TextAreaField
            id="doc-authorNames"
            label={t("DocumentFields.authorNames")}
            hint={t("Editor.hints.authors", { max: documentLimits.authors })}
            rows={4}
            value={values.authorNames.join("\n")}
            onChange={(event) => setList("authorNames", event.target.value.split("\n"))}
            errors={errors.authorNames}
          />
          {/* The textarea is for typing; the action reads one authorNames entry per author. */}
          {values.authorNames.map((name) => name.trim()).filter(Boolean).map((name, index) => (
            <input key={`${index}-${name}`} type="hidden" name="authorNames" value={name} />
          ))}
          <div className="grid gap-4 sm:grid-cols-2">
            {input("doi", { hint: t("Editor.hints.doi") })}
            {input("url", { type: "url", inputMode: "url", hint: t("Editor.hints.url") })}
          </div>
        </>
      )}
      {type === "REPORT" && (
        <>
          {input("issuingBody")}
          <div className="grid gap-4 sm:grid-cols-2">
            {input("periodStart", { type: "date" })}
            {input("periodEnd", { type: "date" })}
          </div>
        </>
      )}
    </EditorSection>
  );
}
