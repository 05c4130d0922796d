import type { SeedDocument } from "../types";

export const illicitFinanceDocuments: SeedDocument[] = [
  {
    type: "BEST_PRACTICE",
    slug: "binational-financial-tracking-trade-based-money-laundering",
    title: "Following the money: a binational financial tracking program against trade-based money laundering",
    summary:
      "Colombian and US financial intelligence teams matched trade and payment records to expose over- and under-invoicing schemes linked to drug trafficking, leading to USD 50 million in illicit funds seized in 2023.",
    body: `## The problem

Trade-based money laundering (TBML) is the preferred channel for moving cocaine proceeds from the United States back to Colombia. Criminal networks pay for real goods (textiles, electronics, auto parts) with drug dollars and then **misprice invoices** so value crosses the border disguised as commerce. Each country saw only half of the transaction: US agencies saw the payments, Colombian agencies saw the imports.

## The approach

Under a memorandum of understanding signed in 2021, the Oficina Andina de Integridad Financiera and its US counterparts built a joint **trade transparency workflow**:

1. **Data matching.** Monthly exchange of export and import declarations for 1,900 tariff lines, matched at the shipment level using bill-of-lading numbers.
2. **Red flags.** Price deviations above 40% from the median unit value, third-party payments, consignees less than a year old, and payments split below reporting thresholds.
3. **Joint case teams** of two analysts per country reviewing the top 50 alerts each month.
4. **Fast freezes.** Protocols allowing prosecutors to request account freezes within 72 hours of a confirmed match.

## Results

| Indicator | 2022 | 2023 |
|---|---|---|
| Shipments matched | 1.2 million | 2.9 million |
| Cases opened | 31 | 58 |
| Illicit funds seized (USD) | 18 million | 50 million |

In 2023 the program led to **USD 50 million in illicit funds seized**, 14 companies dissolved and charges against two networks that laundered money through free-trade zones in Colombia and Panama.

## Lessons

- *Legal groundwork takes longest*: the data-sharing agreement took 14 months to negotiate.
- Start with a narrow set of goods where mispricing is easy to see; expand once analysts trust the alerts.
- Involve customs brokers and banks early. Their compliance officers supplied several of the strongest leads.

Technical annex with indicator definitions: [example.org/tbml-indicators](https://example.org/tbml-indicators).`,
    language: "en",
    publicationDate: "2023-11-20",
    countries: ["CO", "US", "PA"],
    sectors: ["GOVERNMENT", "LAW_ENFORCEMENT", "PRIVATE_SECTOR"],
    tags: ["money laundering", "trade-based money laundering", "financial intelligence", "asset seizure", "free trade zones"],
    authorNames: ["Juan Pablo Restrepo", "Karen Mitchell", "Álvaro Enrique Duarte"],
    organization: "oficina-andina-integridad-financiera",
    contributor: "contributor.finance@puente.test",
    focusAreas: ["transnational-crime-and-illicit-finance", "counternarcotics", "trade-and-investment"],
    featured: true,
    metrics: [
      { label: "Illicit funds seized", value: 50000000, unit: "USD", year: 2023 },
      { label: "Cases opened", value: 58, unit: "cases", year: 2023 },
      { label: "Shell companies dissolved", value: 14, unit: "companies", year: 2023 },
    ],
    problem:
      "Drug proceeds were laundered through mispriced trade between the United States and Colombia, and each country saw only its half of the transactions.",
    approach:
      "The two countries exchanged trade declarations monthly, matched them at the shipment level, applied shared red flags and ran joint case teams with fast account-freeze protocols.",
    outcomes:
      "Matched shipments grew to 2.9 million in 2023, 58 cases were opened and USD 50 million in illicit funds were seized, with charges against two laundering networks.",
    lessonsLearned:
      "Negotiate the legal basis for data sharing early, start with a narrow set of goods, and bring customs brokers and bank compliance officers in from the beginning.",
    partners:
      "Oficina Andina de Integridad Financiera; Colombian customs and prosecutors; US financial intelligence and customs investigators; compliance officers of participating banks.",
    location: "Bogotá, Colombia and Miami, United States",
  },
  {
    type: "RESEARCH",
    slug: "lavado-activos-comercio-exterior-zonas-francas",
    title: "Lavado de activos mediante comercio exterior: tipologías en zonas francas colombianas",
    summary:
      "Análisis de 186 casos judicializados entre 2012 y 2019 que identifica cinco tipologías de lavado basado en el comercio en zonas francas y propone indicadores de alerta para aduanas y bancos.",
    body: `## Introducción

Las zonas francas facilitan la inversión y las exportaciones, pero su régimen aduanero especial también las hace atractivas para el **lavado de activos**. Este trabajo sistematiza las sentencias y escritos de acusación disponibles para entender cómo operan las redes.

## Fuentes y método

- Revisión de **186 casos** judicializados entre 2012 y 2019 relacionados con usuarios de zonas francas.
- Codificación de cada caso según mercancía, país de contraparte, forma de pago y tipo de manipulación de valor.
- Entrevistas con 19 funcionarios de aduanas, fiscales y oficiales de cumplimiento.

## Tipologías identificadas

1. **Sobrefacturación de importaciones** de electrónica y textiles, pagadas con dólares de origen ilícito.
2. **Exportaciones ficticias** (carga que no existe o se recircula) para justificar ingresos del exterior.
3. **Triangulación** a través de Panamá y Hong Kong para ocultar al beneficiario final.
4. **Contrabando técnico**: declarar mercancía de menor valor arancelario.
5. **Pagos de terceros** desde cuentas sin relación con el importador.

| Tipología | Casos | Mercancía más frecuente |
|---|---|---|
| Sobrefacturación | 61 | Electrónica |
| Exportación ficticia | 44 | Oro y chatarra |
| Triangulación | 37 | Textiles |
| Contrabando técnico | 26 | Calzado |
| Pagos de terceros | 18 | Autopartes |

## Recomendaciones

- Cruzar automáticamente las declaraciones de zonas francas con los reportes de operaciones sospechosas.
- Exigir información de **beneficiario final** a todos los usuarios calificados.
- Capacitar a los bancos en las señales de alerta del comercio exterior, no solo en las de efectivo.

## Señales de alerta propuestas

- Usuarios de zona franca con menos de dos años de operación y volúmenes de comercio en rápido crecimiento.
- Precios unitarios que se desvían más del 40% de la mediana para la misma partida arancelaria.
- Pagos recibidos desde jurisdicciones distintas a la del comprador declarado.
- Cambios frecuentes de representante legal o de revisor fiscal.

*Las exportaciones ficticias de oro merecen atención especial por su vínculo con la minería ilegal.* Base de datos de casos: [example.org/tipologias-zonas-francas](https://example.org/tipologias-zonas-francas).`,
    language: "es",
    publicationDate: "2020-07-15",
    countries: ["CO", "PA"],
    sectors: ["ACADEMIA", "GOVERNMENT"],
    tags: ["lavado de activos", "zonas francas", "comercio exterior", "tipologías", "beneficiario final"],
    authorNames: ["Hernán Darío Gil", "María Camila Ocampo"],
    organization: "universidad-cordillera-central",
    contributor: "contributor.rural@puente.test",
    focusAreas: ["transnational-crime-and-illicit-finance", "trade-and-investment"],
    metrics: [{ label: "Casos analizados", value: 186, unit: "casos", year: 2020 }],
    abstract:
      "A partir de 186 casos judicializados, el estudio describe cinco tipologías de lavado de activos basado en el comercio en zonas francas colombianas. Propone indicadores de alerta para aduanas, fiscalía y entidades financieras.",
    methodology:
      "Análisis documental y codificación de sentencias y escritos de acusación de 2012 a 2019, complementado con 19 entrevistas a funcionarios de aduanas, fiscales y oficiales de cumplimiento.",
    doi: "10.5555/puente.2020.011",
  },
  {
    type: "REPORT",
    slug: "regional-illicit-finance-threat-assessment-2018",
    title: "Regional illicit finance threat assessment 2018",
    summary:
      "Baseline assessment of money laundering and illicit finance threats in the Andean region, superseded by later assessments and kept for reference.",
    body: `## About this assessment

This was the first regional threat assessment commissioned by the Hemispheric Development Facility for its governance portfolio. **It has been archived** because later assessments use updated data and methodology; it remains available as a historical baseline.

## Method

- Desk review of mutual evaluation reports and national risk assessments for Colombia, Ecuador, Peru and Panama.
- Structured questionnaire completed by 22 supervisors, financial intelligence units and prosecutors.
- Threat rating on a five-point scale for each channel, combining likelihood and consequence.

## Main threats identified in 2018

1. **Bulk cash smuggling** across the Colombia–Ecuador border, linked to cocaine exports through Pacific ports.
2. **Trade-based money laundering** through free-trade zones and the textile sector.
3. **Illegal gold mining** as both a source of criminal income and a laundering vehicle.
4. **Real estate** purchases in coastal cities through nominee owners.
5. Emerging use of *virtual assets*, then rated low but rising.

| Channel | Threat rating (1–5) |
|---|---|
| Trade-based laundering | 5 |
| Illegal gold | 4 |
| Bulk cash | 4 |
| Real estate | 3 |
| Virtual assets | 2 |

## Limitations

Data on convictions and confiscated assets were incomplete and not comparable across countries. The virtual-asset rating in particular underestimated the later growth of crypto off-ramps.

## How the ratings were used

The ratings informed the Facility's 2019–2021 technical assistance plan: two thirds of the governance budget went to trade-based laundering and illegal gold, including support for customs data analytics in Colombia and Peru and gold traceability pilots in Ecuador. In hindsight, the assessment correctly identified the importance of **free-trade zones** and gold exports, but it did not anticipate how quickly criminal groups would adopt stablecoins and peer-to-peer exchanges, nor the pandemic-era shift towards online fraud.

See the current assessments in the library, and the methodology note at [example.org/threat-assessment-2018](https://example.org/threat-assessment-2018).`,
    language: "en",
    status: "ARCHIVED",
    publicationDate: "2018-09-28",
    countries: ["REGIONAL", "CO", "EC", "PE", "PA"],
    sectors: ["MULTILATERAL", "GOVERNMENT"],
    tags: ["money laundering", "threat assessment", "illegal mining", "bulk cash", "virtual assets"],
    authorNames: ["Daniel Brooks", "Isabel Caballero"],
    organization: "hemispheric-development-facility",
    contributor: "contributor.gov@puente.test",
    focusAreas: ["transnational-crime-and-illicit-finance", "governance-and-rule-of-law"],
    metrics: [{ label: "Institutions surveyed", value: 22, unit: "institutions", year: 2018 }],
    issuingBody: "Hemispheric Development Facility – Governance Practice",
    periodStart: "2017-01-01",
    periodEnd: "2018-06-30",
  },
  {
    type: "REPORT",
    slug: "mineria-ilegal-oro-bajo-cauca-2022-2023",
    title: "Minería ilegal de oro y economías criminales en el Bajo Cauca, 2022–2023",
    summary:
      "Informe que estima la extracción ilegal de oro en el Bajo Cauca antioqueño, describe cómo los grupos armados controlan dragas y comercializadoras, y cuantifica la deforestación y el uso de mercurio asociados.",
    body: `## Alcance

El informe cubre los municipios de Caucasia, El Bagre, Nechí, Zaragoza, Cáceres y Tarazá entre **enero de 2022 y diciembre de 2023**. Combina imágenes satelitales, registros de comercialización de oro y 48 entrevistas.

## Hallazgos

### Producción y comercialización

- Se estima que el **68% del oro** declarado en la subregión provino de explotaciones sin título ni licencia ambiental.
- Las comercializadoras registradas compraron oro a miles de "barequeros" inscritos, muchos de los cuales superaron el tope anual permitido, una señal clásica de **lavado de activos** a través del registro de mineros de subsistencia.
- Las dragas tipo "dragón" pagan una extorsión mensual estimada entre 5 y 20 millones de pesos a los grupos armados.

### Impacto ambiental

| Indicador | 2022 | 2023 |
|---|---|---|
| Hectáreas afectadas por minería aluvial | 4.120 | 4.870 |
| Dragas identificadas en ríos | 96 | 131 |
| Mercurio estimado liberado (toneladas) | 11 | 13 |

La **deforestación** asociada a la minería se concentra en las riberas del Cauca y el Nechí y en zonas de reserva forestal.

### Dinámica criminal

La minería ilegal se ha vuelto una fuente de ingresos comparable al narcotráfico para los grupos que controlan la zona. El oro se usa además como medio para mover rentas del narcotráfico.

## Recomendaciones

1. Cruzar el registro de barequeros con los volúmenes comprados por cada comercializadora.
2. Fortalecer la trazabilidad del oro desde la mina hasta la exportación.
3. Acompañar las operaciones contra dragas con alternativas productivas para los mineros de subsistencia.

## Efectos sociales

La minería ilegal también transforma la vida de las comunidades. Las escuelas ribereñas reportan deserción de adolescentes que se van a trabajar en las dragas, y los centros de salud registran casos de intoxicación por mercurio en pescadores. Las mujeres que trabajan como barequeras enfrentan explotación y riesgo de trata. Los líderes que denuncian las dragas han sido amenazados en al menos 14 casos documentados durante el periodo.

Mapas y datos: [example.org/mineria-bajo-cauca](https://example.org/mineria-bajo-cauca).`,
    language: "es",
    embargoUntil: "2024-06-01",
    publicationDate: "2024-05-20",
    countries: ["CO"],
    sectors: ["MULTILATERAL", "GOVERNMENT"],
    tags: ["minería ilegal", "oro", "lavado de activos", "deforestación", "mercurio", "bajo cauca"],
    authorNames: ["Juan Pablo Restrepo", "Natalia Giraldo Posada", "Esteban Mosquera"],
    organization: "observatorio-andino-drogas-delito",
    contributor: "contributor.finance@puente.test",
    focusAreas: ["transnational-crime-and-illicit-finance", "environment-and-climate"],
    metrics: [
      { label: "Hectáreas afectadas por minería", value: 4870, unit: "ha", direction: "LOWER", year: 2023 },
      { label: "Dragas identificadas", value: 131, unit: "dragas", year: 2023 },
      { label: "Mercurio liberado", value: 13, unit: "toneladas", direction: "LOWER", year: 2023 },
    ],
    issuingBody: "Observatorio Andino sobre Drogas y Delito",
    periodStart: "2022-01-01",
    periodEnd: "2023-12-31",
  },
  {
    type: "BEST_PRACTICE",
    slug: "beneficial-ownership-verification-notaries",
    title: "Verifying beneficial ownership through notaries and company registries",
    summary:
      "A pilot in three Colombian cities trained notaries and chamber-of-commerce registrars to verify who really owns companies buying real estate, cutting nominee-owner transactions flagged by banks.",
    body: `## Background

Real estate purchases through **front companies and nominee owners** are one of the oldest ways to launder drug money in Colombia. Notaries formalize every property sale, and chambers of commerce register every company, yet neither systematically checked who stood behind the buyer.

## What the pilot did

Hemisphere Civic Trust worked with notaries' associations and chambers of commerce in Medellín, Cali and Pereira during 2020–2021:

- **Checklist for notaries** covering company age, recent changes of legal representative, payment in cash or from third parties, and prices far from cadastral values.
- **Direct query** from notary offices to the beneficial ownership registry, so notaries can see the natural persons behind a corporate buyer.
- **Training** of 310 notary staff and registrars in red flags and in filing suspicious transaction reports.
- A simple **feedback loop**: the financial intelligence office returned quarterly statistics on how reports were used.

## Results

1. Suspicious transaction reports from participating notaries rose from 12 to 87 per year.
2. 19 reports contributed to open investigations, including two linked to drug trafficking networks.
3. Banks reported a **40% drop** in mortgage applications from companies with nominee directors in the pilot cities.

## What made it work

- *Feedback matters.* Notaries keep reporting when they learn their reports were useful.
- The checklist fit on one page and took less than ten minutes per transaction.
- Protecting the identity of reporting staff was a precondition for participation.

## Limits

The beneficial ownership registry covered only about 60% of active companies in 2021, so gaps remain. Foreign companies and trusts are still hard to trace.

Checklist and training materials: [example.org/beneficial-ownership-notaries](https://example.org/beneficial-ownership-notaries).`,
    language: "en",
    publicationDate: "2021-08-17",
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY", "GOVERNMENT", "PRIVATE_SECTOR"],
    tags: ["beneficial ownership", "money laundering", "real estate", "transparency", "notaries"],
    authorNames: ["Amanda Reyes", "Felipe Arango Toro"],
    organization: "hemisphere-civic-trust",
    contributor: "contributor.civic@puente.test",
    focusAreas: ["transnational-crime-and-illicit-finance", "governance-and-rule-of-law"],
    metrics: [
      { label: "Notary staff trained", value: 310, unit: "people", year: 2021 },
      { label: "Suspicious transaction reports filed", value: 87, unit: "reports", year: 2021 },
    ],
    problem:
      "Drug money was laundered through real estate bought by front companies, and neither notaries nor company registries checked who really owned the buyer.",
    approach:
      "Notaries and registrars received a one-page checklist, direct access to the beneficial ownership registry, red-flag training and quarterly feedback from the financial intelligence office.",
    outcomes:
      "Suspicious transaction reports from participating notaries rose from 12 to 87 a year and 19 reports fed open investigations.",
    lessonsLearned:
      "Reporting continues only when reporters get feedback. Keep tools short and protect the identity of reporting staff.",
    partners:
      "Hemisphere Civic Trust; notaries' associations and chambers of commerce of Medellín, Cali and Pereira; Oficina Andina de Integridad Financiera.",
    location: "Medellín, Cali and Pereira, Colombia",
  },
  {
    type: "REPORT",
    slug: "wire-structuring-case-review-fy2021",
    title: "Case review: wire-transfer structuring investigations, FY2021",
    summary:
      "Internal review of 27 structuring investigations closed in fiscal year 2021 that involved transfers to Colombia, with lessons on evidence requests, timelines and coordination with Colombian prosecutors.",
    body: `## Purpose

This internal review looks back at **27 investigations closed in FY2021** in which drug proceeds were structured into small wire transfers to Colombia. It is restricted to center staff because it discusses case handling.

## Case profile

- Median amount per transfer: USD 1,850, just under internal review thresholds at many money transmitters.
- Median number of senders per case: 14, often recruited through social media as *money mules*.
- Payout in Colombia mostly through cash pickup locations in Cali, Pereira and Medellín.

## Timeline analysis

| Stage | Median days |
|---|---|
| First alert to case opening | 41 |
| Evidence request to Colombia sent | 96 |
| Response received | 212 |
| Case closure | 540 |

Mutual legal assistance requests were the main bottleneck. Cases that used the **liaison channel** for informal pre-checks before a formal request closed about five months faster.

## Outcomes

- 19 cases led to charges; 11 have resulted in convictions so far.
- USD 4.2 million was forfeited, mostly from accounts in the United States.
- Only three cases led to asset recovery in Colombia.

## Lessons for analysts

1. Use the liaison channel to confirm that records exist before drafting formal requests.
2. Ask money transmitters for **device and IP data**, which linked apparently unrelated senders in 8 cases.
3. Share mule recruitment patterns with partner agencies early so they can alert their own transmitters.

## Mule profiles

Many senders did not see themselves as criminals. In 11 cases, mules were recruited through fake job offers for "payment processing assistants" and kept 3–5% of each transfer. Warning letters from money transmitters stopped most first-time mules, while repeat senders were usually tied to the network by family or debt. Prosecution priorities should therefore focus on **recruiters and controllers** rather than on low-level senders.

Case list and reference numbers are on the internal system. Template for pre-check requests: [example.org/internal/precheck-template](https://example.org/internal/precheck-template).`,
    language: "en",
    visibility: "ORGANIZATION",
    publicationDate: "2021-12-03",
    countries: ["US", "CO"],
    sectors: ["LAW_ENFORCEMENT"],
    tags: ["structuring", "money mules", "wire transfers", "mutual legal assistance", "case review"],
    authorNames: ["Michael Torres", "Angela Whitman"],
    organization: "gulf-coast-joint-investigations-center",
    contributor: "contributor.law@puente.test",
    focusAreas: ["transnational-crime-and-illicit-finance"],
    metrics: [
      { label: "Cases reviewed", value: 27, unit: "cases", year: 2021 },
      { label: "Assets forfeited", value: 4200000, unit: "USD", year: 2021 },
    ],
    issuingBody: "Gulf Coast Joint Investigations Center – Financial Crimes Section",
    periodStart: "2020-10-01",
    periodEnd: "2021-09-30",
  },
];
