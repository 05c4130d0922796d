// Greedy word wrap for the PDFs we write (the seed's demo files, the tests' fixtures): each
// line takes words while `fits` says the line is still narrow enough; a word too wide for any
// line gets a line of its own.

export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
