import type { SeedDocument } from "../types";

export const justiceDocuments: SeedDocument[] = [
  {
    type: "RESEARCH",
    slug: "security-sector-personnel-retention-study",
    title: "Why trained officers leave: retention in Colombian specialized police units",
    summary:
      "Mixed-methods study of attrition among officers trained in US-supported specialized courses, finding that a third leave their unit within three years and identifying rotation rules as the main driver.",
    body: `## Motivation

Cooperation programs invest heavily in specialized training for investigators, analysts and maritime officers. If those officers are rotated out or leave the force, the investment is lost. There is little systematic data on how long trained personnel stay in the units they were trained for.

## Research design

We combined three sources:

- **Administrative records** for 1,240 officers who completed specialized courses between 2015 and 2021.
- A **survey** of 512 current and former course participants.
- **42 semi-structured interviews** with unit commanders and human-resources staff.

## Preliminary findings

1. **34% of trained officers left their specialized unit within three years**; most were rotated to unrelated posts rather than leaving the police.
2. Mandatory rotation rules and promotion requirements (which reward time in command posts) explain most departures.
3. Officers trained in *financial investigations* and *cyber forensics* had the highest private-sector exit rates, with salary gaps of 2–3 times.
4. Units that offered a defined specialist career track retained twice as many officers.

| Specialty | Still in unit after 3 years |
|---|---|
| Maritime interdiction | 72% |
| Criminal analysis | 64% |
| Financial investigation | 55% |
| Cyber forensics | 49% |

## Policy options under discussion

- Minimum service commitments linked to course enrollment.
- A specialist promotion track that does not require command rotations.
- Selection criteria that favor officers with at least five years remaining before eligibility for rotation.

## What commanders told us

Commanders described a tension between the need to staff frontline posts and the desire to keep specialists. Several said they lost their best analysts at promotion time because promotion boards valued command experience above technical skill. Human-resources staff noted that the personnel database has no flag identifying officers who completed donor-funded specialized courses, so rotation decisions are made without that information.

*This draft is under review; figures may change after the final data cleaning.* Survey instrument: [example.org/retention-survey](https://example.org/retention-survey).`,
    language: "en",
    status: "IN_REVIEW",
    submittedDaysAgo: 6,
    publicationDate: "2025-03-12",
    countries: ["CO", "US"],
    sectors: ["ACADEMIA", "LAW_ENFORCEMENT"],
    tags: ["police training", "personnel retention", "capacity building", "human resources", "security cooperation"],
    authorNames: ["Emily Whitaker", "Camilo Andrés Bernal"],
    organization: "southern-atlantic-university",
    contributor: "contributor.us@puente.test",
    focusAreas: ["security-and-defense", "education-and-exchanges"],
    abstract:
      "The study tracks officers trained in specialized courses between 2015 and 2021 and finds that a third leave their unit within three years. Rotation and promotion rules, not exits from the force, drive most of the loss.",
    methodology:
      "Administrative records for 1,240 officers, a survey of 512 participants and 42 interviews with commanders and human-resources staff, analyzed with survival models and thematic coding.",
    url: "https://example.org/research/retention-specialized-units",
  },
  {
    type: "BEST_PRACTICE",
    slug: "neighborhood-drone-patrol-pilot-proposal",
    title: "Neighborhood drone patrols run by community watch groups",
    summary:
      "Proposal to let community watch volunteers in Soacha operate camera drones and share footage with police. Rejected by review because of privacy and legal concerns.",
    body: `## Proposal

Community watch groups in two neighborhoods of Soacha asked to operate **camera drones** during evening hours and share live footage with the local police station through a messaging group.

## Rationale given

- Residents report slow police response to burglaries and street robbery.
- Drones are cheap (around USD 600 per unit) and volunteers were already trained to fly them.
- Footage could help identify suspects and support complaints.

## Planned activities

1. Purchase of four drones with night cameras.
2. Flight schedule of 19:00–23:00, five nights a week.
3. Sharing of footage with police through a chat group.
4. Monthly meetings with the station commander.

## Expected results

- Faster police response to incidents reported by volunteers.
- Fewer burglaries in the two neighborhoods within six months.

## Open questions

- Whether civil aviation rules allow these flights over residential areas.
- How recorded footage would be stored and for how long.
- Consent of residents who would be filmed.

## Budget and timeline

| Item | Cost (USD) |
|---|---|
| Four drones with night cameras | 2,400 |
| Spare batteries and chargers | 600 |
| Volunteer training and insurance | 1,100 |
| **Total** | **4,100** |

The groups proposed a six-month pilot starting in October 2024, with a review meeting at month three. Volunteers would be recruited from the existing watch groups, which already patrol on foot two nights a week, and would fly in pairs. No written agreement with the police station or the municipality had been drafted at the time of submission.

*Reviewer note (summary): the practice has not been implemented, there is no evidence of results, and the proposal raises unresolved privacy, data-protection and aviation-law issues. See the coalition guidance on surveillance technologies at [example.org/surveillance-guidance](https://example.org/surveillance-guidance).*`,
    language: "en",
    status: "REJECTED",
    publicationDate: "2024-08-05",
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY"],
    tags: ["drones", "neighborhood watch", "surveillance", "privacy"],
    authorNames: ["Valentina Rojas Quintero"],
    organization: "fundacion-tejido-territorial",
    contributor: "contributor@puente.test",
    focusAreas: ["security-and-defense", "technology-and-innovation"],
    problem:
      "Residents of two Soacha neighborhoods report slow police response to burglaries and street robbery at night.",
    approach:
      "Community watch volunteers would fly camera drones in the evenings and share live footage with the local police station through a chat group.",
    outcomes: "Not yet implemented; no results are available.",
    lessonsLearned:
      "Surveillance proposals need a legal and data-protection assessment before they are piloted.",
    partners: "Fundación Tejido Territorial; community watch groups of Soacha.",
    location: "Soacha, Cundinamarca, Colombia",
  },
  {
    type: "BEST_PRACTICE",
    slug: "binational-fellowship-police-prosecutors",
    title: "A binational fellowship for investigators and prosecutors",
    summary:
      "A ten-week fellowship placing Colombian investigators and prosecutors with US counterparts, and vice versa, built working relationships that later shortened evidence requests in joint cases.",
    body: `## Why a fellowship

Training courses transfer techniques, but joint cases depend on **people who know and trust each other**. Colombian prosecutors told us that the hardest part of a transnational case was not the law but knowing whom to call. The fellowship was designed to build those relationships deliberately.

## Program design

Southern Atlantic University's Center for Andean Studies has run the fellowship since 2016:

- **Cohorts of 16**: eight Colombians (investigators, prosecutors, financial analysts) and eight US participants from federal, state and local agencies.
- **Ten weeks**: two weeks of joint coursework on evidence standards, asset forfeiture and mutual legal assistance; six weeks embedded in a host office in the other country; two weeks developing a joint project.
- **Language support**: intensive Spanish or English before placement, since language was the main barrier in the first cohort.
- **Alumni network** with an annual meeting and a secure contact directory.

## Results (cohorts 2016–2019)

| Indicator | Value |
|---|---|
| Fellows trained | 112 |
| Fellows still in investigative roles after 2 years | 81% |
| Joint cases involving at least one alumni pair | 37 |
| Median time for informal evidence pre-check (alumni pairs) | 6 days |
| Median time without alumni contact | 34 days |

Alumni pairs were involved in several **money laundering** and **drug trafficking** cases where early informal coordination avoided duplicate requests.

## Lessons learned

1. *Placements matter more than coursework*: fellows rated the embedded weeks as the most valuable component.
2. Selection should favor mid-career staff likely to remain in investigative roles.
3. Host offices need a named mentor and a real caseload to share; observer-only placements add little.
4. Keep the network alive: relationships faded where alumni did not meet again within a year.

Curriculum outline: [example.org/binational-fellowship](https://example.org/binational-fellowship).`,
    language: "en",
    publicationDate: "2019-07-23",
    countries: ["US", "CO"],
    sectors: ["ACADEMIA", "LAW_ENFORCEMENT", "GOVERNMENT"],
    tags: ["exchanges", "fellowship", "prosecutors", "capacity building", "international cooperation"],
    authorNames: ["Emily Whitaker", "Ricardo Londoño Vélez"],
    organization: "southern-atlantic-university",
    contributor: "contributor.us@puente.test",
    focusAreas: ["education-and-exchanges", "security-and-defense", "governance-and-rule-of-law"],
    metrics: [
      { label: "Fellows trained", value: 112, unit: "people", year: 2019 },
      { label: "Joint cases with alumni pairs", value: 37, unit: "cases", year: 2019 },
    ],
    problem:
      "Transnational cases stalled because investigators and prosecutors in the two countries did not know whom to contact or trust, and formal requests took months.",
    approach:
      "A ten-week binational fellowship combining joint coursework, six-week placements in counterpart offices, language support and an active alumni network.",
    outcomes:
      "112 fellows trained, 81% still in investigative roles after two years, and informal evidence pre-checks between alumni took 6 days instead of 34.",
    lessonsLearned:
      "Embedded placements with real caseloads are the core of the program; select mid-career staff and keep the alumni network active.",
    partners:
      "Southern Atlantic University – Center for Andean Studies; Colombian prosecution service; US federal, state and local investigative agencies.",
    location: "United States and Colombia",
  },
  {
    type: "RESEARCH",
    slug: "casas-de-justicia-tiempos-resolucion",
    title: "Casas de justicia y resolución de conflictos cotidianos: tiempos, costos y satisfacción",
    summary:
      "Estudio de 4.300 casos atendidos en doce casas de justicia que muestra que la conciliación resuelve los conflictos familiares y vecinales en una fracción del tiempo de los juzgados, con alta satisfacción de los usuarios.",
    body: `## Introducción

Las **casas de justicia** reúnen en un mismo lugar a comisarías de familia, inspecciones de policía, conciliadores, personería y fiscalía local. Su objetivo es acercar la justicia a los barrios y resolver los conflictos cotidianos antes de que escalen a la violencia. Sin embargo, hay poca evidencia sobre su desempeño.

## Metodología

- Revisión de **4.300 expedientes** de 2016 y 2017 en doce casas de justicia de seis departamentos.
- Encuesta telefónica a 1.050 usuarios seis meses después de la atención.
- Entrevistas con 36 funcionarios y observación de jornadas de atención.
- Comparación de tiempos con procesos equivalentes en juzgados civiles y de familia.

## Resultados

| Tipo de conflicto | Tiempo promedio en casa de justicia | Tiempo promedio en juzgado |
|---|---|---|
| Cuota alimentaria | 34 días | 11 meses |
| Conflictos entre vecinos | 21 días | 9 meses |
| Deudas pequeñas | 28 días | 14 meses |

1. El 68% de los casos terminó en **acuerdo conciliatorio**, y el 77% de esos acuerdos se cumplía seis meses después.
2. La satisfacción de los usuarios fue alta (4,1 sobre 5), sobre todo por el trato y la cercanía.
3. Los casos de **violencia intrafamiliar** tuvieron peores resultados: las medidas de protección se otorgaron rápido, pero el seguimiento fue débil.
4. La rotación de funcionarios y la falta de sistemas de información limitan la capacidad de las casas.

## Recomendaciones

- Crear un sistema de información común para todas las casas de justicia, con indicadores públicos.
- Reforzar los equipos psicosociales para el seguimiento de casos de violencia intrafamiliar.
- Extender el modelo a zonas rurales mediante **casas de justicia móviles**.
- Vincular a los conciliadores en equidad, líderes comunitarios formados para resolver conflictos.

Informe completo y anexos: [example.org/casas-de-justicia](https://example.org/casas-de-justicia).`,
    language: "es",
    publicationDate: "2018-06-26",
    countries: ["CO"],
    sectors: ["ACADEMIA", "GOVERNMENT"],
    tags: ["acceso a la justicia", "casas de justicia", "conciliación", "justicia local", "violencia intrafamiliar"],
    authorNames: ["Hernán Darío Gil", "Luisa Fernanda Cárdenas"],
    organization: "universidad-cordillera-central",
    contributor: "contributor.rural@puente.test",
    focusAreas: ["governance-and-rule-of-law", "community-and-social-development"],
    metrics: [
      { label: "Expedientes analizados", value: 4300, unit: "casos", year: 2018 },
      { label: "Casos resueltos por conciliación", value: 68, unit: "%", year: 2018 },
    ],
    abstract:
      "A partir de 4.300 expedientes y una encuesta a 1.050 usuarios, el estudio muestra que las casas de justicia resuelven conflictos cotidianos en semanas en lugar de meses, con alta satisfacción, aunque el seguimiento de la violencia intrafamiliar es débil.",
    methodology:
      "Revisión de expedientes de doce casas de justicia, encuesta telefónica de seguimiento, entrevistas a funcionarios y comparación de tiempos con procesos judiciales equivalentes.",
    doi: "10.5555/puente.2018.002",
  },
  {
    type: "BEST_PRACTICE",
    slug: "acompanamiento-lideresas-sociales-amenazadas",
    title: "Protocolo interno de acompañamiento a lideresas sociales amenazadas",
    summary:
      "Protocolo de uso interno de la Fundación para acompañar a lideresas sociales amenazadas: evaluación de riesgo, medidas de autoprotección, ruta institucional y atención psicosocial para ellas y sus familias.",
    body: `## Para qué sirve este protocolo

Las **lideresas sociales** que acompañamos enfrentan amenazas por defender la tierra, denunciar el reclutamiento o promover la sustitución de cultivos. Además del riesgo para su vida, sufren estigmatización y violencia basada en género. Este protocolo ordena cómo actúa el equipo de la Fundación cuando una lideresa reporta una amenaza.

## Pasos del acompañamiento

1. **Recepción** (primeras 24 horas): escucha, registro mínimo de los hechos y acuerdo sobre qué información se puede compartir.
2. **Evaluación de riesgo** con la matriz de la Fundación: tipo de amenaza, actor, antecedentes, red de apoyo y vulnerabilidad de la familia.
3. **Plan de autoprotección** construido con ella: rutas, horarios, contactos de emergencia, manejo de redes sociales.
4. **Ruta institucional**: acompañamiento a la denuncia ante la fiscalía y solicitud de medidas ante la Unidad Nacional de Protección, con seguimiento semanal de la respuesta.
5. **Atención psicosocial** individual y familiar, con profesionales con enfoque de género.
6. **Seguimiento** quincenal durante al menos seis meses.

## Casos atendidos en 2022

| Indicador | Valor |
|---|---|
| Lideresas acompañadas | 38 |
| Solicitudes de protección presentadas | 29 |
| Medidas de protección otorgadas | 17 |
| Reubicaciones temporales | 6 |

## Aprendizajes

- La respuesta institucional tarda en promedio **53 días**; el plan de autoprotección cubre ese vacío.
- Las medidas *materiales* (chalecos, celulares) no sirven si no se ajustan a la vida rural; se priorizan medidas colectivas.
- El cuidado del equipo también es parte del protocolo: supervisión psicológica mensual para quienes acompañan.

## Articulación con aliados

Cuando el riesgo supera la capacidad de la Fundación, se activa la red de organizaciones aliadas para la reubicación temporal y se informa a la Defensoría del Pueblo el mismo día.

*Documento de uso interno. No compartir nombres ni detalles de casos fuera de la Fundación.* Formatos: [example.org/protocolo-lideresas](https://example.org/protocolo-lideresas).`,
    language: "es",
    visibility: "ORGANIZATION",
    publicationDate: "2023-02-20",
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY"],
    tags: ["lideresas sociales", "protección", "enfoque de género", "atención psicosocial", "guía interna"],
    authorNames: ["Valentina Rojas Quintero", "Claudia Patricia Herrera"],
    organization: "fundacion-tejido-territorial",
    contributor: "contributor@puente.test",
    focusAreas: ["community-and-social-development", "security-and-defense", "governance-and-rule-of-law"],
    metrics: [
      { label: "Lideresas acompañadas", value: 38, unit: "lideresas", year: 2022 },
      { label: "Medidas de protección otorgadas", value: 17, unit: "medidas", year: 2022 },
    ],
    problem:
      "Las lideresas sociales acompañadas por la Fundación reciben amenazas y violencia basada en género, y la respuesta institucional de protección es lenta.",
    approach:
      "Protocolo de seis pasos: recepción, evaluación de riesgo, plan de autoprotección, ruta institucional, atención psicosocial con enfoque de género y seguimiento quincenal.",
    outcomes:
      "En 2022 se acompañó a 38 lideresas, se presentaron 29 solicitudes de protección y se obtuvieron 17 medidas.",
    lessonsLearned:
      "El plan de autoprotección cubre la demora institucional; las medidas deben adaptarse a la vida rural y el equipo también necesita cuidado.",
    partners:
      "Fundación Tejido Territorial; organizaciones de mujeres rurales; Defensoría del Pueblo; personerías municipales.",
    location: "Cauca, Norte de Santander y Bogotá, Colombia",
  },
];
