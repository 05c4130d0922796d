import type { SeedDocument } from "../types";

export const securityDocuments: SeedDocument[] = [
  {
    type: "BEST_PRACTICE",
    slug: "real-time-crime-mapping-precinct-deployment",
    title: "Real-time crime mapping for precinct-level patrol deployment",
    summary:
      "A shared crime-mapping platform piloted with police in Barranquilla and Cali identified 25% more crime hotspots than the monthly static maps it replaced, letting commanders move patrols within the same shift.",
    body: `## Why static maps were not enough

Before the pilot, precinct commanders in Barranquilla and Cali planned patrols from a **monthly PDF map** of reported crimes. By the time the map was printed, hotspots had moved. Robberies around bus terminals, for example, shifted by two or three blocks week to week as offenders reacted to visible patrols.

## What was built

The Gulf Coast Joint Investigations Center and two Colombian metropolitan police commands set up a lightweight mapping stack that refreshed every 15 minutes:

1. **Ingestion** of emergency-line (123) calls, patrol reports and victim complaints, geocoded to the block level.
2. **Kernel density estimation** over a rolling 28-day window, weighted towards the last 72 hours.
3. **Shift briefings** where sergeants receive the top 10 micro-zones for their quadrant on a tablet.
4. **Feedback loop**: officers log a "presence" check-in each time they patrol a zone, so commanders can compare dosage against outcomes.

## Results

| Indicator (pilot precincts) | Baseline 2021 | 2022 |
|---|---|---|
| Hotspots identified per month | 48 | 60 |
| Median time from incident to map | 26 days | 15 minutes |
| Street robberies in treated zones | 100 (index) | 87 |

The platform identified **25% more hotspots** than the static method, mostly short-lived clusters of motorcycle robbery that the monthly map averaged away. A randomized comparison of 40 micro-zones showed a 13% reduction in street robbery where patrols followed the map, with no measurable displacement to adjacent blocks.

## Conditions for success

- *Data quality first*: about 18% of addresses failed to geocode at the start; a two-week clean-up with municipal cadastre data brought this below 5%.
- Keep the interface simple. Early versions with dozens of layers went unused.
- Publish the methodology. Community policing councils received monthly summaries, which reduced complaints that patrols were "targeting" particular neighborhoods.

The open-source configuration and training slides are available at [example.org/crime-mapping-kit](https://example.org/crime-mapping-kit).`,
    language: "en",
    publicationDate: "2022-10-14",
    countries: ["CO", "US"],
    sectors: ["LAW_ENFORCEMENT", "GOVERNMENT"],
    tags: ["crime mapping", "hotspot policing", "community policing", "data analytics", "patrol deployment"],
    authorNames: ["Michael Torres", "Diana Marcela Suárez", "Robert Ellison"],
    organization: "gulf-coast-joint-investigations-center",
    contributor: "contributor.law@puente.test",
    focusAreas: ["security-and-defense", "community-and-social-development", "technology-and-innovation"],
    featured: true,
    metrics: [
      { label: "Crime hotspots identified", value: 25, unit: "%", kind: "PERCENT_CHANGE", year: 2022 },
      { label: "Change in street robbery in treated zones", value: -13, unit: "%", kind: "PERCENT_CHANGE", direction: "LOWER", year: 2022 },
      { label: "Officers trained", value: 420, unit: "officers", year: 2022 },
    ],
    problem:
      "Patrols were planned from monthly static crime maps, so short-lived hotspots were missed and officers were deployed to places where crime had already moved.",
    approach:
      "A shared platform refreshed every 15 minutes combined emergency calls, patrol reports and complaints, ran density analysis over a rolling window and pushed the top micro-zones to sergeants at each shift briefing.",
    outcomes:
      "The platform identified 25% more crime hotspots than the static maps and street robbery fell 13% in micro-zones where patrols followed it, without displacement to nearby blocks.",
    lessonsLearned:
      "Geocoding quality determines everything else, so budget time for address clean-up. Simple interfaces get used; complex ones do not. Sharing the method with community councils built trust.",
    partners:
      "Gulf Coast Joint Investigations Center; metropolitan police commands of Barranquilla and Cali; municipal cadastre offices; Universidad Cordillera Central (evaluation).",
    location: "Barranquilla and Cali, Colombia",
  },
  {
    type: "RESEARCH",
    slug: "policia-comunitaria-confianza-ciudades-intermedias",
    title: "Policía comunitaria y confianza ciudadana en ciudades intermedias",
    summary:
      "Encuesta a 3.600 hogares en seis ciudades intermedias que muestra que el contacto regular con patrulleros de cuadrante eleva la confianza en la policía, siempre que el trato sea respetuoso y haya seguimiento a las denuncias.",
    body: `## Contexto

El Modelo de Vigilancia por Cuadrantes se diseñó para acercar la policía a los barrios, pero la evidencia sobre su efecto en la **confianza ciudadana** proviene casi siempre de Bogotá y Medellín. Este estudio se concentra en ciudades intermedias (entre 200.000 y 600.000 habitantes), donde vive casi un tercio de la población urbana del país.

## Preguntas de investigación

- ¿El contacto frecuente con los patrulleros del cuadrante aumenta la confianza en la institución?
- ¿Importa más la *frecuencia* del contacto o la *calidad* del trato?
- ¿Qué papel tiene el seguimiento a las denuncias?

## Datos y método

Aplicamos una encuesta presencial a 3.600 hogares en Manizales, Pasto, Montería, Neiva, Popayán y Sincelejo, con muestreo estratificado por comuna. El índice de confianza combina cinco preguntas con escala de 1 a 5. Estimamos modelos multinivel con efectos por barrio y controlamos por victimización previa, estrato y edad.

## Hallazgos principales

| Variable | Efecto sobre el índice de confianza |
|---|---|
| Contacto mensual con el cuadrante | +0,21 |
| Trato percibido como respetuoso | +0,48 |
| Denuncia con seguimiento | +0,39 |
| Denuncia sin respuesta | −0,52 |

1. La **calidad del trato** pesa más del doble que la frecuencia del contacto.
2. Una denuncia que no recibe respuesta destruye más confianza de la que genera un contacto positivo.
3. Los jóvenes de 18 a 25 años reportan los niveles más bajos de confianza, sobre todo cuando han sido objeto de requisas.

## Implicaciones

- Medir a los cuadrantes por la resolución de casos y la satisfacción de los denunciantes, no solo por el número de capturas.
- Incorporar formación en **procedimiento justo** en la capacitación de patrulleros.
- Publicar tableros trimestrales de denuncias y respuestas por comuna.

Cuestionario y microdatos anonimizados: [example.org/confianza-policial](https://example.org/confianza-policial).`,
    language: "es",
    publicationDate: "2019-05-22",
    countries: ["CO"],
    sectors: ["ACADEMIA", "LAW_ENFORCEMENT"],
    tags: ["policía comunitaria", "confianza institucional", "seguridad ciudadana", "encuestas", "procedimiento justo"],
    authorNames: ["Luisa Fernanda Cárdenas", "Hernán Darío Gil", "Paola Andrea Zuluaga"],
    organization: "universidad-cordillera-central",
    contributor: "contributor.rural@puente.test",
    focusAreas: ["community-and-social-development", "security-and-defense", "governance-and-rule-of-law"],
    metrics: [
      { label: "Hogares encuestados", value: 3600, unit: "hogares", year: 2019 },
      { label: "Ciudades cubiertas", value: 6, unit: "ciudades", year: 2019 },
    ],
    abstract:
      "El estudio analiza la relación entre el contacto con la policía de cuadrante y la confianza ciudadana en seis ciudades intermedias de Colombia. El trato respetuoso y el seguimiento a las denuncias explican más confianza que la frecuencia del contacto.",
    methodology:
      "Encuesta presencial a 3.600 hogares con muestreo estratificado por comuna y modelos multinivel con efectos por barrio, controlando por victimización, estrato socioeconómico y edad.",
    doi: "10.5555/puente.2019.007",
  },
  {
    type: "REPORT",
    slug: "darien-corridor-border-security-cooperation-2020-2021",
    title: "Border security cooperation in the Colombia–Panama Darién corridor, 2020–2021",
    summary:
      "Review of binational security cooperation along the Darién border during the pandemic years, covering migrant smuggling, cocaine routes and the protection of Indigenous and Afro-Colombian communities.",
    body: `## Scope

This report reviews cooperation between Colombian and Panamanian security forces, supported by US programs, along the roughly 266 km Darién border between **January 2020 and December 2021**. It draws on program monitoring data, 34 interviews with officials and community leaders, and site visits to Necoclí, Acandí and Yaviza.

## Context

Border closures in 2020 briefly reduced migrant flows, but by late 2021 more than **130,000 people** had crossed the Darién on foot, most of them Haitian and Venezuelan migrants, and the gap had become a major revenue source for the armed group that controls the Urabá coast. Drug trafficking organizations use the same trails and coastal launches to move cocaine towards Central America.

## Key findings

- **Information sharing improved but stayed informal.** Liaison officers exchanged data over messaging apps; there was no shared case-management system or common watch list.
- **Maritime coverage was the weakest link.** Fewer than one in five suspicious go-fast departures reported by fishermen were intercepted, largely because of fuel and maintenance constraints.
- **Migrant protection lagged behind enforcement.** Only two of nine planned reception points had permanent medical staff by the end of 2021.
- *Community liaison boards* in three Emberá and Guna communities produced the most reliable early warnings of armed-group movements.

## Recommendations

1. Fund a binational incident database with agreed data-protection rules.
2. Prioritize maintenance contracts and fuel for coastal patrol boats over new procurement.
3. Separate humanitarian assistance to migrants from enforcement operations in both planning and public messaging.
4. Expand and pay community liaison boards, with security protocols for their members.

Annexes with the monitoring framework are at [example.org/darien-review](https://example.org/darien-review).`,
    language: "en",
    visibility: "MEMBERS",
    publicationDate: "2021-03-30",
    countries: ["CO", "PA", "US"],
    sectors: ["GOVERNMENT", "LAW_ENFORCEMENT"],
    tags: ["border security", "darien gap", "migrant smuggling", "drug trafficking", "maritime interdiction"],
    authorNames: ["Daniel Brooks", "Gabriela Ortiz", "Thomas Whitfield"],
    organization: "hemispheric-partnership-office",
    contributor: "contributor.gov@puente.test",
    focusAreas: ["security-and-defense", "transnational-crime-and-illicit-finance"],
    metrics: [
      { label: "Interviews conducted", value: 34, unit: "interviews", year: 2021 },
      { label: "Migrants crossing the Darién", value: 133000, unit: "migrants", kind: "OTHER", year: 2021 },
    ],
    issuingBody: "Office of Hemispheric Security and Prosperity Partnerships",
    periodStart: "2020-01-01",
    periodEnd: "2021-12-31",
  },
  {
    type: "BEST_PRACTICE",
    slug: "alertas-tempranas-comunitarias-zonas-rurales",
    title: "Redes comunitarias de alerta temprana en zonas rurales del Cauca",
    summary:
      "Veinticuatro veredas del norte del Cauca organizaron redes de alerta temprana con radios, protocolos claros y enlace con la Defensoría, lo que redujo los tiempos de respuesta ante amenazas a líderes sociales.",
    body: `## El problema

En el norte del Cauca, las amenazas contra líderes comunitarios y los reclutamientos de menores llegaban a las autoridades **días o semanas después** de ocurrir. Muchas veredas no tienen señal celular y la desconfianza hacia la fuerza pública hacía que los hechos no se denunciaran.

## Cómo funciona la red

La Fundación Tejido Territorial acompañó a 24 juntas de acción comunal y dos cabildos indígenas para construir un sistema propio:

1. **Mapa de riesgos** elaborado por la comunidad: caminos, escuelas, puntos de reclutamiento y zonas con presencia armada.
2. **Radios de onda corta** en cada vereda, con turnos de escucha y códigos acordados para no exponer a quien reporta.
3. **Protocolo de tres niveles**: verde (información), amarillo (amenaza verificada) y rojo (riesgo inminente), con responsables definidos para cada nivel.
4. **Enlace institucional** con la Defensoría del Pueblo y la personería municipal, que reciben los reportes amarillos y rojos en menos de dos horas.

## Resultados

- El tiempo entre un hecho y su reporte a la Defensoría bajó de **9 días a menos de 6 horas** en promedio.
- Se emitieron 17 alertas rojas en 2020; en 15 casos se activaron medidas de protección antes de que la amenaza se concretara.
- Tres intentos de reclutamiento de menores se frustraron gracias a la alerta temprana a las familias y a la escuela.

## Lo que aprendimos

- *La red debe ser de la comunidad*: cuando la fuerza pública quiso administrar las radios, la participación cayó.
- Es indispensable un protocolo de **protección de datos**: los reportes no incluyen nombres de quien informa.
- Hay que prever el mantenimiento de equipos y baterías solares desde el inicio.

Guía metodológica y formatos: [example.org/alertas-tempranas](https://example.org/alertas-tempranas).`,
    language: "es",
    publicationDate: "2020-11-09",
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY", "GOVERNMENT"],
    tags: ["alertas tempranas", "líderes sociales", "protección comunitaria", "reclutamiento de menores", "cauca"],
    authorNames: ["Valentina Rojas Quintero", "Yesid Campo Ulcué"],
    organization: "fundacion-tejido-territorial",
    contributor: "contributor@puente.test",
    focusAreas: ["security-and-defense", "community-and-social-development"],
    metrics: [
      { label: "Veredas con red de alerta", value: 24, unit: "veredas", year: 2020 },
      { label: "Alertas rojas atendidas a tiempo", value: 15, unit: "alertas", year: 2020 },
      { label: "Tiempo promedio de reporte", value: 6, unit: "horas", direction: "LOWER", year: 2020 },
    ],
    problem:
      "Las amenazas contra líderes sociales y los intentos de reclutamiento de menores se conocían con días de retraso por falta de señal y por desconfianza hacia las instituciones.",
    approach:
      "Las comunidades elaboraron mapas de riesgo, instalaron radios de onda corta y adoptaron un protocolo de tres niveles con enlace directo a la Defensoría del Pueblo y la personería.",
    outcomes:
      "El tiempo de reporte bajó de nueve días a menos de seis horas, y en 15 de 17 alertas rojas se activaron medidas de protección a tiempo.",
    lessonsLearned:
      "La red funciona si es propiedad de la comunidad, protege la identidad de quien reporta y tiene previsto el mantenimiento de los equipos.",
    partners:
      "Fundación Tejido Territorial; juntas de acción comunal del norte del Cauca; cabildos indígenas; Defensoría del Pueblo; personerías municipales.",
    location: "Norte del Cauca, Colombia",
  },
  {
    type: "REPORT",
    slug: "cartagena-joint-port-inspection-after-action-review",
    title: "After-action review: joint container inspection exercise, Port of Cartagena",
    summary:
      "Internal review of a five-day joint inspection exercise with Colombian customs and anti-narcotics police at Cartagena, covering what worked in targeting, where handoffs failed and what to change before the next rotation.",
    body: `## Purpose

This after-action review documents the **joint container inspection exercise** held at two Cartagena terminals in March 2024. It is intended for GCJIC staff and partner liaison officers only.

## Exercise design

- Five days, two terminals, 41 participants from four agencies.
- Targeting based on shared risk indicators: route, consignee history, declared cargo versus weight, and late changes to bills of lading.
- Non-intrusive scanning of all selected containers; physical inspection where images showed anomalies.

## What worked

1. **Pre-arrival targeting.** 212 containers were flagged from manifest data 48 hours before arrival; 38 were scanned and 9 physically opened.
2. **Two seizures** of cocaine concealed in fruit pulp shipments (a total of 1.1 tonnes), both attributable to the late bill-of-lading amendment indicator.
3. Daily stand-up meetings at 07:00 kept all agencies on a single list of priorities.

## What did not work

- **Handoffs across shifts.** Two flagged containers were loaded onto vessels because the night shift did not receive the targeting list.
- **Language gaps** in the scanning booth slowed image interpretation; only one interpreter was assigned for the whole exercise.
- Evidence chain-of-custody forms differed between agencies and had to be reconciled by hand.

## Actions before the next rotation

| Action | Owner | Due |
|---|---|---|
| Shared targeting list with shift sign-off | GCJIC liaison | Next rotation |
| Second interpreter per terminal | Training unit | Next rotation |
| Common chain-of-custody template | Legal counsel | Q3 2024 |

## Participant feedback

A short survey (33 of 41 participants responded) rated the exercise 4.3 out of 5. The most valued element was working side by side with counterparts in the scanning booth; the least valued was the opening day of presentations. Several Colombian officers asked for access to the image-interpretation training modules used by US staff.

Raw exercise logs are held on the internal case system; the summary slide deck is at [example.org/internal/cartagena-aar](https://example.org/internal/cartagena-aar).`,
    language: "en",
    visibility: "ORGANIZATION",
    publicationDate: "2024-04-18",
    countries: ["CO", "US"],
    sectors: ["LAW_ENFORCEMENT"],
    tags: ["after-action review", "ports", "container inspection", "cocaine seizures", "cartagena"],
    authorNames: ["Michael Torres", "Jennifer Alvarez"],
    organization: "gulf-coast-joint-investigations-center",
    contributor: "contributor.law@puente.test",
    focusAreas: ["security-and-defense", "counternarcotics", "infrastructure-and-connectivity"],
    metrics: [
      { label: "Containers flagged pre-arrival", value: 212, unit: "containers", year: 2024 },
      { label: "Cocaine seized", value: 1.1, unit: "tonnes", year: 2024 },
    ],
    issuingBody: "Gulf Coast Joint Investigations Center – Training and Exercises Unit",
    periodStart: "2024-03-04",
    periodEnd: "2024-03-08",
  },
];
