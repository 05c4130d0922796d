// Real DOCX files for tests, made with the docx package (what Word reads, not a hand-made ZIP).
import { Document, Packer, PageBreak, Paragraph, TextRun } from "docx";

/** One paragraph per entry; "\f" as an entry inserts an explicit page break instead. */
export async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const children = paragraphs.map((text) =>
    text === "\f" ? new Paragraph({ children: [new PageBreak()] }) : new Paragraph({ children: [new TextRun(text)] }),
  );
  const doc = new Document({ creator: "Puente tests", sections: [{ children }] });
  return Packer.toBuffer(doc);
}
