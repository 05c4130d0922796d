// The generated bilingual corpus of search:bench (seeded, reproducible): Zipf-skewed words
// from a security/trade/development vocabulary in English and Spanish, log-uniform lengths,
// and queries of 1-3 words from the same vocabulary. search:bench-load inserts it into the
// platform's database so that its search load runs against more than the seed.
import type { SearchDocument, SearchFocusArea } from "../../lib/search/types";
import { focusAreas as seedFocusAreas } from "../../prisma/seed/data/focus-areas";
import { mulberry32 } from "./random";

const EN = `security defense border police military cooperation community region conflict violence citizen crime
transnational illicit finance money laundering trade mining network asset recovery intelligence financial counternarcotics
coca cultivation cocaine production drug trafficking interdiction alternative development public health investment export
agreement nearshoring climate energy transition renewable rural land reform peace accord victims justice human rights
migration venezuelan refugees integration education health water infrastructure ports logistics customs tariff agriculture
coffee flowers cacao avocado farmers cooperative market access credit small business entrepreneurship innovation technology
digital connectivity internet data privacy cyber governance corruption transparency accountability institutions court
prosecutor evidence investigation extradition program policy strategy evaluation impact outcome indicator survey analysis
report research study findings recommendation government ministry department agency embassy partnership alliance bilateral
coalition stakeholder civil society academia private sector women youth indigenous afro colombian ethnic inclusion gender
environment deforestation amazon biodiversity conservation carbon emissions forest protection illegal logging river pollution
mercury gold emerald oil gas pipeline electricity prices inflation growth employment informal labor wages poverty inequality
housing urban city municipality department budget spending tax revenue debt exports imports tourism transport roads airport`.split(/\s+/);
const ES = `seguridad defensa frontera policía militar cooperación comunidad región conflicto violencia ciudadano crimen
transnacional ilícito finanzas lavado activos comercio minería red recuperación inteligencia financiera narcotráfico
coca cultivo cocaína producción tráfico drogas interdicción desarrollo alternativo salud pública inversión exportación
acuerdo relocalización clima energía transición renovable rural tierras reforma paz víctimas justicia derechos humanos
migración venezolanos refugiados integración educación agua infraestructura puertos logística aduanas arancel agricultura
café flores cacao aguacate campesinos cooperativa mercado acceso crédito pequeña empresa emprendimiento innovación tecnología
digital conectividad datos privacidad ciberseguridad gobernanza corrupción transparencia rendición cuentas instituciones corte
fiscal pruebas investigación extradición programa política estrategia evaluación impacto resultado indicador encuesta análisis
informe estudio hallazgos recomendación gobierno ministerio departamento agencia embajada alianza bilateral coalición
actores sociedad civil academia sector privado mujeres jóvenes indígenas afrocolombianos étnico inclusión género
ambiente deforestación amazonía biodiversidad conservación carbono emisiones bosque protección tala ilegal río contaminación
mercurio oro esmeralda petróleo gasoducto electricidad precios inflación crecimiento empleo informal trabajo salarios pobreza
desigualdad vivienda urbano ciudad municipio presupuesto gasto impuestos ingresos deuda importaciones turismo transporte vías`.split(/\s+/);
const FUNCTION_EN = "the of and to in a for on with that by as is are from this which was be at".split(" ");
const FUNCTION_ES = "el la de y en los las para con que por del se una un es al como sobre más su".split(" ");
export const TYPES = ["BEST_PRACTICE", "RESEARCH", "REPORT"] as const;
const SECTORS = ["GOVERNMENT", "LAW_ENFORCEMENT", "CIVIL_SOCIETY", "PRIVATE_SECTOR", "ACADEMIA", "MULTILATERAL"] as const;
const COUNTRIES = ["CO", "US", "VE", "EC", "PE", "PA", "BR", "MX"];
export const ORGS = Array.from({ length: 20 }, (_, i) => ({ id: `bench-org-${i}`, slug: `org-${i}`, name: `Organization ${i} ${ES[i * 7]} ${EN[i * 5]}` }));

export function generator(seed: number) {
  const r = mulberry32(seed);
  const int = (n: number) => Math.floor(r() * n);
  const one = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  // Zipf-like: low indexes are frequent, the tail is rare (skews both word lists the same way).
  const zipf = <T>(xs: readonly T[]) => xs[Math.min(xs.length - 1, Math.floor(xs.length * r() ** 2.5))]!;
  const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + int(max) }, () => one(xs)))];
  const sentence = (lang: "en" | "es", words: number) => {
    const vocab = lang === "en" ? EN : ES, fn = lang === "en" ? FUNCTION_EN : FUNCTION_ES;
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(r() < 0.4 ? one(fn) : zipf(vocab));
    return out.join(" ");
  };
  const text = (lang: "en" | "es", words: number) => {
    const parts: string[] = [];
    for (let left = words; left > 0; ) {
      const n = Math.min(left, 8 + int(22));
      parts.push(sentence(lang, n) + ".");
      left -= n;
    }
    return parts.join(" ");
  };
  const focus: SearchFocusArea[] = seedFocusAreas.map((f) => ({ id: `fa-${f.slug}`, slug: f.slug, nameEn: f.nameEn, nameEs: f.nameEs }));
  return {
    r, int, one, zipf, focus,
    doc(i: number): SearchDocument {
      const language = r() < 0.55 ? "es" : "en";
      const words = Math.round(50 * 40 ** r()); // log-uniform 50..2,000 words
      const org = r() < 0.85 ? one(ORGS) : null;
      const visibility = r() < 0.6 ? "PUBLIC" : r() < 0.6 ? "MEMBERS" : "ORGANIZATION";
      const year = 2010 + int(16);
      const made: SearchDocument = {
        id: `bench-${i}`, slug: `bench-doc-${i}`, title: sentence(language, 4 + int(8)), summary: text(language, 30 + int(40)),
        body: text(language, words), bodyText: "", details: r() < 0.5 ? text(language, 20 + int(60)) : "", credits: "",
        tags: some(language === "en" ? EN : ES, 4), focusAreas: some(focus, 2), organization: org,
        countries: some(COUNTRIES, 2), sectors: some(SECTORS, 2), type: one(TYPES), language, year,
        date: Date.UTC(year, int(12), 1 + int(28)), visibility: visibility === "ORGANIZATION" && !org ? "MEMBERS" : visibility,
        organizationId: org?.id ?? null, contributorId: `bench-user-${int(300)}`,
        embargoUntil: r() < 0.02 ? Date.now() + 365 * 86_400_000 : null, chunks: [],
      };
      // Generated text has no Markdown: its plain text is itself (set here to keep the random sequence).
      made.bodyText = made.body;
      return made;
    },
    query(): string {
      const lang = r() < 0.5 ? "en" : "es";
      return Array.from({ length: 1 + int(3) }, () => zipf(lang === "en" ? EN : ES)).join(" ");
    },
    /** Distinct words of one language, as many as fit in `max` characters. */
    longQuery(max: number): string {
      const vocab = r() < 0.5 ? EN : ES;
      const words: string[] = [];
      for (let tries = 0; tries < 1000; tries++) {
        const word = one(vocab);
        if (words.includes(word)) continue;
        if ([...words, word].join(" ").length > max) break;
        words.push(word);
      }
      return words.join(" ");
    },
  };
}
