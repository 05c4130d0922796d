import type { SeedDocument } from "../types";

export const economyDocuments: SeedDocument[] = [
  {
    type: "REPORT",
    slug: "tpa-at-ten-trade-flows-2012-2022",
    title: "The US–Colombia Trade Promotion Agreement at ten: trade flows 2012–2022",
    summary:
      "Ten-year review of bilateral trade under the Trade Promotion Agreement, showing growth in non-traditional exports, persistent dependence on oil and coal, and what USMCA-driven nearshoring means for Colombian suppliers.",
    body: `## Summary

The US–Colombia Trade Promotion Agreement (TPA) entered into force in May 2012. Ten years on, the United States remains Colombia's **largest trading partner**, but the composition of trade has changed more than its total value.

## Key numbers

| Indicator | 2012 | 2022 |
|---|---|---|
| Colombian exports to the US (USD bn) | 21.8 | 16.9 |
| Share of oil and coal in those exports | 71% | 46% |
| Non-mining exports to the US (USD bn) | 6.3 | 9.1 |
| US exports to Colombia (USD bn) | 16.4 | 21.9 |
| Colombian firms exporting to the US | 4,600 | 6,350 |

The headline drop in Colombian exports reflects lower oil prices and volumes. **Non-mining exports grew 44%**, led by cut flowers, coffee, avocados, textiles and processed foods.

## Winners and laggards

- *Agribusiness* benefited most: Hass avocado went from zero to over USD 200 million once phytosanitary access was granted in 2017.
- Manufacturing grew slowly; many firms cite rules of origin and standards compliance as barriers.
- US exporters of grains and machinery gained market share as tariffs fell to zero.

## The USMCA factor

The United States–Mexico–Canada Agreement (**USMCA**) tightened rules of origin in autos and textiles. Colombian suppliers of inputs can benefit if they are part of North American value chains, but only if they can document origin and meet labor and traceability requirements. Nearshoring demand so far has favored Mexico.

## Recommendations

1. Fund technical assistance on **sanitary and phytosanitary** access for new products (the single largest driver of new exports).
2. Build supplier programs that link Colombian firms to US and Mexican buyers under USMCA value chains.
3. Reduce logistics costs: moving a container from Bogotá to a Caribbean port still costs more than shipping it to Miami.

Data tables: [example.org/tpa-ten-years](https://example.org/tpa-ten-years).`,
    language: "en",
    publicationDate: "2022-05-16",
    countries: ["US", "CO"],
    sectors: ["PRIVATE_SECTOR", "GOVERNMENT"],
    tags: ["trade promotion agreement", "exports", "usmca", "nearshoring", "agribusiness"],
    authorNames: ["Sarah Lindqvist", "Mauricio Cifuentes", "Peter Langford"],
    organization: "meridian-trade-council",
    contributor: "contributor.trade@puente.test",
    focusAreas: ["trade-and-investment"],
    metrics: [
      { label: "Growth in non-mining exports to the US", value: 44, unit: "%", kind: "PERCENT_CHANGE", year: 2022 },
      { label: "Colombian firms exporting to the US", value: 6350, unit: "firms", year: 2022 },
    ],
    issuingBody: "Meridian Americas Trade Council – Research Desk",
    periodStart: "2012-05-15",
    periodEnd: "2022-05-15",
  },
  {
    type: "RESEARCH",
    slug: "nearshoring-usmca-colombian-suppliers",
    title: "Nearshoring under USMCA: where Colombian suppliers fit in North American value chains",
    summary:
      "Firm-level analysis of 1,200 Colombian manufacturers and 85 buyer interviews identifies the sectors where Colombian suppliers can join USMCA-linked value chains and the certifications that hold them back.",
    body: `## Motivation

Since 2021, US firms have been moving production closer to home. Mexico has captured most of this **nearshoring**, but Colombia offers time-zone alignment, a free trade agreement with the United States and competitive labor costs. Can Colombian suppliers join value chains that end in USMCA markets?

## Data and approach

- Customs and firm records for 1,200 Colombian manufacturers exporting to the US or Mexico (2018–2022).
- **85 interviews** with procurement managers at US and Mexican firms.
- Mapping of USMCA rules of origin to identify inputs where non-USMCA content is allowed without losing preferences.

## Findings

1. Buyers see Colombia as a credible source for **apparel, packaging, medical devices, auto parts (non-core) and processed foods**.
2. Under USMCA, many inputs from Colombia can be used without breaking origin rules if they stay within the *de minimis* or regional-value-content thresholds.
3. Certification is the main bottleneck: only 14% of surveyed firms held the quality or traceability certifications buyers require (e.g. ISO 13485 for medical devices).
4. Logistics reliability matters more than cost: buyers penalized **port** delays and unpredictable inland transport.

| Sector | Buyer interest | Certification gap |
|---|---|---|
| Apparel and textiles | High | Medium |
| Medical devices | High | High |
| Packaging | Medium | Low |
| Auto parts (non-core) | Medium | High |

## Policy implications

- Co-finance certifications for firms with confirmed buyer interest.
- Short-sea shipping services between Cartagena and Gulf of Mexico ports.
- Joint supplier-matching events organized by US and Colombian trade bodies.

## What buyers said

Procurement managers consistently ranked reliability first: on-time delivery, consistent quality and the ability to handle small, frequent orders. Several had tested Colombian suppliers before 2020 and stopped after delays at ports or customs. Others were unaware that most Colombian goods enter the United States duty-free under the bilateral trade agreement. Buyers in Texas and northern Mexico expressed the most interest, given short-sea shipping options from Cartagena.

Working paper and code: [example.org/nearshoring-colombia](https://example.org/nearshoring-colombia).`,
    language: "en",
    publicationDate: "2023-09-19",
    countries: ["CO", "US", "MX"],
    sectors: ["ACADEMIA", "PRIVATE_SECTOR"],
    tags: ["nearshoring", "usmca", "value chains", "rules of origin", "manufacturing"],
    authorNames: ["Emily Whitaker", "Andrés Mauricio Lara", "Jessica Huang"],
    organization: "southern-atlantic-university",
    contributor: "contributor.us@puente.test",
    focusAreas: ["trade-and-investment", "technology-and-innovation"],
    metrics: [
      { label: "Firms analyzed", value: 1200, unit: "firms", year: 2023 },
      { label: "Firms holding buyer-required certifications", value: 14, unit: "%", year: 2023 },
    ],
    abstract:
      "The paper combines firm-level customs data, buyer interviews and rules-of-origin mapping to identify sectors where Colombian suppliers can join USMCA value chains. Certification and logistics reliability, not labor costs, are the main constraints.",
    methodology:
      "Descriptive and gravity-style analysis of 1,200 exporting firms from 2018 to 2022, 85 semi-structured buyer interviews and a mapping of USMCA product-specific rules of origin.",
    doi: "10.5555/puente.2023.019",
  },
  {
    type: "BEST_PRACTICE",
    slug: "certificacion-pequenos-exportadores-cafe-especial",
    title: "Certificación asociativa de pequeños productores de café especial para exportar a Estados Unidos",
    summary:
      "Un modelo de certificación grupal permitió que 1.150 pequeños caficultores de Huila y Nariño cumplieran los requisitos de trazabilidad e inocuidad del mercado estadounidense y vendieran con prima de calidad.",
    body: `## El reto

Los compradores de **café especial** en Estados Unidos pagan primas importantes, pero exigen trazabilidad por finca, registros de inocuidad y certificaciones de sostenibilidad. Para un productor con dos hectáreas, el costo de certificarse solo (entre 1 y 3 millones de pesos al año) era imposible de asumir.

## El modelo

El Consejo Empresarial de Exportadores Andinos diseñó con cinco asociaciones un **sistema interno de control** que certifica al grupo, no a cada finca:

1. **Registro de finca** con georreferenciación, variedad, área y prácticas de beneficio.
2. **Inspectores internos** formados dentro de las mismas asociaciones, que visitan cada finca una vez al año.
3. **Lotes trazables**: cada saco lleva un código que permite al comprador saber de qué vereda y productor viene.
4. **Catación** en un laboratorio compartido para clasificar lotes por puntaje y negociar precios diferenciados.
5. Acompañamiento para cumplir las reglas de inocuidad alimentaria de la FDA aplicables a exportadores.

## Resultados 2016–2018

| Indicador | 2016 | 2018 |
|---|---|---|
| Productores certificados | 240 | 1.150 |
| Café exportado directamente (toneladas) | 95 | 610 |
| Prima promedio sobre precio base | 8% | 22% |
| Costo de certificación por productor (COP) | 1.800.000 | 210.000 |

## Lecciones aprendidas

- La confianza entre productores es la base: una sola finca incumplida pone en riesgo al grupo, por eso el **control social** interno es tan importante como la auditoría externa.
- Los datos de trazabilidad también sirven para demostrar que el café no proviene de zonas deforestadas.
- *El acceso a crédito* para la cosecha sigue siendo la mayor limitación de las asociaciones.

## Próximos pasos

Las asociaciones trabajan ahora en calcular la huella de carbono de cada lote y en replicar el modelo con productores de **cacao** del sur del Huila.

Manual del sistema interno de control: [example.org/cafe-certificacion](https://example.org/cafe-certificacion).`,
    language: "es",
    publicationDate: "2018-11-13",
    countries: ["CO", "US"],
    sectors: ["PRIVATE_SECTOR", "CIVIL_SOCIETY"],
    tags: ["café", "exportaciones", "certificación", "trazabilidad", "pequeños productores"],
    authorNames: ["Sarah Lindqvist", "Gustavo Adolfo Perdomo", "Yolanda Bastidas"],
    organization: "consejo-exportadores-andinos",
    contributor: "contributor.trade@puente.test",
    focusAreas: ["trade-and-investment", "agriculture-and-rural-development"],
    metrics: [
      { label: "Productores certificados", value: 1150, unit: "productores", year: 2018 },
      { label: "Prima promedio de calidad", value: 22, unit: "%", kind: "PERCENT_CHANGE", year: 2018 },
      { label: "Café exportado directamente", value: 610, unit: "toneladas", year: 2018 },
    ],
    problem:
      "Los pequeños caficultores no podían pagar certificaciones individuales ni demostrar la trazabilidad que exigen los compradores de café especial en Estados Unidos.",
    approach:
      "Certificación grupal con un sistema interno de control, inspectores de las propias asociaciones, lotes trazables por código y un laboratorio de catación compartido.",
    outcomes:
      "Los productores certificados pasaron de 240 a 1.150, las exportaciones directas crecieron a 610 toneladas y la prima promedio llegó al 22%.",
    lessonsLearned:
      "El control social entre productores es tan importante como la auditoría externa, y la trazabilidad sirve también para demostrar que no hay deforestación.",
    partners:
      "Consejo Empresarial de Exportadores Andinos; cinco asociaciones de caficultores de Huila y Nariño; importadores de café especial en Estados Unidos.",
    location: "Huila y Nariño, Colombia",
  },
  {
    type: "RESEARCH",
    slug: "port-efficiency-benchmarking-pacific-caribbean-gulf",
    title: "Port efficiency benchmarking: Buenaventura, Cartagena and US Gulf ports",
    summary:
      "Benchmark of container dwell time, crane productivity and inland connection costs at two Colombian and three US Gulf ports, showing that inland logistics, not terminal operations, drive most of the cost gap.",
    body: `## Objective

Shippers moving goods between Colombia and the United States often blame **ports** for delays. We compare terminal and hinterland performance at Buenaventura and Cartagena with three US Gulf ports to identify where time and money are actually lost.

## Data

- Terminal operating data for 2016–2017 (vessel calls, crane moves, container dwell times).
- Customs clearance times from single-window records.
- Freight quotes from 40 trucking companies for standard routes to inland cities.

## Results

| Indicator | Cartagena | Buenaventura | US Gulf (avg.) |
|---|---|---|---|
| Crane moves per hour | 31 | 24 | 29 |
| Import container dwell time (days) | 3.1 | 5.8 | 3.4 |
| Customs clearance (hours, median) | 22 | 41 | 14 |
| Inland cost to main city (USD/TEU) | 1,150 | 1,480 | 620 |

1. **Cartagena's terminals perform at US levels**; Buenaventura lags, partly due to channel depth and tide windows.
2. Physical inspections of containers for **drug trafficking** add a median of 26 hours in Buenaventura, where inspection rates are highest.
3. Inland transport from Buenaventura to Bogotá or Cali costs more than the ocean leg from Houston.

## Discussion

The cost gap is mainly **landside**: a single mountain highway, truck convoys, and limited rail. Improving risk-based inspection would reduce dwell time without reducing security, and investment in inland corridors would yield higher returns than new berths.

## Recommendations

- Non-intrusive scanning and risk profiling to cut inspection delays.
- Prioritize the Buenaventura–Buga corridor and logistics platforms over new terminal capacity.
- Publish monthly port performance indicators to allow shippers to compare.

## Limitations

Terminal data were provided voluntarily and cover 2016–2017, before several berth expansions. Freight quotes reflect posted rates, not negotiated contract prices, which can be 10–20% lower for large shippers. US port figures are averaged across three ports with different cargo mixes. Despite these limits, the direction of the findings was confirmed in interviews with 18 freight forwarders.

Data appendix: [example.org/port-benchmark](https://example.org/port-benchmark).`,
    language: "en",
    publicationDate: "2018-03-20",
    countries: ["CO", "US"],
    sectors: ["PRIVATE_SECTOR", "ACADEMIA"],
    tags: ["ports", "logistics", "benchmarking", "container dwell time", "buenaventura"],
    authorNames: ["Sarah Lindqvist", "Hugo Armando Díaz"],
    organization: "meridian-trade-council",
    contributor: "contributor.trade@puente.test",
    focusAreas: ["infrastructure-and-connectivity", "trade-and-investment"],
    metrics: [
      { label: "Ports benchmarked", value: 5, unit: "ports", year: 2018 },
      { label: "Trucking companies surveyed", value: 40, unit: "companies", year: 2018 },
    ],
    abstract:
      "Comparing two Colombian and three US Gulf ports, the study finds Cartagena's terminal performance on par with US ports, while inland transport costs and inspection delays explain most of the cost gap for Colombian shippers.",
    methodology:
      "Benchmarking of terminal operating data, single-window customs clearance records and 40 trucking freight quotes for 2016–2017.",
    url: "https://example.org/research/port-efficiency-benchmark-2018",
  },
  {
    type: "RESEARCH",
    slug: "cryptoasset-off-ramps-remittance-corridors",
    title: "Cryptoasset off-ramps in US–Colombia remittance corridors",
    summary:
      "Blockchain and survey analysis of how stablecoins are converted to pesos in Colombia, estimating the share of peer-to-peer volume that shows laundering red flags and mapping gaps in supervision.",
    body: `## Research question

Remittances from the United States to Colombia exceeded **USD 10 billion** in 2024. A growing share moves as stablecoins that are converted to pesos through peer-to-peer (P2P) marketplaces and informal exchangers. How much of this flow carries money laundering risk, and where are the supervisory gaps?

## Data

- On-chain data for 3.4 million stablecoin transfers to wallets attributed to Colombian P2P merchants (2022–2024).
- A survey of 900 remittance recipients in Bogotá, Medellín, Cali and Pereira.
- Interviews with 16 exchange operators, bank compliance officers and supervisors.

## Findings

1. Most volume is ordinary: families use stablecoins because fees are 3–5 percentage points lower than money transfer operators.
2. About **6% of P2P volume** showed red flags: rapid pass-through wallets, links to mixing services, or structuring below reporting thresholds.
3. A small number of high-volume merchants (fewer than 200) handled most flagged volume, often using **money mule bank accounts** to pay out pesos.
4. Supervision is fragmented: exchanges register with the company registry but are not subject to full AML obligations.

## Implications

- Risk-based obligations for virtual asset service providers, with a threshold by volume.
- Bank monitoring of accounts that receive many small transfers from P2P platforms.
- Keep low-cost channels open for families: heavy-handed restrictions would push flows further into informality.

## How recipients use stablecoins

Survey respondents were mostly young, urban and banked: 71% held a bank account and 64% used a mobile wallet to receive pesos from P2P merchants. The main reasons given were lower fees, faster arrival (often under 30 minutes) and protection against **peso depreciation**. Only 9% knew that merchants could be asked to verify their identity. Recipients in smaller cities relied more on informal exchangers who pay out cash, the channel with the least oversight.

*Access restricted to members while partner agencies review the attribution methodology.* Technical appendix: [example.org/crypto-off-ramps](https://example.org/crypto-off-ramps).`,
    language: "en",
    visibility: "MEMBERS",
    publicationDate: "2025-02-26",
    countries: ["CO", "US"],
    sectors: ["ACADEMIA", "PRIVATE_SECTOR"],
    tags: ["cryptoassets", "stablecoins", "remittances", "money laundering", "blockchain analytics"],
    authorNames: ["Emily Whitaker", "Rahul Menon", "Sofía Lozano"],
    organization: "southern-atlantic-university",
    contributor: "contributor.us@puente.test",
    focusAreas: ["transnational-crime-and-illicit-finance", "cybersecurity", "technology-and-innovation"],
    metrics: [
      { label: "Stablecoin transfers analyzed", value: 3400000, unit: "transfers", year: 2024 },
      { label: "P2P volume with red flags", value: 6, unit: "%", direction: "LOWER", year: 2024 },
    ],
    abstract:
      "Using on-chain data, a recipient survey and interviews, the study estimates that about 6% of peer-to-peer stablecoin volume into Colombia shows laundering red flags, concentrated in fewer than 200 merchants.",
    methodology:
      "Attribution of 3.4 million transfers to P2P merchant wallets with clustering heuristics, a survey of 900 remittance recipients and 16 interviews with operators, compliance officers and supervisors.",
    doi: "10.5555/puente.2025.003",
  },
];
