"use client";

import { useLocale, useTranslations } from "next-intl";
import { countryCodes } from "@/lib/domain/countries";
import { Sector } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/i18n/format";
import { ChoiceGroup, EditorSection } from "./editor-fields";
import { FocusAreaPicker } from "./focus-area-picker";
import { TagInput } from "./tag-input";
import type { EditorOptions, ListField, SectionProps } from "./types";

const toggled = (list: string[], value: string, checked: boolean) =>
  checked ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/** Where the document belongs: focus areas, countries, sectors and tags. */
export function ClassificationSection({ values, errors, setList, options }: SectionProps & { options: EditorOptions }) {
  const t = useTranslations();
  const locale = useLocale();
  const regional = t("Enums.regional");
  const toggle = (field: ListField) => (value: string, checked: boolean) => setList(field, toggled(values[field], value, checked));
  return (
    <EditorSection id="editor-classification" title={t("Editor.sections.classification")}>
      <FocusAreaPicker options={options.focusAreas} selected={values.focusAreaIds} errors={errors.focusAreaIds} onChange={(ids) => setList("focusAreaIds", ids)} />
      <ChoiceGroup
        id="doc-countries"
        name="countries"
        type="checkbox"
        legend={t("DocumentFields.countries")}
        hint={t("Editor.hints.neededForReview")}
        errors={errors.countries}
        layout="grid grid-cols-2 gap-2 sm:grid-cols-3"
        options={countryCodes.map((code) => ({ value: code, label: countryName(code, locale, regional) }))}
        selected={values.countries}
        onChange={toggle("countries")}
      />
      <ChoiceGroup
        id="doc-sectors"
        name="sectors"
        type="checkbox"
        legend={t("DocumentFields.sectors")}
        errors={errors.sectors}
        layout="grid gap-2 sm:grid-cols-2"
        options={Object.values(Sector).map((sector) => ({ value: sector, label: t(`Enums.sector.${sector}`) }))}
        selected={values.sectors}
        onChange={toggle("sectors")}
      />
      <TagInput tags={values.tags} suggestions={options.tags} errors={errors.tags} onChange={(tags) => setList("tags", tags)} />
    </EditorSection>
  );
}
