import type { SeedAttachment } from "../types";

// Files attached to seeded documents, generated at seed time (prisma/seed/files). Each holds
// one phrase that appears nowhere else in the demo content, so searching for it shows a hit
// "found in" the file: "Protocolo Garza Azul" (PDF, page 3), "Libreta Verde de Cosecha"
// (DOCX), "tide window ledger" (PDF, page 2), "barrido predial" (PDF of a document in review).
export const attachments: SeedAttachment[] = [
  {
    format: "pdf",
    document: "binational-financial-tracking-trade-based-money-laundering",
    fileName: "tbml-indicator-annex-2023.pdf",
    title: "Technical annex: trade-based money laundering indicators / Anexo técnico: indicadores de lavado basado en comercio",
    footer: "Binational financial tracking program · Technical annex · 2023",
    pages: [
      {
        heading: "Annex A. Indicator definitions",
        paragraphs: [
          "This annex defines the indicators the joint case teams of the Oficina Andina de Integridad Financiera and its US counterparts use to select shipments for review. It accompanies the program description published on Puente and replaces the working definitions circulated in 2021.",
          "A shipment is matched when the bill-of-lading number, the tariff line and the declared quantity agree in the export declaration filed in the United States and the import declaration filed in Colombia, within a tolerance of 2% for quantities and 10 days for dates. Unmatched shipments are kept for a second pass using consignee tax identifiers.",
          "Unit value deviation. For each tariff line and month, analysts compute the median declared unit value over the previous 24 months. A deviation above 40% in either direction is a red flag; above 100% it is a strong red flag. Lines with fewer than 30 shipments in the reference period use the regional median instead.",
          "Third-party payment. The payment for the goods comes from an account that belongs to neither the importer nor a financial institution acting for it, or from more than three accounts for one invoice.",
          "New consignee. The importer was registered less than twelve months before the shipment, or changed its legal representative in the last six months.",
          "Structured payments. Two or more transfers for the same invoice fall below the cash and wire reporting thresholds of either country within 15 days.",
        ],
      },
      {
        heading: "A.2 Scoring and alert thresholds",
        paragraphs: [
          "Each matched shipment receives one point per red flag and three points per strong red flag. Shipments of the same importer in the same month are added together, because schemes split value across many small consignments.",
          "Analysts review the 50 highest-scoring importers each month. In 2023 the median alert score was 7 and the 50th alert scored 11. Alerts are closed as explained (a documented commercial reason), referred to customs for a post-clearance audit, or opened as a joint case.",
          "Of the 600 alerts reviewed in 2023, 58 became joint cases (9.7%), 212 were referred to customs and 330 were explained. Textiles, footwear and auto parts produced 71% of joint cases although they are 18% of matched shipments.",
          "Quality control. Every quarter a second team re-scores a random sample of 40 closed alerts. Disagreement fell from 22% in the first quarter of 2022 to 8% in the last quarter of 2023, mostly because definitions of related parties were written down.",
          "Limits. Declared values can be wrong for honest reasons: currency conversions, freight included or excluded, and returns. Analysts must check the commercial documents before any alert leaves the team.",
        ],
      },
      {
        heading: "Anexo B. Resumen en español",
        paragraphs: [
          "Este anexo resume, para los equipos colombianos, las definiciones de los indicadores de alerta del programa binacional de seguimiento financiero contra el lavado de activos basado en comercio.",
          "Desviación del valor unitario: se compara el valor declarado con la mediana de los últimos 24 meses para la misma subpartida arancelaria. Una desviación superior al 40% es una señal de alerta; superior al 100%, una señal fuerte.",
          "Pago por terceros, importador nuevo y pagos fraccionados se definen igual que en el anexo A. Cada señal suma un punto y cada señal fuerte, tres.",
          "Protocolo Garza Azul. Cuando un caso conjunto confirma la coincidencia entre el pago y la mercancía, la fiscalía puede solicitar la congelación de cuentas en un plazo de 72 horas. El Protocolo Garza Azul fija quién firma cada paso, qué documentos se comparten con la contraparte estadounidense y cómo se registra la cadena de custodia de la información financiera.",
          "En 2023 se aplicó en 19 casos; en 16 de ellos la congelación se ordenó antes de que los fondos salieran del sistema financiero colombiano.",
        ],
      },
      {
        heading: "Annex C. Data fields exchanged / Campos de datos intercambiados",
        paragraphs: [
          "Bill-of-lading number / número de conocimiento de embarque. Tariff line (HS, 10 digits) / subpartida arancelaria. Declared quantity and unit / cantidad declarada y unidad. Declared value in USD / valor declarado en dólares. Exporter and consignee identifiers / identificación del exportador y del consignatario.",
          "Payment records are not exchanged in bulk. Each country queries its own financial intelligence unit for the importers in the monthly review list, and shares the answers only inside a joint case.",
          "Los registros de pago no se intercambian de forma masiva: cada país consulta a su propia unidad de inteligencia financiera por los importadores de la lista mensual y comparte las respuestas solo dentro de un caso conjunto.",
          "Retention: matched records are kept for five years after the last shipment of the importer; closed alerts for two years. / Conservación: cinco años para los registros y dos años para las alertas cerradas.",
        ],
      },
    ],
  },
  {
    format: "docx",
    document: "sustitucion-voluntaria-coca-cacao-catatumbo",
    fileName: "acuerdo-veredal-tipo-catatumbo.docx",
    title: "Ficha técnica y acuerdo veredal tipo: sustitución de coca por cacao en el Catatumbo",
    language: "es-CO",
    author: "Fundación Tejido Territorial",
    sections: [
      {
        heading: "1. Para qué sirve este documento",
        paragraphs: [
          "Esta ficha acompaña la experiencia de sustitución voluntaria de cultivos en Tibú y El Tarra. Reúne el modelo de acuerdo colectivo que firmaron las veredas, los compromisos de cada parte y la forma de verificar el cumplimiento. Puede adaptarse a otras regiones siempre que se conserve el principio de que la comunidad entera decide y vigila.",
        ],
      },
      {
        heading: "2. Compromisos de las familias",
        paragraphs: [
          "Arrancar la totalidad de la coca de la finca en los seis meses siguientes a la firma, sin resiembra en otros predios.",
          "Establecer al menos una hectárea de cacao fino de aroma con el material genético entregado por el programa y mantener los cultivos de pancoger.",
          "Llevar la Libreta Verde de Cosecha: un cuaderno por finca donde se anotan las labores, los kilos cosechados, las ventas y las visitas técnicas. La libreta es la base de la compra asegurada y de la verificación comunitaria.",
        ],
      },
      {
        heading: "3. Compromisos del programa y de los compradores",
        paragraphs: [
          "Pagos mensuales de ingreso puente durante 24 meses, en la fecha acordada; un retraso de más de 30 días suspende las obligaciones de la vereda hasta que se ponga al día.",
          "Asistencia técnica semanal durante los primeros 18 meses y quincenal después.",
          "Compra asegurada del grano fermentado y seco en el centro de beneficio comunitario, con una prima por calidad publicada al inicio de cada cosecha.",
        ],
      },
      {
        heading: "4. Verificación",
        paragraphs: [
          "Un comité veredal de cinco personas, elegido en asamblea, visita cada finca dos veces al año junto con el técnico y revisa la Libreta Verde de Cosecha. Las imágenes satelitales se usan para confirmar, no para sancionar: cualquier diferencia se discute primero en asamblea.",
        ],
      },
      {
        heading: "Summary in English",
        paragraphs: [
          "This technical sheet accompanies the voluntary crop substitution experience in Tibú and El Tarra, Catatumbo. It contains the model collective agreement signed by each vereda: families remove all coca within six months and plant fine-flavor cacao; the program pays monthly bridge income for 24 months and provides weekly technical assistance; buyers guarantee the purchase of fermented, dried beans at a published quality premium.",
          "Compliance is verified by an elected vereda committee that visits each farm twice a year and reviews the farm's harvest logbook (the \"Libreta Verde de Cosecha\"). Satellite imagery confirms findings but never triggers sanctions on its own.",
        ],
      },
    ],
  },
  {
    format: "pdf",
    document: "port-efficiency-benchmarking-pacific-caribbean-gulf",
    fileName: "port-benchmark-data-appendix.pdf",
    title: "Port efficiency benchmarking: data appendix / apéndice de datos",
    footer: "Port efficiency benchmarking · Data appendix",
    pages: [
      {
        heading: "Data appendix. Sources and definitions",
        paragraphs: [
          "This appendix documents the data behind the benchmark of Buenaventura, Cartagena and three US Gulf ports. Terminal operators provided vessel-call records for 2016 and 2017 under a confidentiality agreement; figures are reported only as port averages.",
          "Crane moves per hour: container lifts (loading, discharge and restows) divided by the gross working time of the cranes assigned to a vessel, from first lift to last lift, including breaks. Net productivity, which excludes breaks, is not comparable across operators and is not used.",
          "Import container dwell time: days between discharge from the vessel and the gate-out of the container, for full import containers only. Empty containers and transshipment are excluded.",
          "Customs clearance: hours between the filing of the import declaration in the single window and release, median per port. Inspections are included.",
          "Inland cost: posted trucking rate for one twenty-foot equivalent unit (TEU) from the port to the main inland city (Bogotá and Cali for the Colombian ports, Dallas and Atlanta for the Gulf ports), in USD at the average 2017 exchange rate.",
        ],
      },
      {
        heading: "Measuring tide windows and berth time",
        paragraphs: [
          "Buenaventura's access channel limits the draft of arriving vessels at low tide. To separate this effect from terminal performance we built a tide window ledger: for every vessel call it records the scheduled arrival, the first tide window the vessel's draft allowed, the actual berthing time and the hours lost waiting for the tide.",
          "The tide window ledger covers 1,126 vessel calls. Vessels with a draft above 12.5 meters waited a median of 9 hours for the tide, against 1 hour for smaller vessels. Removing tide waiting time reduces Buenaventura's gap in berth time with Cartagena by about one third.",
          "Crane productivity is not affected by tides once a vessel is at berth; the remaining gap (24 against 31 moves per hour) reflects equipment age and labor organization.",
          "Dwell time in Buenaventura is longest for containers selected for physical inspection, which take a median of 26 additional hours. Containers cleared without inspection leave in 3.9 days, close to the Gulf average.",
        ],
      },
      {
        heading: "Apéndice en español: resumen de los datos",
        paragraphs: [
          "Este apéndice describe las fuentes y definiciones del estudio comparativo de eficiencia portuaria entre Buenaventura, Cartagena y tres puertos del golfo de México en Estados Unidos.",
          "Movimientos por hora de grúa: contenedores movidos divididos por el tiempo bruto de trabajo de las grúas asignadas al buque. Tiempo de permanencia: días entre la descarga y la salida del contenedor lleno de importación. Costo terrestre: tarifa publicada de transporte por carretera de un contenedor de veinte pies hasta la ciudad principal.",
          "El registro de ventanas de marea muestra que los buques de más de 12,5 metros de calado esperaron una mediana de nueve horas para entrar a Buenaventura. Aun descontando esa espera, la mayor parte de la diferencia de costos con los puertos estadounidenses está en el transporte terrestre y no en la operación de las terminales.",
        ],
      },
    ],
  },
  {
    format: "pdf",
    document: "land-formalization-agricultural-credit",
    fileName: "pre-analysis-plan-summary.pdf",
    title: "Land formalization and agricultural credit: pre-analysis plan summary",
    footer: "Land formalization study · Pre-analysis plan · Draft for review",
    pages: [
      {
        heading: "Pre-analysis plan: design",
        paragraphs: [
          "The study uses the phased rollout of massive land formalization in 40 municipalities. Municipalities entered the program in four phases between 2018 and 2022; the order was set by the land agency's operational plan, not by expected credit demand, which we verify with pre-program balance tests.",
          "Formalization was carried out through sweeps: teams visited every parcel of a vereda at once instead of waiting for individual requests. In Spanish the program calls each sweep a barrido predial, and the registry marks the parcels it covered.",
          "Outcomes are measured at the parcel level (registry and cadastre records for 96,000 parcels) and at the household level (a panel survey of 2,000 households interviewed before the sweep and two years later).",
        ],
      },
      {
        heading: "Hypotheses and outcomes",
        paragraphs: [
          "H1. A registered title increases access to formal agricultural credit, measured as any loan from a regulated lender in the two years after the sweep.",
          "H2. The effect is larger for women-headed households and where a bank branch or banking correspondent is within 20 kilometers.",
          "H3. Titling reduces reported land disputes and does not lead to land sales to large buyers within two years.",
          "All hypotheses, outcome definitions and the staggered difference-in-differences estimator were registered before the 2024 survey data were received.",
        ],
      },
      {
        heading: "Resumen del plan de preanálisis",
        paragraphs: [
          "El estudio aprovecha la entrada escalonada de 40 municipios al programa de formalización masiva de la tierra. Cada barrido predial visitó todos los predios de una vereda y permitió registrar títulos a bajo costo.",
          "Se evaluará si el título registrado aumenta el acceso al crédito agropecuario formal, si el efecto es mayor para los hogares con jefatura femenina y si disminuyen los conflictos por la tierra.",
        ],
      },
    ],
  },
];
