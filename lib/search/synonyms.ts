// Bilingual domain synonyms, one list for both engines: each group is a set of phrases that
// mean the same thing in the coalition's work, in English and Spanish. A query for any phrase
// of a group also finds documents that use another one.
export const synonymGroups: readonly (readonly string[])[] = [
  ["drug trafficking", "narcotrafficking", "narcotráfico", "tráfico de drogas", "tráfico de estupefacientes"],
  ["money laundering", "lavado de activos", "lavado de dinero", "blanqueo de capitales"],
  ["usmca", "t-mec", "tmec", "nafta", "tlcan"],
  ["free trade agreement", "fta", "tratado de libre comercio", "tlc", "acuerdo de libre comercio"],
  ["crop substitution", "sustitución de cultivos", "sustitución de cultivos ilícitos"],
  ["illicit crops", "cultivos ilícitos", "coca cultivation", "cultivos de coca"],
  ["counternarcotics", "antinarcóticos", "lucha antidrogas", "counter-narcotics"],
  ["illicit finance", "finanzas ilícitas", "financiamiento ilícito"],
  ["organized crime", "crimen organizado", "delincuencia organizada"],
  ["transnational crime", "crimen transnacional", "delincuencia transnacional"],
  ["human trafficking", "trata de personas", "trafficking in persons"],
  ["migrant smuggling", "tráfico de migrantes"],
  ["cybersecurity", "ciberseguridad", "cyber security", "seguridad digital"],
  ["ransomware", "secuestro de datos"],
  ["rule of law", "estado de derecho"],
  ["anti-corruption", "anticorrupción", "lucha contra la corrupción"],
  ["renewable energy", "energía renovable", "energías renovables"],
  ["climate change", "cambio climático"],
  ["deforestation", "deforestación"],
  ["rural development", "desarrollo rural"],
  ["land restitution", "restitución de tierras"],
  ["peace agreement", "acuerdo de paz", "peace accord"],
  ["community policing", "policía comunitaria", "policía de proximidad"],
  ["education exchange", "intercambio educativo", "intercambios académicos", "academic exchange"],
  ["small and medium enterprises", "smes", "pymes", "pequeñas y medianas empresas"],
  ["foreign direct investment", "fdi", "inversión extranjera directa", "ied"],
  ["port security", "seguridad portuaria"],
  ["customs", "aduanas"],
  ["extradition", "extradición"],
  ["asset forfeiture", "extinción de dominio", "decomiso de bienes"],
];

/** Every phrase mapped to the other phrases of its groups (Meilisearch's synonyms setting). */
export function synonymMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of synonymGroups) {
    for (const phrase of group) map[phrase] = [...new Set([...(map[phrase] ?? []), ...group.filter((p) => p !== phrase)])];
  }
  return map;
}
