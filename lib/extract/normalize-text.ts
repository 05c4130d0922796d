// Extracted text is for search and snippets: one canonical form, whatever the source did.

// Control characters other than tab, line feed and carriage return. NUL must go in any case:
// PostgreSQL text columns cannot hold it.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

export function normalizeText(text: string): string {
  return (
    text
      // Composed accents (PDFs often hold "e" + combining acute), so "educación" matches.
      .normalize("NFC")
      .replace(CONTROL_CHARACTERS, "")
      .replace(/\r\n?/g, "\n")
      // Runs of horizontal white space (tabs, no-break spaces, …) become one space.
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n ?/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}
