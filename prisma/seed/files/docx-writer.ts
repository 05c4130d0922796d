// A small DOCX writer for the demo attachments: a title, headed sections of paragraphs, the
// package parts Word needs (content types, relationships, styles, core properties) and
// nothing else. Written here so that `npm start` (which seeds) needs no DOCX library in
// production installs; the same input always gives the same bytes.
import { writeZip } from "./zip-writer";

export interface DocxSection {
  heading: string;
  paragraphs: string[];
}

export interface DocxInput {
  title: string;
  /** BCP 47 tag of the text, e.g. "es-CO": spell checkers and screen readers use it. */
  language: string;
  author: string;
  sections: DocxSection[];
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function paragraph(text: string, style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

function documentXml(input: DocxInput): string {
  const body = [
    paragraph(input.title, "Title"),
    ...input.sections.flatMap((section) => [paragraph(section.heading, "Heading1"), ...section.paragraphs.map((text) => paragraph(text))]),
  ].join("");
  const page = '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
  return `${XML}<w:document xmlns:w="${W}"><w:body>${body}${page}</w:body></w:document>`;
}

function stylesXml(language: string): string {
  const style = (id: string, name: string, size: number, extra = "") =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>${extra}</w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  return (
    `${XML}<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="${language}"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    style("Title", "Title", 40) +
    style("Heading1", "heading 1", 28, '<w:outlineLvl w:val="0"/>') +
    `</w:styles>`
  );
}

function coreXml(input: DocxInput): string {
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(input.title)}</dc:title>` +
    `<dc:creator>${escapeXml(input.author)}</dc:creator><dc:language>${escapeXml(input.language)}</dc:language></cp:coreProperties>`
  );
}

const CONTENT_TYPES =
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const PACKAGE_RELS =
  `${XML}<Relationships xmlns="${RELS}">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const DOCUMENT_RELS =
  `${XML}<Relationships xmlns="${RELS}">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

export function writeDocx(input: DocxInput): Uint8Array {
  const part = (name: string, xml: string) => ({ name, data: Buffer.from(xml, "utf8") });
  return writeZip([
    part("[Content_Types].xml", CONTENT_TYPES),
    part("_rels/.rels", PACKAGE_RELS),
    part("word/document.xml", documentXml(input)),
    part("word/_rels/document.xml.rels", DOCUMENT_RELS),
    part("word/styles.xml", stylesXml(input.language)),
    part("docProps/core.xml", coreXml(input)),
  ]);
}
