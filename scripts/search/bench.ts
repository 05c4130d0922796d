// npm run search:bench -- [--docs 100000] [--queries 200] [--engine postgres|meilisearch] [--db embedded|postgres] [--seed 1]
//   [--query-length short|long] [--during-rebuild]
// Generates a realistic bilingual corpus (seeded, reproducible), indexes it into a throwaway
// database through engine.rebuild, then measures query latency for short queries (1-3 words;
// or, with --query-length long, the longest the app accepts: 200 characters of distinct
// words) with and without filters, as an anonymous viewer and as a member of one organization,
// each query followed by the same query through a plain PostgreSQL full-text search
// (./bench-baseline.ts) so that both see the same noise; prints both, their ratio and the load
// average, as JSON. With --during-rebuild, it then rebuilds the index again while the anonymous
// queries run one after another (./bench-rebuild.ts).
import { searchAccessFilter } from "../../lib/search/access-filter";
import type { Filter } from "../../lib/search/filter";
import type { SearchDocument, SearchFilters, SearchFocusArea } from "../../lib/search/types";
import { SEARCH_QUERY_MAX } from "../../lib/validation/search";
import { focusAreas as seedFocusAreas } from "../../prisma/seed/data/focus-areas";
import { loadavg } from "node:os";
import { baselineSearch } from "./bench-baseline";
import { searchesDuringRebuild } from "./bench-rebuild";
import { inBatches, openHarness, parseArgs, pick, runMain } from "./harness";
import { percentile, round } from "./metrics";
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
const TYPES = ["BEST_PRACTICE", "RESEARCH", "REPORT"] as const;
const SECTORS = ["GOVERNMENT", "LAW_ENFORCEMENT", "CIVIL_SOCIETY", "PRIVATE_SECTOR", "ACADEMIA", "MULTILATERAL"] as const;
const COUNTRIES = ["CO", "US", "VE", "EC", "PE", "PA", "BR", "MX"];
const ORGS = Array.from({ length: 20 }, (_, i) => ({ id: `bench-org-${i}`, slug: `org-${i}`, name: `Organization ${i} ${ES[i * 7]} ${EN[i * 5]}` }));

function generator(seed: number) {
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

runMain("search:bench", async () => {
  const args = parseArgs(process.argv.slice(2));
  const count = Number(args.get("docs") ?? 100_000);
  const perScenario = Number(args.get("queries") ?? 200);
  const seed = Number(args.get("seed") ?? 1);
  if (!Number.isInteger(count) || count < 1) throw new Error("--docs must be a positive integer");
  const engineName = pick(args.get("engine"), ["postgres", "meilisearch"] as const, "postgres", "engine");
  const dbKind = pick(args.get("db"), ["postgres", "embedded"] as const, "embedded", "db");
  const queryLength = pick(args.get("query-length"), ["short", "long"] as const, "short", "query-length");
  const log = (s: string) => console.error(`[search:bench] ${s}`);

  const gen = generator(seed);
  const t0 = performance.now();
  const docs = Array.from({ length: count }, (_, i) => gen.doc(i));
  const totalWords = docs.reduce((n, d) => n + d.body.split(" ").length, 0);
  log(`generated ${count} documents (${Math.round(totalWords / count)} body words on average) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const harness = await openHarness(engineName, dbKind, log);
  try {
    const t1 = performance.now();
    await harness.engine.rebuild(inBatches(docs, 1000));
    const indexSeconds = (performance.now() - t1) / 1000;
    log(`indexed in ${indexSeconds.toFixed(1)} s`);

    const viewers: Record<string, Filter> = {
      anonymous: searchAccessFilter({ kind: "anonymous" }),
      orgMember: searchAccessFilter({ kind: "user", id: "bench-user-1", role: "MEMBER", verified: true, organizationIds: [ORGS[0]!.id], adminOrganizationIds: [], reviewerFocusAreaIds: [] }),
    };
    const queries = Array.from({ length: perScenario }, () => (queryLength === "long" ? gen.longQuery(SEARCH_QUERY_MAX) : gen.query()));
    const filtersFor = (i: number): SearchFilters => ({ type: [TYPES[i % 3]!], focusArea: [gen.focus[i % gen.focus.length]!.slug] });
    // Warm up (first queries pay for plan caching and cold pages).
    for (const q of queries.slice(0, 5)) await harness.engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20 }, viewers.anonymous!);

    const scenarios: Record<string, unknown> = {};
    const summary = (ms: number[]) => ({ p50_ms: round(percentile(ms, 50), 1), p95_ms: round(percentile(ms, 95), 1), p99_ms: round(percentile(ms, 99), 1), max_ms: round(Math.max(...ms), 1) });
    const load = [loadavg()[0]!];
    for (const [viewerName, access] of Object.entries(viewers)) {
      for (const filtered of [false, true]) {
        const ms: number[] = [];
        const baseline: number[] = [];
        let totalHits = 0;
        for (const [i, q] of queries.entries()) {
          const start = performance.now();
          const result = await harness.engine.search({ q, filters: filtered ? filtersFor(i) : {}, sort: "relevance", page: 1, pageSize: 20 }, access);
          ms.push(performance.now() - start);
          totalHits += result.total;
          if (engineName !== "postgres") continue;
          const plainStart = performance.now();
          await baselineSearch(harness.db, q);
          baseline.push(performance.now() - plainStart);
        }
        const name = `${viewerName}${filtered ? "+type+focusArea" : ""}`;
        const puente = summary(ms);
        const plain = baseline.length > 0 ? summary(baseline) : null;
        scenarios[name] = {
          queries: ms.length, ...puente, mean_total_hits: Math.round(totalHits / ms.length),
          ...(plain && { baseline: plain, ratio_p50: round(puente.p50_ms / plain.p50_ms, 2), ratio_p95: round(puente.p95_ms / plain.p95_ms, 2) }),
        };
        load.push(loadavg()[0]!);
        log(`${name}: ${JSON.stringify(scenarios[name])}`);
      }
    }
    const duringRebuild = args.has("during-rebuild") ? await searchesDuringRebuild(harness, docs, queries, viewers.anonymous!) : undefined;
    if (duringRebuild) log(`anonymous during a rebuild: ${JSON.stringify(duringRebuild)}`);
    load.push(loadavg()[0]!);
    console.log(JSON.stringify({
      engine: engineName, db: dbKind, docs: count, avg_body_words: Math.round(totalWords / count), seed,
      index_seconds: round(indexSeconds, 1), index_docs_per_s: round(count / indexSeconds, 1), page_size: 20, facets: "always",
      query_words: queryLength === "long" ? `${SEARCH_QUERY_MAX} characters` : "1-3", latency: scenarios, ...(duringRebuild && { during_rebuild: duringRebuild }),
      load_average_1m: { min: round(Math.min(...load), 2), max: round(Math.max(...load), 2) },
      baseline: "SearchEntry.tsv through its GIN index, ts_rank, top 20; no access filter, facets, totals or attachments",
    }));
  } finally {
    await harness.close();
  }
});
