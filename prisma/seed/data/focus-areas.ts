import type { SeedFocusArea } from "../types";

// The coalition's thematic areas, in display order. All are top-level.
export const focusAreas: SeedFocusArea[] = [
  {
    slug: "security-and-defense",
    nameEn: "Security and defense",
    nameEs: "Seguridad y defensa",
    descriptionEn:
      "Citizen security, police and military cooperation, border management and the protection of communities in conflict-affected regions.",
    descriptionEs:
      "Seguridad ciudadana, cooperación policial y militar, gestión de fronteras y protección de comunidades en regiones afectadas por el conflicto.",
    displayOrder: 1,
  },
  {
    slug: "transnational-crime-and-illicit-finance",
    nameEn: "Transnational crime and illicit finance",
    nameEs: "Crimen transnacional y finanzas ilícitas",
    descriptionEn:
      "Money laundering, trade-based laundering, illegal mining and the criminal networks that move people, goods and money across borders. Includes asset recovery and financial intelligence.",
    descriptionEs:
      "Lavado de activos, lavado basado en el comercio, minería ilegal y las redes criminales que mueven personas, bienes y dinero a través de las fronteras. Incluye recuperación de activos e inteligencia financiera.",
    displayOrder: 2,
  },
  {
    slug: "counternarcotics",
    nameEn: "Counternarcotics",
    nameEs: "Lucha contra el narcotráfico",
    descriptionEn:
      "Reducing coca cultivation, cocaine production and drug trafficking through interdiction, alternative development and public health approaches.",
    descriptionEs:
      "Reducción de los cultivos de coca, la producción de cocaína y el narcotráfico mediante interdicción, desarrollo alternativo y enfoques de salud pública.",
    displayOrder: 3,
  },
  {
    slug: "trade-and-investment",
    nameEn: "Trade and investment",
    nameEs: "Comercio e inversión",
    descriptionEn:
      "Bilateral trade under the US–Colombia Trade Promotion Agreement, nearshoring, export promotion and a predictable climate for investment.",
    descriptionEs:
      "Comercio bilateral en el marco del Acuerdo de Promoción Comercial Colombia–Estados Unidos, nearshoring, promoción de exportaciones y un clima predecible para la inversión.",
    displayOrder: 4,
  },
  {
    slug: "agriculture-and-rural-development",
    nameEn: "Agriculture and rural development",
    nameEs: "Agricultura y desarrollo rural",
    descriptionEn:
      "Smallholder productivity, value chains such as coffee and cacao, land tenure and rural livelihoods. Central to lasting alternatives to illicit crops.",
    descriptionEs:
      "Productividad de pequeños productores, cadenas de valor como el café y el cacao, tenencia de la tierra y medios de vida rurales. Es clave para alternativas duraderas a los cultivos ilícitos.",
    displayOrder: 5,
  },
  {
    slug: "technology-and-innovation",
    nameEn: "Technology and innovation",
    nameEs: "Tecnología e innovación",
    descriptionEn:
      "Data, digital public services, research and development, and the responsible use of new tools by governments, companies and communities.",
    descriptionEs:
      "Datos, servicios públicos digitales, investigación y desarrollo, y el uso responsable de nuevas herramientas por parte de gobiernos, empresas y comunidades.",
    displayOrder: 6,
  },
  {
    slug: "energy",
    nameEn: "Energy",
    nameEs: "Energía",
    descriptionEn:
      "Energy security and the transition to renewable energy, including solar, wind and green hydrogen, and its effect on producing regions.",
    descriptionEs:
      "Seguridad energética y transición hacia energías renovables, incluidas la solar, la eólica y el hidrógeno verde, y sus efectos en las regiones productoras.",
    displayOrder: 7,
  },
  {
    slug: "infrastructure-and-connectivity",
    nameEn: "Infrastructure and connectivity",
    nameEs: "Infraestructura y conectividad",
    descriptionEn:
      "Ports, rural roads, logistics corridors and broadband that connect producers to markets and citizens to services.",
    descriptionEs:
      "Puertos, vías terciarias, corredores logísticos y banda ancha que conectan a los productores con los mercados y a la ciudadanía con los servicios.",
    displayOrder: 8,
  },
  {
    slug: "environment-and-climate",
    nameEn: "Environment and climate",
    nameEs: "Medio ambiente y clima",
    descriptionEn:
      "Halting deforestation, protecting the Amazon and other strategic ecosystems, and adapting to climate change. Covers environmental crime and payments for ecosystem services.",
    descriptionEs:
      "Detener la deforestación, proteger la Amazonía y otros ecosistemas estratégicos y adaptarse al cambio climático. Abarca los delitos ambientales y el pago por servicios ambientales.",
    displayOrder: 9,
  },
  {
    slug: "education-and-exchanges",
    nameEn: "Education and exchanges",
    nameEs: "Educación e intercambios",
    descriptionEn:
      "Academic and professional exchanges, scholarships, skills training and partnerships between universities in both countries.",
    descriptionEs:
      "Intercambios académicos y profesionales, becas, formación de competencias y alianzas entre universidades de ambos países.",
    displayOrder: 10,
  },
  {
    slug: "governance-and-rule-of-law",
    nameEn: "Governance and rule of law",
    nameEs: "Gobernanza y Estado de derecho",
    descriptionEn:
      "Transparency, anti-corruption, access to justice and effective public institutions at national and local level.",
    descriptionEs:
      "Transparencia, lucha contra la corrupción, acceso a la justicia e instituciones públicas eficaces en los niveles nacional y local.",
    displayOrder: 11,
  },
  {
    slug: "community-and-social-development",
    nameEn: "Community and social development",
    nameEs: "Desarrollo comunitario y social",
    descriptionEn:
      "Community-led initiatives, social leaders, victims, youth and ethnic communities. Focuses on what makes security and development gains last at the local level.",
    descriptionEs:
      "Iniciativas comunitarias, liderazgos sociales, víctimas, juventud y comunidades étnicas. Se centra en lo que hace duraderos los avances en seguridad y desarrollo en lo local.",
    displayOrder: 12,
  },
  {
    slug: "cybersecurity",
    nameEn: "Cybersecurity",
    nameEs: "Ciberseguridad",
    descriptionEn:
      "Preventing and responding to cybercrime and ransomware, protecting critical infrastructure and building digital security skills.",
    descriptionEs:
      "Prevención y respuesta frente al cibercrimen y el ransomware, protección de la infraestructura crítica y desarrollo de capacidades de seguridad digital.",
    displayOrder: 13,
  },
];
