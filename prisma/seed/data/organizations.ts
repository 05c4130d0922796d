import type { SeedOrganization } from "../types";

// Fictional coalition members. Names are invented; none stands for a real agency or company.
// "Org A" in the demo is fundacion-tejido-territorial (Colombian NGO);
// "org B" is gulf-coast-joint-investigations-center (US law enforcement).
export const organizations: SeedOrganization[] = [
  // United States
  {
    slug: "hemispheric-partnership-office",
    name: "Office of Hemispheric Security and Prosperity Partnerships",
    acronym: "OHSPP",
    country: "US",
    sector: "GOVERNMENT",
    description:
      "Interagency coordination office that designs and monitors US cooperation programs with Andean partners on security, trade and energy.",
    website: "https://ohspp.example.org",
  },
  {
    slug: "gulf-coast-joint-investigations-center",
    name: "Gulf Coast Joint Investigations Center",
    acronym: "GCJIC",
    country: "US",
    sector: "LAW_ENFORCEMENT",
    description:
      "Multi-agency investigative center in the Gulf region working on narcotics, financial crime and cybercrime cases with Latin American counterparts.",
    website: "https://gcjic.example.org",
  },
  {
    slug: "hemisphere-civic-trust",
    name: "Hemisphere Civic Trust",
    country: "US",
    sector: "CIVIL_SOCIETY",
    description:
      "Nonprofit that supports transparency, open data and youth opportunity programs with local partners across the Americas.",
    website: "https://civictrust.example.org",
  },
  {
    slug: "meridian-trade-council",
    name: "Meridian Americas Trade Council",
    acronym: "MATC",
    country: "US",
    sector: "PRIVATE_SECTOR",
    description:
      "Business association of importers, shippers and logistics firms active in US–Andean trade, with working groups on ports and supply-chain security.",
    website: "https://meridiantrade.example.org",
  },
  {
    slug: "northstar-cyber-alliance",
    name: "Northstar Cyber Defense Alliance",
    acronym: "NCDA",
    country: "US",
    sector: "PRIVATE_SECTOR",
    description:
      "Consortium of cybersecurity firms that shares threat intelligence and provides pro bono incident response support to public institutions.",
    website: "https://northstarcyber.example.org",
  },
  {
    slug: "southern-atlantic-university",
    name: "Southern Atlantic University – Center for Andean Studies",
    acronym: "SAU",
    country: "US",
    sector: "ACADEMIA",
    description:
      "University research center on security, rural development and political economy in the Andean region, with a binational fellowship program.",
    website: "https://andean.sau.example.org",
  },
  {
    slug: "hemispheric-development-facility",
    name: "Hemispheric Development Facility",
    acronym: "HDF",
    country: "US",
    sector: "MULTILATERAL",
    description:
      "Washington-based multilateral facility that finances and evaluates infrastructure, energy and rural development projects in Latin America.",
    website: "https://hdf.example.org",
  },
  // Colombia
  {
    slug: "oficina-andina-integridad-financiera",
    name: "Oficina Andina de Integridad Financiera",
    acronym: "OAIF",
    country: "CO",
    sector: "GOVERNMENT",
    description:
      "Entidad pública que analiza operaciones sospechosas y coordina con fiscalía, aduanas y supervisores la lucha contra el lavado de activos.",
    website: "https://oaif.example.org",
  },
  {
    slug: "fondo-territorial-campo",
    name: "Fondo Territorial para el Campo",
    acronym: "FTC",
    country: "CO",
    sector: "GOVERNMENT",
    description:
      "Fondo público que cofinancia proyectos productivos, vías terciarias y conectividad en municipios rurales afectados por el conflicto.",
    website: "https://fondocampo.example.org",
  },
  {
    slug: "unidad-investigacion-criminal-pacifico",
    name: "Unidad Especial de Investigación Criminal del Pacífico",
    acronym: "UEICP",
    country: "CO",
    sector: "LAW_ENFORCEMENT",
    description:
      "Unidad policial de investigación criminal con sede en Cali que atiende narcotráfico, delitos informáticos y crimen organizado en el litoral Pacífico.",
    website: "https://ueicp.example.org",
  },
  {
    slug: "fundacion-tejido-territorial",
    name: "Fundación Tejido Territorial",
    acronym: "FTT",
    country: "CO",
    sector: "CIVIL_SOCIETY",
    description:
      "Organización no gubernamental que acompaña a comunidades campesinas, indígenas y afrodescendientes en procesos de sustitución de cultivos, protección y liderazgo social.",
    website: "https://tejidoterritorial.example.org",
  },
  {
    slug: "consejo-exportadores-andinos",
    name: "Consejo Empresarial de Exportadores Andinos",
    acronym: "CEEA",
    country: "CO",
    sector: "PRIVATE_SECTOR",
    description:
      "Gremio de empresas exportadoras de café, cacao, flores y manufacturas que promueve la formalización y el acceso a mercados internacionales.",
    website: "https://ceea.example.org",
  },
  {
    slug: "universidad-cordillera-central",
    name: "Universidad Cordillera Central",
    acronym: "UCC",
    country: "CO",
    sector: "ACADEMIA",
    description:
      "Universidad con sede en Manizales y programas de investigación en seguridad ciudadana, justicia, economía regional y transición energética.",
    website: "https://ucordillera.example.org",
  },
  {
    slug: "observatorio-andino-drogas-delito",
    name: "Observatorio Andino sobre Drogas y Delito",
    acronym: "OADD",
    country: "CO",
    sector: "MULTILATERAL",
    description:
      "Organismo regional con sede en Bogotá que produce datos comparables sobre drogas, minería ilegal y economías criminales en los países andinos.",
    website: "https://oadd.example.org",
  },
];
