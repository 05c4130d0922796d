import type { SeedDocument } from "../types";

export const societyDocuments: SeedDocument[] = [
  {
    type: "REPORT",
    slug: "balance-banda-ancha-rural-2020-2023",
    title: "Conectividad rural: balance del despliegue de banda ancha, 2020–2023",
    summary:
      "Balance de cuatro años de inversión en banda ancha rural: 3.100 centros digitales instalados, uso real de la conectividad en escuelas y veredas, costos por conexión y problemas de sostenibilidad.",
    body: `## Propósito

Este informe evalúa la inversión cofinanciada por el Fondo Territorial para el Campo en **banda ancha rural** entre 2020 y 2023, con énfasis en centros digitales en escuelas y puntos comunitarios de acceso a internet.

## Qué se instaló

- **3.100 centros digitales** en sedes educativas rurales y casetas comunales de 180 municipios.
- Conectividad satelital en el 62% de los sitios y por fibra o radioenlace en el resto.
- Paneles solares en 1.400 sitios sin red eléctrica confiable.

## Uso y calidad

| Indicador | Meta | Resultado 2023 |
|---|---|---|
| Sitios operando | 95% | 84% |
| Velocidad de bajada promedio | 10 Mbps | 7,8 Mbps |
| Usuarios únicos mensuales por sitio | 60 | 71 |
| Sedes educativas que usan la conexión en clase | 80% | 58% |

## Hallazgos

1. Donde hubo **formación docente**, el uso en clase se duplicó frente a sedes que solo recibieron el equipo.
2. Los cortes prolongados se deben sobre todo a fallas de energía y al robo de baterías, no al servicio satelital.
3. Las comunidades usan la conexión para trámites, pagos, venta de **café y cacao** por redes sociales y teleconsultas de salud.
4. El costo por sitio conectado fue un 30% mayor en la Amazonía y el Pacífico por la logística.

## Recomendaciones

- Incluir en los contratos metas de disponibilidad con penalidades y monitoreo remoto público.
- Financiar la **formación digital** de docentes y líderes desde el primer año.
- Vincular la conectividad con servicios concretos: telemedicina, educación virtual y comercio en línea.
- Pasar gradualmente la administración de los centros a las juntas comunales, con un presupuesto de mantenimiento.

## Costos

La inversión total fue de 412.000 millones de pesos, con un costo promedio de 133 millones por sitio durante cuatro años, incluidos equipos, energía solar y servicio de conectividad.

Base de datos por municipio: [example.org/banda-ancha-rural](https://example.org/banda-ancha-rural).`,
    language: "es",
    publicationDate: "2023-08-09",
    countries: ["CO"],
    sectors: ["GOVERNMENT"],
    tags: ["banda ancha", "conectividad rural", "centros digitales", "educación rural", "brecha digital"],
    authorNames: ["Luisa Fernanda Cárdenas", "Camilo Ernesto Vanegas"],
    organization: "fondo-territorial-campo",
    contributor: "contributor.rural@puente.test",
    focusAreas: ["infrastructure-and-connectivity", "technology-and-innovation", "education-and-exchanges"],
    featured: true,
    metrics: [
      { label: "Centros digitales instalados", value: 3100, unit: "centros", year: 2023 },
      { label: "Sitios operando", value: 84, unit: "%", year: 2023 },
      { label: "Usuarios únicos mensuales por sitio", value: 71, unit: "usuarios", year: 2023 },
    ],
    issuingBody: "Fondo Territorial para el Campo – Dirección de Infraestructura y Conectividad",
    periodStart: "2020-01-01",
    periodEnd: "2023-12-31",
  },
  {
    type: "REPORT",
    slug: "intercambios-academicos-colombia-estados-unidos-2018-2022",
    title: "Intercambios académicos entre Colombia y Estados Unidos: informe 2018–2022",
    summary:
      "Informe sobre la movilidad de estudiantes e investigadores entre los dos países, con cifras por nivel y área de estudio, el efecto de la pandemia y las barreras de visados, financiación e idioma.",
    body: `## Alcance

Este informe consolida datos de movilidad académica entre **Colombia y Estados Unidos** de 2018 a 2022, a partir de registros de 34 universidades colombianas, programas de becas y encuestas a 1.250 estudiantes e investigadores.

## Cifras principales

| Indicador | 2018 | 2020 | 2022 |
|---|---|---|---|
| Estudiantes colombianos en EE. UU. | 7.900 | 6.100 | 8.400 |
| Estudiantes estadounidenses en Colombia | 1.350 | 210 | 1.180 |
| Convenios activos entre universidades | 410 | 395 | 462 |
| Proyectos de investigación conjuntos | 96 | 88 | 131 |

## Hallazgos

1. La pandemia redujo la movilidad de estudiantes estadounidenses a Colombia en más del **80%** en 2020; en 2022 todavía no se había recuperado del todo.
2. Los programas de **posgrado en ciencia, tecnología, ingeniería y matemáticas** concentran el 46% de los colombianos en EE. UU.
3. Las universidades regionales (fuera de Bogotá, Medellín y Cali) participan en menos del 15% de los convenios.
4. Las barreras más citadas son el costo, el dominio del inglés y los tiempos de espera de visado.

## Buenas prácticas identificadas

- Programas de **doble titulación** que reducen el tiempo y el costo de estudiar en el exterior.
- Movilidad virtual y cursos espejo, que se mantuvieron después de la pandemia y amplían el acceso.
- Becas cofinanciadas por empresas con presencia en ambos países.

## Recomendaciones

- Fondos específicos para universidades regionales y estudiantes de zonas rurales.
- Preparación en inglés desde el pregrado para los candidatos a becas.
- Redes de investigación conjuntas en temas de la coalición: seguridad, desarrollo rural, energía y ciberseguridad.

## Voces de los participantes

En la encuesta, el 82% de quienes estudiaron en Estados Unidos dijo que la experiencia mejoró sus oportunidades laborales, pero el 37% reportó dificultades para convalidar sus títulos al regresar. Los investigadores destacaron que las redes creadas durante la estancia fueron la base de sus proyectos conjuntos posteriores.

Tablas completas por universidad: [example.org/intercambios-2022](https://example.org/intercambios-2022).`,
    language: "es",
    visibility: "MEMBERS",
    publicationDate: "2023-03-14",
    countries: ["CO", "US"],
    sectors: ["ACADEMIA", "GOVERNMENT"],
    tags: ["intercambios académicos", "movilidad estudiantil", "becas", "universidades", "cooperación educativa"],
    authorNames: ["Luisa Fernanda Cárdenas", "Andrea Carolina Mejía"],
    organization: "universidad-cordillera-central",
    contributor: "contributor.rural@puente.test",
    focusAreas: ["education-and-exchanges"],
    metrics: [
      { label: "Estudiantes colombianos en EE. UU.", value: 8400, unit: "estudiantes", year: 2022 },
      { label: "Proyectos de investigación conjuntos", value: 131, unit: "proyectos", year: 2022 },
    ],
    issuingBody: "Universidad Cordillera Central – Oficina de Relaciones Internacionales",
    periodStart: "2018-01-01",
    periodEnd: "2022-12-31",
  },
  {
    type: "RESEARCH",
    slug: "stem-bootcamps-youth-employment-barranquilla",
    title: "Do coding bootcamps improve youth employment? Evidence from Barranquilla",
    summary:
      "A randomized evaluation of a 16-week software and data bootcamp for low-income youth in Barranquilla found a 17-point increase in formal employment after one year, concentrated among participants who completed internships.",
    body: `## Context

Youth unemployment in Barranquilla hovered around **20%** in 2022, while local employers in logistics, fintech and outsourcing reported shortages of junior developers and data analysts. Short, intensive bootcamps promise to close this gap, but rigorous evidence in Latin America is scarce.

## Intervention

Hemisphere Civic Trust and local partners offered a **16-week bootcamp** in web development and data analysis to young people aged 18–28 from low-income neighborhoods:

- 600 hours of instruction with project-based learning.
- English for technology twice a week.
- Soft skills and interview preparation.
- Paid **internships** of eight weeks with 35 partner companies.
- A stipend covering transport and connectivity.

## Evaluation design

Because applications exceeded places by three to one, we randomly assigned 900 eligible applicants: 450 were offered a place and 450 formed the control group. We followed both groups with surveys and social security records for 12 months after the program.

## Results

| Outcome after 12 months | Treatment | Control |
|---|---|---|
| Formal employment | 56% | 39% |
| Employed in a technology role | 31% | 6% |
| Average monthly earnings (COP) | 1,780,000 | 1,310,000 |
| Completion rate | 74% | – |

- Effects were largest for participants who completed internships.
- Young women benefited as much as young men in employment but were less likely to be placed in developer roles.
- Dropouts cited transport costs and family responsibilities.

## Implications

1. Internships linked to employers are the active ingredient; curriculum alone is not enough.
2. Stipends and childcare support reduce dropout.
3. Broadband at home remains a constraint for remote work.

## Cost-effectiveness

The program cost about USD 2,300 per participant, including stipends. At the observed earnings gain, the cost would be recovered in roughly five years through higher wages alone, not counting social security contributions. Employers covered a third of internship costs, and 21 of the 35 host companies hired at least one intern.

Pre-registration and data: [example.org/bootcamp-rct](https://example.org/bootcamp-rct).`,
    language: "en",
    publicationDate: "2024-11-05",
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY", "PRIVATE_SECTOR", "ACADEMIA"],
    tags: ["youth employment", "coding bootcamps", "randomized evaluation", "digital skills", "barranquilla"],
    authorNames: ["Amanda Reyes", "Jorge Luis Barrios", "Priya Raman"],
    organization: "hemisphere-civic-trust",
    contributor: "contributor.civic@puente.test",
    focusAreas: ["education-and-exchanges", "technology-and-innovation", "community-and-social-development"],
    metrics: [
      { label: "Increase in formal employment", value: 17, unit: "percentage points", year: 2024 },
      { label: "Participants offered a place", value: 450, unit: "people", year: 2023 },
    ],
    abstract:
      "A randomized evaluation of a 16-week coding bootcamp with paid internships in Barranquilla increased formal employment by 17 percentage points and technology employment by 25 points after one year.",
    methodology:
      "Randomized controlled trial with 900 oversubscribed applicants, follow-up surveys and social security records over 12 months, with intention-to-treat estimates.",
    doi: "10.5555/puente.2024.017",
  },
  {
    type: "BEST_PRACTICE",
    slug: "open-contracting-dashboards-municipal-procurement",
    title: "Open contracting dashboards for municipal procurement transparency",
    summary:
      "Six Colombian municipalities published all procurement data in open formats with red-flag dashboards used by journalists and oversight bodies, reducing single-bidder contracts from 48% to 29%.",
    body: `## The problem

Municipal procurement is where most corruption risk in Colombia concentrates: road works, school meals and health contracts. Data were technically public but scattered across PDF files, making it almost impossible for citizens or oversight bodies to spot patterns such as **single-bidder tenders** or contracts split to avoid thresholds.

## The practice

Hemisphere Civic Trust supported six municipalities (Pasto, Montería, Villavicencio, Neiva, Yopal and Riohacha) in 2019–2021 to:

1. **Publish** all procurement processes following the Open Contracting Data Standard, updated daily from the national e-procurement system.
2. Build a **red-flag dashboard** with indicators: single bidder, short bidding periods, repeated winners, price increases via amendments, and contracts signed just before elections.
3. **Train users**: 140 journalists, council members, comptroller staff and citizen oversight groups (veedurías) learned to use the dashboard.
4. Commit the mayor's office to **respond publicly** within 15 days to any red flag raised by an oversight group.

## Results

| Indicator | 2019 | 2021 |
|---|---|---|
| Share of contracts with a single bidder | 48% | 29% |
| Contracts modified to increase value >30% | 11% | 6% |
| Average bidders per tender | 1.9 | 3.4 |
| Red flags investigated by oversight bodies | – | 63 |

Greater competition generated **estimated savings of 9%** on comparable road and school-meal contracts.

## Lessons

- *Data alone do not change behavior*: the public response commitment was what made officials take red flags seriously.
- Local journalists were the most active users; supporting them multiplied impact.
- Political turnover is a risk: two municipalities nearly dropped the dashboard after elections, saved only by council ordinances that made it mandatory.

## Next steps

The dashboard is being extended to two departmental governments, and the red-flag methodology is being adapted for contracts financed with mining royalties.

Open-source dashboard code: [example.org/open-contracting-dashboard](https://example.org/open-contracting-dashboard).`,
    language: "en",
    publicationDate: "2021-04-27",
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY", "GOVERNMENT"],
    tags: ["transparency", "open contracting", "public procurement", "anti-corruption", "open data"],
    authorNames: ["Amanda Reyes", "Julián Esteban Montoya"],
    organization: "hemisphere-civic-trust",
    contributor: "contributor.civic@puente.test",
    focusAreas: ["governance-and-rule-of-law", "technology-and-innovation"],
    metrics: [
      { label: "Single-bidder contracts", value: 29, unit: "%", direction: "LOWER", year: 2021 },
      { label: "Users trained", value: 140, unit: "people", year: 2021 },
      { label: "Estimated savings on comparable contracts", value: 9, unit: "%", year: 2021 },
    ],
    problem:
      "Municipal procurement data were scattered across PDF files, so citizens and oversight bodies could not detect single-bidder tenders, split contracts or inflated amendments.",
    approach:
      "Municipalities published procurement data in the Open Contracting Data Standard, built red-flag dashboards, trained journalists and oversight groups, and committed to respond publicly to each flag.",
    outcomes:
      "Single-bidder contracts fell from 48% to 29%, average bidders rose from 1.9 to 3.4 and oversight bodies investigated 63 red flags.",
    lessonsLearned:
      "Public response commitments and active journalists matter more than the technology; make the dashboards mandatory to survive political turnover.",
    partners:
      "Hemisphere Civic Trust; municipalities of Pasto, Montería, Villavicencio, Neiva, Yopal and Riohacha; local comptroller offices; citizen oversight groups; regional media.",
    location: "Six intermediate cities, Colombia",
  },
  {
    type: "RESEARCH",
    slug: "whatsapp-agricultural-extension-pilot",
    title: "Agricultural extension by messaging app: a pilot with coffee and cacao growers",
    summary:
      "Draft design and early data from a pilot that sends voice notes and photo-based diagnosis to 1,000 coffee and cacao growers through a messaging app, compared with traditional extension visits.",
    body: `## Why try this

Public extension services in Colombia reach only a minority of smallholders; a single technician may cover over 1,000 farms. Most growers now have a smartphone and use **messaging apps** daily, even with patchy connectivity. Can advice delivered this way change practices and yields?

## Pilot design (draft)

- **1,000 growers** of coffee and cacao in Huila and Santander, randomized into three groups:
  1. Weekly voice notes with seasonal advice (pruning, fertilization, pest control).
  2. Voice notes plus *photo-based diagnosis*: growers send a picture of a diseased plant and get an answer within 48 hours.
  3. Control: usual extension services.
- Content produced with local agronomists, in simple language, under two minutes per message.
- Data collection at baseline, 6 and 12 months: practices adopted, yields, incidence of coffee leaf rust and cacao frosty pod rot.

## Early observations (first 3 months)

- 83% of growers listened to at least half of the voice notes.
- Photo requests peaked after rains, mostly about **coffee leaf rust** and cacao black pod.
- Older growers preferred voice over text; few read written messages.
- Connectivity problems delayed delivery in 15% of veredas.

## Open issues

- How to verify practice adoption without costly farm visits.
- Whether to include price information and buyer contacts.
- Data protection: photos include location metadata that must be stripped.

## Timeline

| Milestone | Date |
|---|---|
| Baseline survey complete | March 2025 |
| Six-month follow-up | September 2025 |
| Final results | March 2026 |

## Budget estimate

The pilot costs about USD 18 per grower per year for content production, agronomist time and message delivery, against an estimated USD 95 per grower per year for two traditional extension visits. If the messaging arms achieve even half the adoption effect of visits, they would be considerably more cost-effective; the evaluation is designed to test this.

*Draft; not for circulation.* Protocol: [example.org/messaging-extension](https://example.org/messaging-extension).`,
    language: "en",
    status: "DRAFT",
    publicationDate: "2025-07-01",
    countries: ["CO"],
    sectors: ["ACADEMIA", "PRIVATE_SECTOR"],
    tags: ["agricultural extension", "mobile phones", "coffee", "cacao", "randomized pilot"],
    authorNames: ["Emily Whitaker", "Carlos Mario Trujillo"],
    organization: "southern-atlantic-university",
    contributor: "contributor.us@puente.test",
    focusAreas: ["agriculture-and-rural-development", "technology-and-innovation"],
    abstract:
      "Draft pilot design testing whether voice notes and photo-based diagnosis sent by messaging app improve practices and yields among 1,000 coffee and cacao growers, compared with usual extension.",
    methodology:
      "Three-arm randomized pilot with baseline, 6-month and 12-month surveys on practices, yields and disease incidence.",
  },
  {
    type: "RESEARCH",
    slug: "microtrafico-consumo-juvenil-entornos-escolares",
    title: "Microtráfico y consumo de drogas en entornos escolares de Bogotá y Soacha",
    summary:
      "Borrador de investigación sobre cómo operan las redes de microtráfico alrededor de los colegios y qué factores protegen a los adolescentes del consumo y del reclutamiento para la venta.",
    body: `## Planteamiento

El **microtráfico** alrededor de los colegios es una de las principales preocupaciones de las familias en Bogotá y Soacha. Las redes no solo venden marihuana, tusi y perico: también reclutan a adolescentes como "campaneros" y vendedores. Este borrador presenta el diseño y los primeros resultados del trabajo de campo.

## Preguntas

- ¿Cómo se organizan las redes de venta en los entornos escolares?
- ¿Qué factores del colegio, la familia y el barrio protegen a los adolescentes?
- ¿Qué respuestas institucionales han funcionado y cuáles han empeorado la situación?

## Diseño metodológico

1. **Encuesta** a 2.400 estudiantes de grados 8 a 11 en 20 colegios públicos, con consentimiento de los padres.
2. **Grupos focales** con docentes, orientadores y familias.
3. **Cartografía social** con jóvenes para ubicar puntos de venta y rutas seguras.
4. Revisión de registros de la policía de infancia y adolescencia.

## Primeros hallazgos (preliminares)

- El 23% de los estudiantes encuestados reporta que le han ofrecido drogas en los alrededores del colegio en el último año.
- El **tusi** aparece como la sustancia de inicio más mencionada después del alcohol y la marihuana.
- Los colegios con jornada extendida y actividades deportivas reportan menos ofrecimientos.
- Las requisas masivas en la entrada no redujeron la venta y deterioraron la relación con los estudiantes.

## Pendiente

- Completar la encuesta en los cinco colegios de Soacha.
- Revisar los resultados con el comité de ética antes de compartirlos con las instituciones.
- Redactar recomendaciones con los propios estudiantes.

## Consideraciones éticas

Los datos de la encuesta son anónimos y se almacenan cifrados. Ningún resultado se compartirá por colegio, para no estigmatizar a las instituciones ni a sus estudiantes. Si durante el trabajo de campo se identifica a un menor en riesgo, se activa la ruta de protección acordada con las comisarías de familia.

*Borrador de trabajo, no citar.* Protocolo ético: [example.org/protocolo-microtrafico](https://example.org/protocolo-microtrafico).`,
    language: "es",
    status: "DRAFT",
    publicationDate: "2025-06-30",
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY", "ACADEMIA"],
    tags: ["microtráfico", "consumo de drogas", "entornos escolares", "adolescentes", "prevención"],
    authorNames: ["Valentina Rojas Quintero", "Mónica Patricia Leal"],
    organization: "fundacion-tejido-territorial",
    contributor: "contributor@puente.test",
    focusAreas: ["counternarcotics", "community-and-social-development", "education-and-exchanges"],
    abstract:
      "Borrador que describe la organización de las redes de microtráfico en entornos escolares de Bogotá y Soacha y los factores que protegen a los adolescentes del consumo y del reclutamiento.",
    methodology:
      "Encuesta a 2.400 estudiantes de 20 colegios públicos, grupos focales con docentes y familias, cartografía social con jóvenes y revisión de registros policiales.",
  },
];
