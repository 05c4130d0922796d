import type { SeedDocument } from "../types";

export const energyDocuments: SeedDocument[] = [
  {
    type: "BEST_PRACTICE",
    slug: "community-solar-minigrids-la-guajira",
    title: "Community-owned solar mini-grids in Wayuu settlements of La Guajira",
    summary:
      "Twelve solar mini-grids owned and operated by Wayuu communities brought reliable electricity to 1,250 households that the national grid will not reach this decade, with tariffs that cover maintenance.",
    body: `## The context

La Guajira has some of the best solar and wind resources in South America, yet thousands of Wayuu households in dispersed *rancherías* have no electricity. Extending the grid costs more than USD 6,000 per household, and earlier donations of individual solar kits failed within three years because nobody was responsible for batteries and repairs.

## The model

The Hemispheric Development Facility financed twelve mini-grids between 2019 and 2021 with three design principles:

1. **Community ownership.** Each mini-grid belongs to an association registered by the traditional authority, which sets tariffs and rules.
2. **Local operators.** Two people per settlement (at least one woman) were trained as technicians over 120 hours.
3. **Productive uses first.** Sizing included water pumping and desalination, refrigeration for fish and goat milk, and a school computer room.

Each system combines 30–60 kWp of solar panels with lithium batteries, prepaid meters and remote monitoring.

## Results

| Indicator | 2021 |
|---|---|
| Households connected | 1,250 |
| Average availability | 98.6% |
| Monthly tariff per household | USD 4.80 |
| Share of O&M costs covered by tariffs | 100% |
| Liters of safe water pumped per day | 36,000 |

## Lessons

- *Consultation is not a formality.* Projects took 8–11 months of prior consultation; rushing it would have doomed them.
- Tariffs must cover battery replacement; a reserve fund is mandatory in each association's bylaws.
- Remote monitoring lets a regional technician spot faults before they become outages.
- Renewable energy projects near large wind farms must avoid raising expectations of jobs that will not come.

## Costs

Capital costs averaged USD 3,900 per household, about 35% less than grid extension, with the Facility financing 80% and the departmental government 20%. Battery replacement is expected after 10–12 years and is funded from each association's reserve account.

Technical specifications and bylaws template: [example.org/guajira-minigrids](https://example.org/guajira-minigrids).`,
    language: "en",
    publicationDate: "2021-10-04",
    countries: ["CO"],
    sectors: ["MULTILATERAL", "CIVIL_SOCIETY"],
    tags: ["renewable energy", "solar mini-grids", "energy access", "indigenous communities", "la guajira"],
    authorNames: ["Daniel Brooks", "Yanelis Epiayú", "Marco Antonio Pushaina"],
    organization: "hemispheric-development-facility",
    contributor: "contributor.gov@puente.test",
    focusAreas: ["energy", "community-and-social-development"],
    metrics: [
      { label: "Households connected", value: 1250, unit: "households", year: 2021 },
      { label: "System availability", value: 98.6, unit: "%", year: 2021 },
      { label: "Local technicians trained", value: 24, unit: "people", year: 2021 },
    ],
    problem:
      "Dispersed Wayuu settlements lack electricity, grid extension is too expensive, and donated solar kits failed because no one maintained them.",
    approach:
      "Community-owned solar mini-grids with trained local operators, prepaid tariffs covering maintenance, and sizing that prioritizes water pumping, refrigeration and schools.",
    outcomes:
      "1,250 households connected with 98.6% availability and tariffs that fully cover operation and maintenance, plus 36,000 liters of safe water a day.",
    lessonsLearned:
      "Take the time for prior consultation, build battery replacement into tariffs, and use remote monitoring to prevent outages.",
    partners:
      "Hemispheric Development Facility; Wayuu traditional authorities and associations; departmental government of La Guajira; a regional technical college.",
    location: "Uribia and Manaure, La Guajira, Colombia",
  },
  {
    type: "RESEARCH",
    slug: "transicion-energetica-regalias-municipios-carboniferos",
    title: "Transición energética y regalías: escenarios fiscales para los municipios carboníferos del Cesar y La Guajira",
    summary:
      "Modelación de la caída de las regalías del carbón entre 2024 y 2040 en nueve municipios, con escenarios de diversificación económica y de sustitución de ingresos mediante energías renovables.",
    body: `## Planteamiento

La demanda mundial de carbón térmico caerá en las próximas dos décadas. Para los municipios del **Cesar y La Guajira**, las regalías del carbón financian buena parte de la inversión en agua, vías y educación. ¿Qué pasará con sus finanzas y qué alternativas tienen?

## Metodología

- Construcción de una base fiscal 2012–2023 para nueve municipios productores.
- Tres escenarios de producción de carbón (cierre acelerado, gradual y tendencial) combinados con trayectorias de precios internacionales.
- Estimación del potencial de ingresos por **energías renovables** (eólica y solar) a partir de los proyectos con licencia o en trámite.

## Resultados

| Escenario | Caída de regalías en 2035 frente a 2023 | Municipios con déficit de inversión |
|---|---|---|
| Tendencial | −38% | 3 de 9 |
| Gradual | −61% | 6 de 9 |
| Acelerado | −85% | 9 de 9 |

1. En todos los escenarios, **La Jagua de Ibirico y Barrancas** pierden más del 40% de sus ingresos de inversión.
2. Las transferencias por generación eólica y solar compensan, en el mejor caso, un tercio de la pérdida.
3. La diversificación agrícola (palma, frutales, ganadería sostenible) depende de resolver el acceso al agua.

## Recomendaciones

- Crear un **fondo de transición** con parte de las regalías actuales.
- Atar las licencias de proyectos renovables a compromisos de empleo local y formación técnica.
- Priorizar la inversión en distritos de riego y vías terciarias antes del cierre de las minas.
- Garantizar *transparencia* en la distribución de los nuevos ingresos con tableros públicos.

## Empleo

Además del impacto fiscal, la minería de carbón genera cerca de 12.000 empleos directos en la zona de estudio, con salarios superiores al promedio regional. Los proyectos eólicos y solares crean muchos empleos durante la construcción, pero pocos durante la operación: el estudio estima entre 0,3 y 0,5 empleos permanentes por megavatio instalado.

Modelo fiscal en hoja de cálculo: [example.org/transicion-regalias](https://example.org/transicion-regalias).`,
    language: "es",
    visibility: "MEMBERS",
    publicationDate: "2024-10-28",
    countries: ["CO"],
    sectors: ["ACADEMIA", "GOVERNMENT"],
    tags: ["transición energética", "regalías", "carbón", "energías renovables", "finanzas municipales"],
    authorNames: ["Luisa Fernanda Cárdenas", "Ricardo Mestre Oñate"],
    organization: "universidad-cordillera-central",
    contributor: "contributor.rural@puente.test",
    focusAreas: ["energy", "governance-and-rule-of-law", "environment-and-climate"],
    metrics: [{ label: "Municipios modelados", value: 9, unit: "municipios", year: 2024 }],
    abstract:
      "El estudio modela la caída de las regalías del carbón en nueve municipios del Cesar y La Guajira bajo tres escenarios y concluye que los ingresos de las energías renovables solo compensan una parte de la pérdida.",
    methodology:
      "Base fiscal municipal 2012–2023, escenarios de producción y precios del carbón y estimación de transferencias de proyectos eólicos y solares con licencia.",
    doi: "10.5555/puente.2024.008",
  },
  {
    type: "REPORT",
    slug: "offshore-wind-green-hydrogen-pipeline-2024",
    title: "Offshore wind and green hydrogen project pipeline review, 2024",
    summary:
      "Review of the offshore wind and green hydrogen project pipeline on Colombia's Caribbean coast, covering permitting timelines, port readiness, grid connection and opportunities for US investors. Embargoed pending the auction results.",
    body: `## Purpose

This review assesses the status of **offshore wind** and **green hydrogen** projects on Colombia's Caribbean coast as of December 2024, to inform US investment promotion and technical cooperation. It is under embargo until the results of the offshore wind auction are final.

## Pipeline overview

| Project stage | Offshore wind (GW) | Green hydrogen (MW electrolysis) |
|---|---|---|
| Concept / pre-feasibility | 6.2 | 1,450 |
| Temporary occupation permit | 3.1 | 120 |
| Environmental licensing | 0.35 | 20 |
| Under construction | 0 | 5 |

## Key constraints

1. **Permitting**: environmental licensing and prior consultation with coastal communities are the longest steps, estimated at 3–5 years.
2. **Ports**: no Caribbean port yet has the quay strength and laydown area to assemble 15 MW turbines; Cartagena and Barranquilla need upgrades estimated at USD 300–450 million.
3. **Grid**: transmission lines from La Guajira to load centers are delayed by years, which affects both onshore and offshore projects.
4. **Offtake**: green hydrogen projects lack long-term buyers; export to US Gulf Coast terminals is the most discussed option but requires ammonia conversion.

## Opportunities for cooperation

- US technical support on offshore wind permitting frameworks and marine spatial planning.
- Financing for port upgrades through development finance institutions.
- Workforce programs for technicians in Barranquilla and Riohacha.
- Pilot offtake agreements linking Colombian producers to US ammonia and fertilizer users.

## Risks

Community opposition linked to onshore wind projects in La Guajira, currency volatility and changes in the regulatory framework are the main risks identified by investors interviewed.

## Comparison with the US Gulf Coast

US Gulf states face similar bottlenecks: port readiness, transmission and offtake for hydrogen. Cooperation between port authorities on heavy-lift quay design, installation vessel availability and workforce certification would benefit both sides. Several developers interviewed are active in both markets, which creates a practical channel for exchanging lessons on permitting and community benefit agreements.

Methodology note: [example.org/offshore-wind-pipeline](https://example.org/offshore-wind-pipeline).`,
    language: "en",
    embargoUntil: "2031-01-01",
    publicationDate: "2025-01-21",
    countries: ["CO", "US"],
    sectors: ["GOVERNMENT", "PRIVATE_SECTOR"],
    tags: ["offshore wind", "green hydrogen", "renewable energy", "ports", "investment"],
    authorNames: ["Daniel Brooks", "Catalina Jaramillo", "Eric Sundberg"],
    organization: "hemispheric-partnership-office",
    contributor: "contributor.gov@puente.test",
    focusAreas: ["energy", "trade-and-investment"],
    metrics: [{ label: "Offshore wind capacity in pipeline", value: 9.65, unit: "GW", year: 2024 }],
    issuingBody: "Office of Hemispheric Security and Prosperity Partnerships – Energy Desk",
    periodStart: "2024-01-01",
    periodEnd: "2024-12-31",
  },
  {
    type: "REPORT",
    slug: "energy-sector-cyber-incidents-review-2018-2019",
    title: "Cyber incidents affecting electricity and hydrocarbon operators, 2018–2019",
    summary:
      "Review of 64 reported cyber incidents at electricity, oil and gas operators in the Andean region, with a focus on operational technology exposure and the state of incident reporting.",
    body: `## Scope and sources

This report reviews **64 cyber incidents** reported by electricity utilities, pipeline operators and refineries in Colombia, Ecuador and Peru between January 2018 and June 2019. Sources include national CSIRT bulletins, operator interviews and public disclosures.

## What happened

- Most incidents (41) affected corporate IT: phishing, commodity malware and early **ransomware** strains.
- 9 incidents reached **operational technology** (OT) networks, mostly through engineering workstations connected to both IT and control networks.
- No incident caused a blackout or physical damage, but two forced manual operation of substations for more than 24 hours.

| Incident type | Count |
|---|---|
| Phishing and credential theft | 22 |
| Malware and ransomware | 19 |
| Unauthorized remote access | 11 |
| Website defacement / DDoS | 8 |
| Insider misuse | 4 |

## Structural weaknesses

1. **Flat networks**: fewer than a third of operators separated IT and OT networks with controlled gateways.
2. Vendors kept permanent remote access to control systems with shared passwords.
3. Incident reporting was voluntary and inconsistent; most operators reported only when services were affected.

## Recommendations

- Mandatory, confidential incident reporting for critical infrastructure operators.
- Network segmentation and monitored vendor access as conditions in concession contracts.
- Joint exercises between operators, regulators and national CSIRTs, with US partners sharing lessons from grid security exercises.
- Include cybersecurity in planning for **renewable energy** assets, whose inverters and remote monitoring add new entry points.

## Reporting practices

Only 11 of the 27 operators interviewed had a written incident response plan that covered operational technology, and only 5 had tested it in an exercise during the previous year. Several engineers said they would report an incident to the regulator only if it caused an outage, fearing penalties and reputational harm. Peer exchanges with US utilities, where sector information-sharing centers are well established, were repeatedly mentioned as the most useful form of cooperation.

Full incident taxonomy: [example.org/energy-cyber-2019](https://example.org/energy-cyber-2019).`,
    language: "en",
    publicationDate: "2019-11-05",
    countries: ["CO", "EC", "PE", "REGIONAL"],
    sectors: ["GOVERNMENT", "PRIVATE_SECTOR"],
    tags: ["critical infrastructure", "operational technology", "energy sector", "incident reporting", "ransomware"],
    authorNames: ["Daniel Brooks", "Mariana Echeverri"],
    organization: "hemispheric-partnership-office",
    contributor: "contributor.gov@puente.test",
    focusAreas: ["cybersecurity", "energy"],
    metrics: [
      { label: "Incidents reviewed", value: 64, unit: "incidents", year: 2019 },
      { label: "Incidents reaching OT networks", value: 9, unit: "incidents", direction: "LOWER", year: 2019 },
    ],
    issuingBody: "Office of Hemispheric Security and Prosperity Partnerships – Critical Infrastructure Desk",
    periodStart: "2018-01-01",
    periodEnd: "2019-06-30",
  },
];
