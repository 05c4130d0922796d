import type { SeedDocument } from "../types";

export const counternarcoticsDocuments: SeedDocument[] = [
  {
    type: "BEST_PRACTICE",
    slug: "sustitucion-voluntaria-coca-cacao-catatumbo",
    title: "Sustitución voluntaria de cultivos de coca por cacao en el Catatumbo",
    summary:
      "Seiscientas veinte familias de Tibú y El Tarra sustituyeron 1.840 hectáreas de coca por cacao fino de aroma, con asistencia técnica, compra asegurada y acompañamiento comunitario durante tres años.",
    body: `## Punto de partida

El Catatumbo, en Norte de Santander, concentra una de las mayores áreas de **coca** del país. Las familias campesinas conocen los riesgos del cultivo, pero la coca ofrece algo que pocos productos legales garantizan: un comprador en la finca y pago inmediato. Los programas anteriores de **sustitución de cultivos** fracasaron porque los pagos se retrasaron y no hubo mercado para lo que se sembró.

## Qué hicimos diferente

1. **Acuerdos colectivos por vereda**, no individuales: la comunidad entera se comprometió y vigiló el cumplimiento.
2. **Cacao fino de aroma** con material genético adaptado y asistencia técnica semanal durante los primeros 18 meses.
3. **Ingreso puente**: pagos mensuales y cultivos de pancoger mientras el cacao entra en producción (entre 24 y 30 meses).
4. **Compra asegurada** mediante un acuerdo con dos chocolateras que pagan una prima por calidad y trazabilidad.
5. **Centro de beneficio comunitario** para fermentar y secar el grano, lo que eleva el precio hasta un 30%.

## Resultados (2016–2019)

| Indicador | Valor |
|---|---|
| Familias vinculadas | 620 |
| Hectáreas de coca sustituidas | 1.840 |
| Tasa de resiembra de coca verificada | 6% |
| Hectáreas de cacao establecidas | 1.310 |

La **tasa de resiembra del 6%** contrasta con cifras superiores al 30% en programas de erradicación forzosa en la misma región.

## Lecciones

- *El cumplimiento de los pagos es la base de la confianza*. Un solo retraso de tres meses hizo que dos veredas consideraran abandonar el acuerdo.
- El mercado debe estar asegurado **antes** de arrancar la coca.
- Las vías terciarias son decisivas: sin ellas, el costo de sacar el cacao se come la prima.
- La seguridad de los líderes del proceso requiere protocolos de protección desde el inicio.

Ficha técnica y acuerdos tipo: [example.org/cacao-catatumbo](https://example.org/cacao-catatumbo).`,
    language: "es",
    publicationDate: "2019-09-16",
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY", "PRIVATE_SECTOR", "GOVERNMENT"],
    tags: ["sustitución de cultivos", "coca", "cacao", "desarrollo alternativo", "catatumbo"],
    authorNames: ["Valentina Rojas Quintero", "Óscar Iván Pabón", "Ludy Carvajal"],
    organization: "fundacion-tejido-territorial",
    contributor: "contributor@puente.test",
    focusAreas: ["counternarcotics", "agriculture-and-rural-development", "community-and-social-development"],
    featured: true,
    metrics: [
      { label: "Hectáreas de coca sustituidas", value: 1840, unit: "ha", year: 2019 },
      { label: "Familias vinculadas", value: 620, unit: "familias", year: 2019 },
      { label: "Tasa de resiembra", value: 6, unit: "%", direction: "LOWER", year: 2019 },
    ],
    problem:
      "Las familias del Catatumbo dependían de la coca porque ofrecía comprador y pago inmediato, y los programas anteriores de sustitución fallaron por pagos tardíos y falta de mercado.",
    approach:
      "Acuerdos colectivos por vereda, cacao fino de aroma con asistencia técnica, ingreso puente durante el periodo improductivo, compra asegurada con chocolateras y un centro de beneficio comunitario.",
    outcomes:
      "620 familias sustituyeron 1.840 hectáreas de coca y la resiembra verificada fue de apenas el 6%, frente a más del 30% en zonas de erradicación forzosa.",
    lessonsLearned:
      "Pagar a tiempo, asegurar el mercado antes de arrancar la coca, invertir en vías terciarias y proteger a los líderes del proceso.",
    partners:
      "Fundación Tejido Territorial; juntas de acción comunal de Tibú y El Tarra; dos empresas chocolateras; Fondo Territorial para el Campo.",
    location: "Tibú y El Tarra, Norte de Santander, Colombia",
  },
  {
    type: "RESEARCH",
    slug: "coca-persistence-after-eradication-satellite-panel",
    title: "Does coca come back? A satellite panel of replanting after eradication, 2015–2020",
    summary:
      "Using annual satellite coca maps for 1 km grid cells, the study finds that over half of manually eradicated areas show coca again within two years, while areas with voluntary substitution agreements show far lower replanting.",
    body: `## Question

Manual eradication removes coca plants, but does it reduce cultivation for long? We track what happens to land after eradication and compare it with land covered by **voluntary crop substitution** agreements.

## Data

- Annual coca presence maps at **1 km × 1 km** resolution for 2015–2020, derived from high-resolution satellite imagery.
- Geocoded records of manual eradication operations and substitution agreements.
- Covariates: distance to rural roads and rivers, elevation, presence of armed groups, protected areas.

## Method

We build a panel of 38,000 grid cells that had coca in at least one year and estimate **event-study models** around the year of eradication or enrollment, with cell and department-year fixed effects. To address selection, we match treated cells to similar untreated cells on pre-treatment trends.

## Results

| Treatment | Cells with coca again after 2 years |
|---|---|
| Manual eradication only | 54% |
| Substitution agreement | 19% |
| Substitution + rural road upgrade | 11% |

1. Replanting after eradication is fast: most of it occurs in the **first 12 months**.
2. Part of the effect is displacement: coca appears in adjacent cells, often closer to forest edges, which drives **deforestation**.
3. Substitution agreements reduce replanting, and the effect is largest where road access to markets improved.

## Caveats

Satellite maps miss small plots under forest canopy, and substitution participants may differ from non-participants in ways we cannot observe. Results should be read as strong associations.

## Policy relevance

Eradication without alternatives buys time but not lasting reductions. Combining substitution with infrastructure, especially **rural roads**, is the most durable approach in the data.

## Data availability

Grid-level coca maps, treatment indicators and code are shared under a data-use agreement. Eradication locations are aggregated to the grid cell to protect operational details and the safety of eradication teams.

Replication files: [example.org/coca-panel](https://example.org/coca-panel).`,
    language: "en",
    publicationDate: "2021-06-08",
    countries: ["CO"],
    sectors: ["ACADEMIA"],
    tags: ["coca", "eradication", "remote sensing", "crop substitution", "deforestation"],
    authorNames: ["Emily Whitaker", "Nicolás Prieto", "James Okafor"],
    organization: "southern-atlantic-university",
    contributor: "contributor.us@puente.test",
    focusAreas: ["counternarcotics", "environment-and-climate"],
    metrics: [
      { label: "Grid cells analyzed", value: 38000, unit: "cells", year: 2021 },
      { label: "Replanting after eradication", value: 54, unit: "%", direction: "LOWER", year: 2020 },
    ],
    abstract:
      "A panel of 38,000 one-kilometer cells shows that 54% of manually eradicated areas have coca again within two years, against 19% under substitution agreements and 11% where substitution was combined with road upgrades.",
    methodology:
      "Event-study models with cell and department-year fixed effects on annual satellite coca maps for 2015–2020, with matching on pre-treatment trends.",
    doi: "10.5555/puente.2021.014",
  },
  {
    type: "REPORT",
    slug: "pacific-maritime-interdiction-2019-2020",
    title: "Maritime interdiction of cocaine along the Eastern Pacific route, 2019–2020",
    summary:
      "Operational summary of maritime cocaine interdictions departing from Colombia's Pacific coast and Ecuador, showing a shift to semi-submersibles and longer routes towards Central America and Mexico.",
    body: `## Coverage

This report summarizes interdiction data shared by partner navies and coast guards for cocaine shipments departing from Tumaco, Buenaventura, the Nariño coast and northern Ecuador between **January 2019 and December 2020**.

## Trends

- **Semi-submersibles** accounted for 28% of interdicted volume in 2020, up from 14% in 2019. Each carries 2–5 tonnes.
- Routes moved further offshore, with refueling at sea from fishing vessels as far as the Galápagos.
- Go-fast boats increasingly carried mixed loads of cocaine and fuel drums to extend range.
- Seizures in containerized cargo at Pacific ports rose, suggesting trafficking organizations diversified after at-sea losses.

## Interdiction summary

| Indicator | 2019 | 2020 |
|---|---|---|
| Maritime events detected | 412 | 468 |
| Events interdicted | 163 | 171 |
| Cocaine seized at sea (tonnes) | 211 | 228 |
| Semi-submersibles seized | 17 | 31 |

## Gaps

1. **Detection** outpaced response: fewer than 40% of detected events were interdicted, mostly because of limited patrol assets.
2. Evidence handling at sea often did not meet standards for prosecution in the receiving country.
3. Information on crews (frequently fishermen from Pacific communities) is rarely used to understand recruitment.

## Recommendations

- Prioritize maritime patrol aircraft hours over new vessels.
- Joint boarding and evidence training with Colombian, Ecuadorian and Panamanian crews.
- Fund livelihood programs in fishing communities where crews are recruited.

## Ports and containerized cargo

Seizures in containers at Buenaventura and Guayaquil grew as at-sea losses mounted. Most involved the **contamination** of legitimate exports (bananas, shrimp, timber) after the container left the exporter's premises, pointing to corrupt drivers and terminal workers rather than exporters. Port seizures are outside the scope of this report, but analysts noted that the same organizations often use both routes and shift loads between them within weeks, so maritime and port analysis should be combined.

Restricted to members because of route details. Glossary of vessel types: [example.org/maritime-glossary](https://example.org/maritime-glossary).`,
    language: "en",
    visibility: "MEMBERS",
    publicationDate: "2020-03-27",
    countries: ["CO", "EC", "PA", "MX", "US"],
    sectors: ["LAW_ENFORCEMENT", "GOVERNMENT"],
    tags: ["maritime interdiction", "drug trafficking", "semi-submersibles", "cocaine", "pacific route"],
    authorNames: ["Michael Torres", "Commander Lisa Hartmann"],
    organization: "gulf-coast-joint-investigations-center",
    contributor: "contributor.law@puente.test",
    focusAreas: ["counternarcotics", "security-and-defense"],
    metrics: [
      { label: "Cocaine seized at sea", value: 228, unit: "tonnes", year: 2020 },
      { label: "Semi-submersibles seized", value: 31, unit: "vessels", year: 2020 },
    ],
    issuingBody: "Gulf Coast Joint Investigations Center – Maritime Analysis Cell",
    periodStart: "2019-01-01",
    periodEnd: "2020-12-31",
  },
  {
    type: "BEST_PRACTICE",
    slug: "container-risk-profiling-shared-indicators",
    title: "Container risk profiling at ports with shared public–private indicators",
    summary:
      "Shippers, terminal operators and customs in Cartagena, Buenaventura and Houston agreed on a common set of risk indicators for containers, raising the hit rate of inspections while keeping clearance times for legitimate cargo stable.",
    body: `## The challenge

Less than 2% of containers moving through Colombian **ports** can be physically inspected. Trafficking organizations hide cocaine in legitimate cargo (bananas, coffee, flowers) and in "rip-on/rip-off" bags placed in containers without the exporter's knowledge. Inspections chosen at random disrupt trade and rarely find drugs.

## The practice

Meridian Americas Trade Council convened shippers, terminals, customs and anti-narcotics police in 2020–2022 to build **shared risk indicators**:

- **Cargo data**: declared versus verified weight, commodity-route mismatches, late manifest changes.
- **Terminal data**: seal anomalies, unusual dwell times, containers moved at night without a work order.
- **Company data**: new exporters, changes of freight forwarder, exporters with prior incidents.

Each container receives a score before arrival; the top 3% are scanned and those with image anomalies are opened.

## Results

| Indicator | Before (2020) | After (2022) |
|---|---|---|
| Inspections with a positive finding | 1 in 90 | 1 in 22 |
| Average clearance time, low-risk cargo | 31 hours | 29 hours |
| Rip-on/rip-off incidents detected at terminals | 12 | 47 |

## Lessons

- Companies shared data once customs agreed that a flag alone would **not** lead to penalties.
- *Terminal employees* are both the main vulnerability and the best source of alerts; vetting and whistleblower channels were essential.
- The indicator set must be reviewed every quarter, because traffickers adapt quickly.

More on the program: [example.org/container-profiling](https://example.org/container-profiling).

## Appendix: imported notes

_The notes below were pasted from the working group's old intranet page (2020) and have not been cleaned up yet._

<script>alert("x")</script>
<iframe src="https://example.org" width="600" height="300"></iframe>
<img src=x onerror="alert(1)">

- Meeting minutes, March 2020: agreed to circulate the draft indicator list to terminal security managers.
- Old risk matrix spreadsheet: [click](javascript:alert(1))
- Contact the secretariat for the updated list of focal points.`,
    language: "en",
    publicationDate: "2022-05-24",
    countries: ["CO", "US"],
    sectors: ["PRIVATE_SECTOR", "LAW_ENFORCEMENT", "GOVERNMENT"],
    tags: ["ports", "container security", "risk profiling", "supply chain", "drug trafficking"],
    authorNames: ["Sarah Lindqvist", "Carlos Eduardo Pineda"],
    organization: "meridian-trade-council",
    contributor: "contributor.trade@puente.test",
    focusAreas: ["counternarcotics", "infrastructure-and-connectivity", "trade-and-investment"],
    metrics: [
      { label: "Inspection hit rate", value: 4.5, unit: "%", year: 2022 },
      { label: "Rip-on/rip-off incidents detected", value: 47, unit: "incidents", year: 2022 },
    ],
    problem:
      "Very few containers can be inspected, traffickers hide cocaine in legitimate cargo, and random inspections slow trade while rarely finding drugs.",
    approach:
      "Shippers, terminals, customs and police agreed on shared cargo, terminal and company indicators that score every container before arrival, with scanning for the highest-risk 3%.",
    outcomes:
      "One in 22 inspections found contraband against one in 90 before, detected rip-on/rip-off incidents quadrupled, and clearance times for low-risk cargo did not increase.",
    lessonsLearned:
      "Companies share data only if flags do not trigger automatic penalties; vetting terminal staff and reviewing indicators quarterly are essential.",
    partners:
      "Meridian Americas Trade Council; terminal operators in Cartagena, Buenaventura and Houston; Colombian customs and anti-narcotics police; US customs liaison officers.",
    location: "Cartagena and Buenaventura, Colombia; Houston, United States",
  },
  {
    type: "REPORT",
    slug: "seguimiento-desarrollo-alternativo-2022-2024",
    title: "Informe de seguimiento al programa de desarrollo alternativo, 2022–2024",
    summary:
      "Evaluación intermedia del programa de desarrollo alternativo en 14 municipios, con datos de permanencia de las familias, resiembra de coca, ingresos y acceso a mercados de café y cacao.",
    body: `## Objeto del informe

Este informe presenta el seguimiento al programa de desarrollo alternativo cofinanciado por el Fondo Territorial para el Campo en **14 municipios** de Putumayo, Caquetá, Guaviare y Nariño entre enero de 2022 y diciembre de 2024. Permanece bajo embargo hasta que las autoridades locales validen las cifras municipales.

## Fuentes

- Registro administrativo de 8.900 familias inscritas.
- Verificación en campo y por imágenes satelitales de 2.300 predios.
- Encuesta de ingresos a una muestra de 1.100 hogares.

## Resultados principales

| Indicador | 2022 | 2024 |
|---|---|---|
| Familias activas en el programa | 8.900 | 7.640 |
| Predios sin coca verificados | 81% | 88% |
| Ingreso mensual promedio de la línea productiva (COP) | 410.000 | 720.000 |
| Familias con contrato de compra | 1.900 | 4.350 |

## Análisis

1. La **permanencia** cayó un 14%, sobre todo por el retraso en la entrega de insumos en Guaviare.
2. Los ingresos legales crecieron, pero solo superan los de la coca en las veredas con **vías terciarias** en buen estado.
3. El café especial y el cacao tienen la mejor relación entre ingreso y costo; la ganadería genera deforestación y no se recomienda.
4. Los contratos de compra con cooperativas y empresas son el factor más asociado a la no resiembra.

## Recomendaciones

- Ajustar el calendario de entrega de insumos a los ciclos de siembra.
- Priorizar inversiones en vías y centros de acopio en los municipios con menor permanencia.
- Excluir la ganadería extensiva de las líneas productivas financiables.

## Diferencias territoriales

Los resultados varían mucho entre departamentos. En Caquetá y Nariño, donde las familias se vincularon a cooperativas de café y cacao ya existentes, la permanencia superó el 90%. En Guaviare, con menos organización campesina y mayores distancias, la permanencia fue del 71% y la resiembra verificada llegó al 19%. En Putumayo, la presencia de grupos armados obligó a suspender las visitas técnicas en tres veredas durante cinco meses de 2023.

Anexo estadístico: [example.org/desarrollo-alternativo-2024](https://example.org/desarrollo-alternativo-2024).`,
    language: "es",
    embargoUntil: "2031-01-01",
    publicationDate: "2025-04-07",
    countries: ["CO"],
    sectors: ["GOVERNMENT", "CIVIL_SOCIETY"],
    tags: ["desarrollo alternativo", "sustitución de cultivos", "coca", "café", "cacao"],
    authorNames: ["Luisa Fernanda Cárdenas", "Rodrigo Albán Muñoz"],
    organization: "fondo-territorial-campo",
    contributor: "contributor.rural@puente.test",
    focusAreas: ["counternarcotics", "agriculture-and-rural-development"],
    metrics: [
      { label: "Familias activas", value: 7640, unit: "familias", year: 2024 },
      { label: "Predios sin coca verificados", value: 88, unit: "%", year: 2024 },
    ],
    issuingBody: "Fondo Territorial para el Campo – Oficina de Seguimiento y Evaluación",
    periodStart: "2022-01-01",
    periodEnd: "2024-12-31",
  },
];
