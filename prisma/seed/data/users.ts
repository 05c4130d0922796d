import type { SeedUser } from "../types";

// Demo accounts. Org A = fundacion-tejido-territorial (Colombian NGO);
// org B = gulf-coast-joint-investigations-center (US law enforcement).
export const users: SeedUser[] = [
  {
    email: "admin@puente.test",
    name: "Patricia Holloway",
    role: "ADMIN",
    memberships: [],
  },
  {
    email: "reviewer@puente.test",
    name: "Andrés Felipe Ospina",
    role: "REVIEWER",
    memberships: [],
  },
  {
    email: "reviewer.security@puente.test",
    name: "Marcus Delgado",
    role: "REVIEWER",
    memberships: [],
    reviewerFocusAreas: [
      "security-and-defense",
      "cybersecurity",
      "transnational-crime-and-illicit-finance",
    ],
  },
  {
    email: "contributor@puente.test",
    name: "Valentina Rojas Quintero",
    role: "CONTRIBUTOR",
    memberships: [{ organization: "fundacion-tejido-territorial", role: "MEMBER" }],
  },
  {
    email: "contributor.us@puente.test",
    name: "Emily Whitaker",
    role: "CONTRIBUTOR",
    memberships: [{ organization: "southern-atlantic-university", role: "MEMBER" }],
  },
  {
    email: "member@puente.test",
    name: "Jorge Castillo",
    role: "MEMBER",
    memberships: [],
  },
  {
    email: "orgadmin@puente.test",
    name: "Claudia Patricia Herrera",
    role: "MEMBER",
    memberships: [{ organization: "fundacion-tejido-territorial", role: "ADMIN" }],
  },
  {
    email: "member.a@puente.test",
    name: "Santiago Muñoz Bedoya",
    role: "MEMBER",
    memberships: [{ organization: "fundacion-tejido-territorial", role: "MEMBER" }],
  },
  {
    email: "member.b@puente.test",
    name: "Rachel Kim",
    role: "MEMBER",
    memberships: [{ organization: "gulf-coast-joint-investigations-center", role: "MEMBER" }],
  },
  // Contributors for the other organizations (each document's contributor belongs to its organization).
  {
    email: "contributor.gov@puente.test",
    name: "Daniel Brooks",
    role: "CONTRIBUTOR",
    memberships: [
      { organization: "hemispheric-partnership-office", role: "MEMBER" },
      { organization: "hemispheric-development-facility", role: "MEMBER" },
    ],
  },
  {
    email: "contributor.law@puente.test",
    name: "Michael Torres",
    role: "CONTRIBUTOR",
    memberships: [{ organization: "gulf-coast-joint-investigations-center", role: "MEMBER" }],
  },
  {
    email: "contributor.policia@puente.test",
    name: "Carolina Vélez Arango",
    role: "CONTRIBUTOR",
    memberships: [{ organization: "unidad-investigacion-criminal-pacifico", role: "MEMBER" }],
  },
  {
    email: "contributor.finance@puente.test",
    name: "Juan Pablo Restrepo",
    role: "CONTRIBUTOR",
    memberships: [
      { organization: "oficina-andina-integridad-financiera", role: "MEMBER" },
      { organization: "observatorio-andino-drogas-delito", role: "MEMBER" },
    ],
  },
  {
    email: "contributor.trade@puente.test",
    name: "Sarah Lindqvist",
    role: "CONTRIBUTOR",
    memberships: [
      { organization: "meridian-trade-council", role: "MEMBER" },
      { organization: "consejo-exportadores-andinos", role: "MEMBER" },
    ],
  },
  {
    email: "contributor.cyber@puente.test",
    name: "Kevin Nakamura",
    role: "CONTRIBUTOR",
    memberships: [{ organization: "northstar-cyber-alliance", role: "MEMBER" }],
  },
  {
    email: "contributor.rural@puente.test",
    name: "Luisa Fernanda Cárdenas",
    role: "CONTRIBUTOR",
    memberships: [
      { organization: "fondo-territorial-campo", role: "MEMBER" },
      { organization: "universidad-cordillera-central", role: "MEMBER" },
    ],
  },
  {
    email: "contributor.civic@puente.test",
    name: "Amanda Reyes",
    role: "CONTRIBUTOR",
    memberships: [{ organization: "hemisphere-civic-trust", role: "MEMBER" }],
  },
];
