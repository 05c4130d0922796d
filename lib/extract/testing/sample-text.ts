// Deterministic, realistic paragraphs in English and Spanish for generated test documents.

const ENGLISH = [
  "Joint task forces reduced the average time to trace illicit financial flows from weeks to days.",
  "Port authorities shared container inspection data through a common risk-scoring platform.",
  "Community policing pilots in three municipalities were evaluated with a mixed-methods design.",
  "The working group recommends harmonising customs data standards before the next review cycle.",
  "Cybersecurity exercises tested incident response across ministries, utilities and banks.",
  "Smallholder farmers adopted certified seed varieties after two seasons of field demonstrations.",
  "Evidence from the evaluation suggests that early warning systems lowered response times.",
  "Training modules covered chain of custody, digital forensics and asset forfeiture procedures.",
];

const SPANISH = [
  "La cooperación binacional fortaleció la trazabilidad de los flujos financieros ilícitos en la región.",
  "Las comunidades rurales participaron en la planeación de los programas de sustitución de cultivos.",
  "El informe analiza la evolución de la minería ilegal y su impacto en los ecosistemas del Pacífico.",
  "La educación técnica en zonas fronterizas amplió las oportunidades de empleo para los jóvenes.",
  "¿Qué resultados obtuvieron las mesas de diálogo? Según la evaluación, más de lo esperado.",
  "Los niños y niñas de las veredas accedieron a conectividad gracias a la alianza público-privada.",
  "La Policía Nacional y la Fiscalía compartieron información mediante un protocolo común.",
  "¡Ésta es la lección principal! La confianza institucional se construye con resultados medibles.",
];

/** A small seeded generator, so every run produces the same documents. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Paragraphs of 4–6 sentences, alternating languages paragraph by paragraph. */
export function sampleParagraphs(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const pool = index % 2 === 0 ? ENGLISH : SPANISH;
    const sentences = 4 + Math.floor(next() * 3);
    return Array.from({ length: sentences }, () => pool[Math.floor(next() * pool.length)]).join(" ");
  });
}

/** Pages of paragraphs, each page starting with a marker ("Page N") tests can look for. */
export function samplePages(pageCount: number, paragraphsPerPage = 4): string[][] {
  return Array.from({ length: pageCount }, (_, i) => [`Page ${i + 1} marker`, ...sampleParagraphs(paragraphsPerPage, i + 1)]);
}
