"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/field";
import { documentLimits } from "@/lib/validation/document";
import { CharacterCount } from "./character-count";
import { EditorSection, TextAreaField } from "./editor-fields";
import type { SectionProps } from "./types";

const documentTypes = ["BEST_PRACTICE", "RESEARCH", "REPORT"] as const;
const languages = ["en", "es"] as const;

/** Title, address, summary, language, and the type (chosen once, when the document is created). */
export function BasicsSection({ values, errors, setField, typeEditable }: SectionProps & { typeEditable: boolean }) {
  const t = useTranslations();
  const type = values.type as (typeof documentTypes)[number];
  return (
    <EditorSection id="editor-basics" title={t("Editor.sections.basics")}>
      {typeEditable ? (
        <SelectField
          name="type"
          id="doc-type"
          label={t("DocumentFields.type")}
          hint={t("Editor.hints.type")}
          value={values.type}
          onChange={(event) => setField("type", event.target.value)}
          errors={errors.type}
          options={documentTypes.map((value) => ({ value, label: t(`Enums.documentType.${value}`) }))}
        />
      ) : (
        <div className="space-y-1">
          <p className="text-sm font-medium text-slate-800">{t("DocumentFields.type")}</p>
          <p className="text-sm text-slate-900">{documentTypes.includes(type) ? t(`Enums.documentType.${type}`) : values.type}</p>
          <p className="text-xs text-slate-600">{t("Editor.hints.typeFixed")}</p>
          <input type="hidden" name="type" value={values.type} />
        </div>
      )}
      <TextField
        name="title"
        id="doc-title"
        label={t("Editor.requiredLabel", { label: t("DocumentFields.title") })}
        required
        value={values.title}
        onChange={(event) => setField("title", event.target.value)}
        errors={errors.title}
        limit={documentLimits.title}
        extraId="doc-title-count"
        extra={<CharacterCount id="doc-title-count" count={values.title.length} max={documentLimits.title} />}
      />
      <TextField
        name="slug"
        id="doc-slug"
        label={t("DocumentFields.slug")}
        hint={t("Editor.hints.slug")}
        autoCapitalize="none"
        spellCheck={false}
        value={values.slug}
        onChange={(event) => setField("slug", event.target.value)}
        errors={errors.slug}
      />
      <TextAreaField
        name="summary"
        id="doc-summary"
        label={t("DocumentFields.summary")}
        hint={t("Editor.hints.neededForReview")}
        rows={3}
        value={values.summary}
        onChange={(event) => setField("summary", event.target.value)}
        errors={errors.summary}
        limit={documentLimits.summary}
        extraId="doc-summary-count"
        extra={<CharacterCount id="doc-summary-count" count={values.summary.length} max={documentLimits.summary} />}
      />
      <SelectField
        name="language"
        id="doc-language"
        label={t("DocumentFields.language")}
        hint={t("Editor.hints.language")}
        value={values.language}
        onChange={(event) => setField("language", event.target.value)}
        errors={errors.language}
        options={languages.map((value) => ({ value, label: t(`Enums.language.${value}`) }))}
      />
    </EditorSection>
  );
}
