import type { SeedDocument } from "../types";

export const ruralDocuments: SeedDocument[] = [
  {
    type: "BEST_PRACTICE",
    slug: "community-maintained-tertiary-roads-placa-huella",
    title: "Community-built and maintained rural roads using concrete track strips",
    summary:
      "Community action boards in Meta and Caquetá built 214 km of concrete track-strip (placa huella) rural roads and kept them passable year-round through paid local maintenance crews, halving travel time to market.",
    body: `## The problem

Colombia has roughly **140,000 km of tertiary roads**, most of them dirt tracks that become impassable in the rainy season. For smallholders, that means coffee, cacao and plantain rot at the farm gate, and transport costs can absorb a third of the sale price. Conventional paving is too expensive for low-traffic roads, and municipalities lack maintenance budgets.

## The approach

Between 2017 and 2019, the Hemispheric Development Facility co-financed a program that put **community action boards** (juntas de acción comunal) in charge:

1. **Placa huella design**: two concrete strips for wheels with a stone-and-concrete center, built only on slopes and wet sections, with gravel elsewhere. Cost: about 35% of full paving per km.
2. **Community contracting**: boards signed contracts with the municipality, hired local labor and bought materials, with a technical supervisor from the departmental government.
3. **Maintenance crews**: each board employs two to four residents part-time to clear drains and culverts, paid from a fund financed by the municipality and a small contribution per harvest.
4. **Open books**: expenses posted monthly on a board at the community hall and reviewed in public assemblies.

## Results

| Indicator | Before | After (2019) |
|---|---|---|
| Km built or rehabilitated | – | 214 |
| Travel time to municipal market (avg.) | 3.2 hours | 1.5 hours |
| Days per year road is impassable | 95 | 8 |
| Freight cost per 60 kg bag | USD 4.10 | USD 2.30 |

Audits found costs **22% lower** than comparable works tendered to contractors, with no major quality issues.

## Lessons

- Technical supervision must be continuous; boards can manage money and labor but need engineering support for drainage.
- *Maintenance is the real challenge*: roads without a maintenance fund deteriorated within two winters.
- Transparency in spending reduced conflicts and deterred attempts by armed groups to extort the works.

Design manual and contract templates: [example.org/rural-roads](https://example.org/rural-roads).`,
    language: "en",
    publicationDate: "2019-04-02",
    countries: ["CO"],
    sectors: ["MULTILATERAL", "GOVERNMENT", "CIVIL_SOCIETY"],
    tags: ["rural roads", "community contracting", "infrastructure maintenance", "market access", "transparency"],
    authorNames: ["Daniel Brooks", "Jairo Hernán Cubillos"],
    organization: "hemispheric-development-facility",
    contributor: "contributor.gov@puente.test",
    focusAreas: ["infrastructure-and-connectivity", "agriculture-and-rural-development"],
    metrics: [
      { label: "Rural roads built or rehabilitated", value: 214, unit: "km", year: 2019 },
      { label: "Change in travel time to market", value: -53, unit: "%", kind: "PERCENT_CHANGE", direction: "LOWER", year: 2019 },
      { label: "Cost savings vs. contractor works", value: 22, unit: "%", year: 2019 },
    ],
    problem:
      "Dirt tertiary roads become impassable in the rainy season, raising transport costs for smallholders, and municipalities cannot afford conventional paving or maintenance.",
    approach:
      "Community action boards built low-cost concrete track-strip roads under contract with municipalities, with technical supervision, paid local maintenance crews and public accounts.",
    outcomes:
      "214 km were built or rehabilitated, travel time to market fell by half, impassable days dropped from 95 to 8 a year, and costs were 22% below contractor works.",
    lessonsLearned:
      "Provide continuous engineering supervision, secure a maintenance fund from day one, and keep spending transparent to prevent conflict and extortion.",
    partners:
      "Hemispheric Development Facility; municipalities of Meta and Caquetá; departmental road secretariats; 46 community action boards.",
    location: "Meta and Caquetá, Colombia",
  },
  {
    type: "RESEARCH",
    slug: "cacao-value-chains-farmer-income-post-conflict",
    title: "Cacao value chains and farmer income in post-conflict municipalities",
    summary:
      "Household survey of 1,400 cacao producers in 22 post-conflict municipalities shows that farmers who ferment and sell through cooperatives earn 38% more, while most still earn less per hectare than from coca.",
    body: `## Background

Cacao is the flagship crop of Colombia's **alternative development** efforts. It grows in the same agroclimatic zones as coca, suits agroforestry and has a growing premium market. But does it provide incomes that make farmers stay out of illicit crops?

## Data and methods

- Survey of **1,400 cacao-producing households** in 22 PDET (post-conflict priority) municipalities across Antioquia, Arauca, Meta, Tolima and Santander, conducted in 2019.
- Detailed production cost modules and sales records.
- Comparison with published estimates of coca leaf and paste income in the same regions.
- Regression analysis of income by marketing channel, controlling for farm size, yield and distance to market.

## Results

| Marketing channel | Share of farmers | Net income per ha per year (USD) |
|---|---|---|
| Wet beans to local intermediary | 46% | 410 |
| Dry beans to intermediary | 31% | 560 |
| Fermented beans through cooperative | 19% | 770 |
| Direct sale to specialty buyer | 4% | 1,120 |

- Cooperative members earn **38% more** than similar farmers selling dry beans to intermediaries.
- Average yields (410 kg/ha) are well below the 800 kg/ha achievable with grafting and pruning.
- For most farmers, net income per hectare from cacao remains lower than from coca, though cacao offers legality, lower risk and access to credit.

## Implications

1. Invest in **post-harvest**: fermentation and drying centers raise incomes more than planting more area.
2. Support cooperatives with working capital so they can pay on delivery, as coca buyers do.
3. Combine cacao with other income sources (timber, fruit, livestock in silvopastoral systems) rather than expecting a single crop to match coca.

## Data note

Prices were converted at the 2019 average exchange rate. Coca income estimates come from published regional studies and carry wide uncertainty, so comparisons should be read as orders of magnitude.

Survey instrument and anonymized data: [example.org/cacao-income-survey](https://example.org/cacao-income-survey).`,
    language: "en",
    publicationDate: "2020-02-11",
    countries: ["CO"],
    sectors: ["ACADEMIA", "PRIVATE_SECTOR"],
    tags: ["cacao", "value chains", "farmer income", "alternative development", "cooperatives"],
    authorNames: ["Emily Whitaker", "Sergio Andrés Quintana"],
    organization: "southern-atlantic-university",
    contributor: "contributor.us@puente.test",
    focusAreas: ["agriculture-and-rural-development", "community-and-social-development", "counternarcotics"],
    metrics: [
      { label: "Households surveyed", value: 1400, unit: "households", year: 2019 },
      { label: "Income premium for cooperative members", value: 38, unit: "%", kind: "PERCENT_CHANGE", year: 2019 },
    ],
    abstract:
      "A survey of 1,400 cacao households in 22 post-conflict municipalities shows that fermenting and selling through cooperatives raises net income by 38%, though cacao alone rarely matches coca income per hectare.",
    methodology:
      "Household survey with production cost modules, regression of net income on marketing channel with controls for farm size, yield and market distance, and comparison with coca income estimates.",
    doi: "10.5555/puente.2020.004",
  },
  {
    type: "BEST_PRACTICE",
    slug: "pago-servicios-ambientales-deforestacion-guaviare",
    title: "Pago por servicios ambientales para frenar la deforestación en Guaviare",
    summary:
      "Acuerdos de conservación con 860 familias campesinas en la frontera agrícola de Guaviare protegieron 41.000 hectáreas de bosque a cambio de pagos semestrales y apoyo a sistemas productivos sostenibles.",
    body: `## El problema

Guaviare es uno de los núcleos de **deforestación** de la Amazonía colombiana. El bosque se tala para ganadería extensiva, acaparamiento de tierras y, en menor medida, cultivos de coca. Las familias campesinas de la frontera agrícola reciben presiones para talar y tienen pocos ingresos alternativos.

## El esquema

El Fondo Territorial para el Campo implementó entre 2019 y 2022 un esquema de **pago por servicios ambientales (PSA)**:

1. **Acuerdo voluntario** por predio: la familia se compromete a conservar el bosque existente y restaurar las rondas hídricas.
2. **Pago semestral** de 300.000 a 600.000 pesos por hectárea conservada, según el tamaño del predio, con un tope por familia.
3. **Monitoreo satelital** mensual con alertas tempranas de pérdida de bosque y verificación en campo por técnicos locales.
4. **Apoyo productivo**: sistemas agroforestales con cacao, copoazú y caucho, y ganadería silvopastoril en áreas ya intervenidas.
5. Acuerdos veredales con las juntas de acción comunal para la vigilancia colectiva.

## Resultados

| Indicador | 2019 | 2022 |
|---|---|---|
| Familias con acuerdo | 310 | 860 |
| Hectáreas de bosque bajo acuerdo | 14.200 | 41.000 |
| Deforestación en predios con acuerdo (ha/año) | 1.020 | 140 |
| Cumplimiento verificado | 88% | 94% |

La deforestación en las veredas participantes cayó un **72%** más que en veredas similares sin PSA.

## Lecciones

- Los pagos funcionan si llegan **a tiempo** y si el monitoreo es creíble; un atraso de un semestre provocó incumplimientos.
- El PSA solo no basta: sin alternativas productivas, las familias no pueden mantener el compromiso.
- *La presión de grupos armados y acaparadores* no se resuelve con pagos; requiere presencia institucional y judicialización de los grandes deforestadores.

Guía operativa y formatos: [example.org/psa-guaviare](https://example.org/psa-guaviare).`,
    language: "es",
    publicationDate: "2022-12-06",
    countries: ["CO"],
    sectors: ["GOVERNMENT", "CIVIL_SOCIETY"],
    tags: ["deforestación", "pago por servicios ambientales", "amazonía", "sistemas agroforestales", "guaviare"],
    authorNames: ["Luisa Fernanda Cárdenas", "Wilson Ferney Castañeda", "Ana Milena Bermúdez"],
    organization: "fondo-territorial-campo",
    contributor: "contributor.rural@puente.test",
    focusAreas: ["environment-and-climate", "agriculture-and-rural-development"],
    metrics: [
      { label: "Hectáreas de bosque conservadas", value: 41000, unit: "ha", year: 2022 },
      { label: "Familias con acuerdo de conservación", value: 860, unit: "familias", year: 2022 },
      { label: "Cambio en la deforestación", value: -72, unit: "%", kind: "PERCENT_CHANGE", direction: "LOWER", year: 2022 },
    ],
    problem:
      "La frontera agrícola de Guaviare concentra la deforestación por ganadería y acaparamiento de tierras, y las familias campesinas tienen pocos ingresos alternativos.",
    approach:
      "Acuerdos voluntarios de conservación con pagos semestrales por hectárea, monitoreo satelital mensual, apoyo a sistemas agroforestales y vigilancia colectiva por vereda.",
    outcomes:
      "860 familias protegen 41.000 hectáreas de bosque, con 94% de cumplimiento verificado y una reducción de la deforestación del 72% frente a veredas comparables.",
    lessonsLearned:
      "Los pagos deben ser puntuales y el monitoreo creíble; el PSA necesita alternativas productivas y presencia institucional frente a los grandes deforestadores.",
    partners:
      "Fondo Territorial para el Campo; juntas de acción comunal de San José del Guaviare y El Retorno; corporación ambiental regional; cooperativas de cacao y copoazú.",
    location: "San José del Guaviare y El Retorno, Guaviare, Colombia",
  },
  {
    type: "REPORT",
    slug: "amazon-deforestation-environmental-crime-2021",
    title: "Deforestation and environmental crime in the Colombian Amazon, 2020–2021",
    summary:
      "Regional monitoring report linking deforestation hotspots in the Colombian Amazon to land grabbing, illegal cattle ranching, road building and coca, with recommendations for investigations against financiers.",
    body: `## Scope

This report covers deforestation in Caquetá, Guaviare, Meta and Putumayo between **January 2020 and June 2021**, combining satellite alerts with information on criminal dynamics gathered by the observatory's field network.

## Main figures

| Department | Forest loss 2020 (ha) | Share inside protected areas or reserves |
|---|---|---|
| Caquetá | 32,900 | 21% |
| Meta | 29,100 | 48% |
| Guaviare | 25,600 | 37% |
| Putumayo | 12,200 | 14% |

Around **100,000 hectares** were lost in these four departments in 2020, the majority in an "arc of deforestation" along the agricultural frontier.

## Drivers

1. **Land grabbing** for speculation: forest is cleared and pasture sown to claim possession, often financed by actors outside the region.
2. **Illegal cattle ranching**, with cattle laundered into legal supply chains through auctions and transport permits.
3. **Illegal roads**: 1,400 km of unauthorized tracks detected in 2020, opening new fronts.
4. Coca cultivation contributes a smaller but significant share, mostly in Putumayo and Guaviare.
5. Armed groups regulate clearing, charge fees and, in some areas, impose limits to maintain territorial control.

## Enforcement gaps

- Operations focus on small farmers caught clearing, not on **financiers** and land traders.
- Cattle traceability is weak: transport permits do not verify the origin farm's deforestation status.
- Prosecutors lack remote-sensing evidence standards accepted by judges.

## Recommendations

- Financial investigations into land and cattle transactions in deforestation hotspots.
- Link cattle movement permits to satellite deforestation data.
- Joint training with US partners on environmental crime evidence and illicit finance.

## Method note

Forest loss figures come from monthly satellite alerts validated against annual high-resolution mosaics, with a minimum mapping unit of one hectare. Attribution of drivers combines land-cover change after clearing (pasture, crops, roads) with 52 interviews with community leaders, officials and ranchers. Estimates of coca's share overlay the annual coca census on deforested polygons.

Maps and methodology: [example.org/amazon-deforestation-2021](https://example.org/amazon-deforestation-2021).`,
    language: "en",
    publicationDate: "2021-09-14",
    countries: ["CO", "REGIONAL"],
    sectors: ["MULTILATERAL", "GOVERNMENT"],
    tags: ["deforestation", "amazon", "environmental crime", "land grabbing", "cattle ranching"],
    authorNames: ["Juan Pablo Restrepo", "Natalia Giraldo Posada"],
    organization: "observatorio-andino-drogas-delito",
    contributor: "contributor.finance@puente.test",
    focusAreas: ["environment-and-climate", "security-and-defense", "transnational-crime-and-illicit-finance"],
    metrics: [
      { label: "Forest loss in four departments", value: 99800, unit: "ha", direction: "LOWER", year: 2020 },
      { label: "Illegal roads detected", value: 1400, unit: "km", year: 2020 },
    ],
    issuingBody: "Observatorio Andino sobre Drogas y Delito",
    periodStart: "2020-01-01",
    periodEnd: "2021-06-30",
  },
  {
    type: "RESEARCH",
    slug: "land-formalization-agricultural-credit",
    title: "Land title formalization and access to agricultural credit: evidence from a phased rollout",
    summary:
      "Study using the staggered rollout of a land formalization program in 40 municipalities to estimate its effect on smallholders' access to formal credit, investment and land disputes. Submitted for review.",
    body: `## Motivation

Around half of Colombia's rural properties lack a formal title. Without one, smallholders cannot use land as collateral, struggle to access **agricultural credit** and are exposed to dispossession. Formalization is a pillar of rural reform, but evidence on its economic effects in Colombia is thin.

## Identification strategy

The land agency rolled out its "massive formalization" approach in **40 municipalities** in phases between 2018 and 2023, based on administrative readiness rather than farmer characteristics. We exploit this staggered timing:

- Treatment: veredas where the formalization sweep was completed.
- Comparison: veredas scheduled for later phases.
- Estimator: staggered difference-in-differences robust to heterogeneous effects.

## Data

- Land registry and cadastre records for 96,000 parcels.
- Loan-level data from the agricultural development bank and two microfinance institutions.
- Household survey of 2,000 smallholders on investment and disputes.

## Preliminary results

| Outcome | Effect 2 years after titling |
|---|---|
| Share of households with formal credit | +9.4 percentage points |
| Average loan size | +27% |
| Investment in perennial crops (coffee, cacao, fruit) | +15% |
| Reported land disputes | −31% |

1. Effects are larger for **women-headed households**, who were more often excluded before titling.
2. Credit effects appear only where a bank branch or correspondent is within 20 km.
3. No evidence that titling led to land sales to large buyers within two years.

## Limitations and next steps

The two-year horizon may miss longer-run effects, including land concentration. We are adding 2024 data and testing for spillovers to neighboring veredas before finalizing.

## Implementation notes

The formalization sweeps visited every parcel in a vereda rather than waiting for individual requests, which reduced the cost per title from about USD 1,100 to USD 260. Sweeps took 8–14 months per municipality. Where cadastre updates were not completed at the same time, new titles could not be registered, delaying effects in four municipalities.

Pre-analysis plan: [example.org/land-formalization-pap](https://example.org/land-formalization-pap).`,
    language: "en",
    status: "IN_REVIEW",
    submittedDaysAgo: 2,
    publicationDate: "2025-05-19",
    countries: ["CO"],
    sectors: ["ACADEMIA", "GOVERNMENT"],
    tags: ["land tenure", "land titling", "agricultural credit", "smallholders", "rural reform"],
    authorNames: ["Luisa Fernanda Cárdenas", "Matthew Olsen", "Diego Alejandro Rincón"],
    organization: "universidad-cordillera-central",
    contributor: "contributor.rural@puente.test",
    focusAreas: ["agriculture-and-rural-development", "governance-and-rule-of-law"],
    abstract:
      "Exploiting the phased rollout of land formalization in 40 municipalities, the study finds that titling raises access to formal credit by 9.4 percentage points and reduces land disputes by 31% within two years.",
    methodology:
      "Staggered difference-in-differences on registry, loan-level and survey data for 96,000 parcels and 2,000 households, comparing early and late formalization phases.",
    doi: "10.5555/puente.2025.012",
  },
];
