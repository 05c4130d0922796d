import type { SeedDocument } from "../types";
import { counternarcoticsDocuments } from "./documents-counternarcotics";
import { cyberDocuments } from "./documents-cyber";
import { economyDocuments } from "./documents-economy";
import { energyDocuments } from "./documents-energy";
import { illicitFinanceDocuments } from "./documents-illicit-finance";
import { justiceDocuments } from "./documents-justice";
import { ruralDocuments } from "./documents-rural";
import { securityDocuments } from "./documents-security";
import { societyDocuments } from "./documents-society";

export { attachments } from "./attachments";
export { focusAreas } from "./focus-areas";
export { organizations } from "./organizations";
export { users } from "./users";

export const documents: SeedDocument[] = [
  ...securityDocuments,
  ...justiceDocuments,
  ...illicitFinanceDocuments,
  ...counternarcoticsDocuments,
  ...cyberDocuments,
  ...economyDocuments,
  ...energyDocuments,
  ...ruralDocuments,
  ...societyDocuments,
];
