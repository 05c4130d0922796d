"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/field";
import { ChoiceGroup, EditorSection } from "./editor-fields";
import type { EditorOptions, SectionProps } from "./types";

const visibilities = ["PUBLIC", "MEMBERS", "ORGANIZATION"] as const;

/** Who can read the document, on behalf of which organization, and from when. */
export function AccessSection({ values, errors, setField, organizations }: SectionProps & { organizations: EditorOptions["organizations"] }) {
  const t = useTranslations();
  const known = organizations.some((org) => org.id === values.organizationId);
  const organizationOptions = [
    { value: "", label: t("Editor.access.noOrganization") },
    // An organization the viewer does not belong to stays selected rather than silently cleared.
    ...(values.organizationId && !known ? [{ value: values.organizationId, label: t("Editor.access.otherOrganization") }] : []),
    ...organizations.map((org) => ({ value: org.id, label: org.name })),
  ];
  return (
    <EditorSection id="editor-access" title={t("Editor.sections.access")}>
      <ChoiceGroup
        id="doc-visibility"
        name="visibility"
        type="radio"
        legend={t("DocumentFields.visibility")}
        errors={errors.visibility}
        options={visibilities.map((value) => ({ value, label: t(`Enums.visibility.${value}`) }))}
        selected={[values.visibility || "PUBLIC"]}
        onChange={(value, checked) => checked && setField("visibility", value)}
      />
      <SelectField
        name="organizationId"
        id="doc-organizationId"
        label={t("DocumentFields.organizationId")}
        hint={t("Editor.hints.organization")}
        value={values.organizationId}
        onChange={(event) => setField("organizationId", event.target.value)}
        errors={errors.organizationId}
        options={organizationOptions}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="embargoUntil"
          id="doc-embargoUntil"
          type="date"
          label={t("DocumentFields.embargoUntil")}
          hint={t("Editor.hints.embargo")}
          value={values.embargoUntil}
          onChange={(event) => setField("embargoUntil", event.target.value)}
          errors={errors.embargoUntil}
        />
        <TextField
          name="publicationDate"
          id="doc-publicationDate"
          type="date"
          label={t("DocumentFields.publicationDate")}
          hint={t("Editor.hints.publicationDate")}
          value={values.publicationDate}
          onChange={(event) => setField("publicationDate", event.target.value)}
          errors={errors.publicationDate}
        />
      </div>
    </EditorSection>
  );
}
