// Test support for the contract test: documents with different visibilities, organizations
// and embargoes, and viewers who may read different subsets of them.
import type { FilterValues } from "../filter";
import type { Viewer } from "@/lib/policies/viewer";
import type { SearchDocument } from "../types";
import { pages, searchDocument } from "./testing-documents";

export const MALICIOUS_TAG = 'x" OR visibility = "ORGANIZATION';
const DAY = 86_400_000;

export function contractDocuments(now: number): SearchDocument[] {
  const org = (id: string) => ({ organization: { id, slug: `${id}-slug`, name: `Org ${id}` }, organizationId: id });
  return [
    searchDocument("port", {
      title: "Port security cooperation in Cartagena", tags: ["customs"], date: now - 10 * DAY, year: 2024,
      summary: "Customs and <script>alert(1)</script> port controls", body: "Joint inspections at the port of Cartagena.",
    }),
    searchDocument("harbor", {
      title: "Security of the harbor: lessons", type: "BEST_PRACTICE", date: now - 5 * DAY, year: 2025, ...org("org-b"),
      body: "A review of the security of the port of Buenaventura.",
    }),
    searchDocument("lavado", { title: "Lavado de activos en zonas francas", language: "es", date: now - 20 * DAY, year: 2023, summary: "Estudio sobre lavado de activos." }),
    searchDocument("members", { visibility: "MEMBERS", title: "Members briefing on crimson tides", date: now - 2 * DAY }),
    searchDocument("hidden", { visibility: "ORGANIZATION", ...org("org-h"), title: "Zeppelinsecret operations", tags: ["zeppelinsecret"], date: now - DAY }),
    searchDocument("embargoed", { ...org("org-e"), embargoUntil: now + 30 * DAY, title: "Embargoword pending report", tags: ["embargotag"], date: now - 3 * DAY }),
    searchDocument("released", { embargoUntil: now - DAY, title: "Released crimson harbor study", date: now - 30 * DAY, year: 2022 }),
    searchDocument("annual", {
      title: "Annual report", type: "RESEARCH", date: now - 40 * DAY, year: 2021,
      chunks: pages("report.pdf", 14, 40, (p) => (p >= 12 ? `page ${p}: the kryptonite shipment was seized` : `page ${p} general text`)),
    }),
    searchDocument("probe", { title: "Tag injection probe", tags: [MALICIOUS_TAG], date: now - 50 * DAY }),
    // One document per language with the same name, number and code-like words, and word forms
    // another form of which a query can carry (language analysis: the int test).
    searchDocument("aduanas", {
      title: "Controles aduaneros en la frontera", language: "es", date: now - 60 * DAY, year: 2019,
      bodyText: "Las inspecciones conjuntas de la UNODC en 2019 revisaron los contenedores con la partida HS-8471.",
    }),
    searchDocument("warehouses", {
      title: "Bonded warehouses audit", date: now - 70 * DAY, year: 2019,
      bodyText: "Auditors inspected bonded warehouses under regulation EU-952 in 2019 with UNODC advisers.",
    }),
  ];
}

export function filterValues(doc: SearchDocument): FilterValues {
  return {
    documentId: doc.id, visibility: doc.visibility, organizationId: doc.organizationId, contributorId: doc.contributorId, embargoUntil: doc.embargoUntil,
    focusAreaIds: doc.focusAreas.map((f) => f.id), tags: doc.tags, year: doc.year,
  };
}

const user = (id: string, extra: Partial<Extract<Viewer, { kind: "user" }>> = {}): Viewer => ({
  kind: "user", id, role: "MEMBER", verified: true, organizationIds: [], adminOrganizationIds: [], reviewerFocusAreaIds: [], ...extra,
});

export const contractViewers: Record<string, Viewer> = {
  anonymous: { kind: "anonymous" },
  member: user("member"),
  hiddenOrgMember: user("h-member", { organizationIds: ["org-h"] }),
  embargoOrgMember: user("e-member", { organizationIds: ["org-e"] }),
  admin: user("admin", { role: "ADMIN" }),
};
