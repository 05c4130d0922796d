import type { SeedDocument } from "../types";

export const cyberDocuments: SeedDocument[] = [
  {
    type: "REPORT",
    slug: "joint-cybersecurity-operations-2023-results",
    title: "Joint cybersecurity operations 2023: results of the binational cybercrime task force",
    summary:
      "Annual results of the US–Colombia cybercrime task force: 15 major cybercrime rings disrupted in 2023, including ransomware affiliates and bank-fraud call centers, with lessons on evidence sharing and victim notification.",
    body: `## Overview

In 2023 the binational cybercrime task force, combining investigators from the Gulf Coast Joint Investigations Center, Colombian cybercrime units and private-sector partners, ran **coordinated operations** against groups targeting victims in both countries. This report presents the year's results.

## Results at a glance

| Indicator | 2023 |
|---|---|
| Major cybercrime rings disrupted | 15 |
| Arrests (both countries) | 92 |
| Ransomware affiliates identified | 23 |
| Victims notified before encryption | 61 organizations |
| Fraud losses prevented (estimate) | USD 38 million |

## Types of groups disrupted

1. **Ransomware affiliates** who bought initial access to hospitals, municipalities and logistics companies.
2. **Vishing call centers** in Colombian cities impersonating bank fraud departments to target US and Colombian customers.
3. **Business email compromise** crews diverting supplier payments in import–export firms.
4. *SIM-swap* networks that hijacked phone numbers to take over bank accounts.

## What made the difference

- **24/7 points of contact** in each country, able to request data preservation within hours.
- Joint analysis of cryptocurrency wallets, which linked 7 apparently separate groups to the same laundering service.
- Early **victim notification**: when investigators saw access being sold, they warned the target before ransomware was deployed.
- Secondment of two Colombian analysts to the center for six months.

## Remaining obstacles

- Formal evidence requests still take months; the Budapest Convention channel helps but is not fast enough for volatile data.
- Telecom operators keep subscriber data for different periods, which breaks investigations.
- Victims, especially small firms, rarely report ransomware payments.

## Next steps

Expand the task force to Panama and Ecuador, standardize a victim-notification protocol, and publish a plain-language guide for small businesses. Full statistical annex at [example.org/cyber-task-force-2023](https://example.org/cyber-task-force-2023).

## Method note

A ring is counted as disrupted when its core members were arrested or charged, or its infrastructure (servers, domains, wallets) was seized, and its activity stopped for at least 90 days afterwards.`,
    language: "en",
    publicationDate: "2024-02-15",
    countries: ["US", "CO"],
    sectors: ["LAW_ENFORCEMENT", "PRIVATE_SECTOR"],
    tags: ["cybercrime", "ransomware", "joint operations", "business email compromise", "vishing"],
    authorNames: ["Michael Torres", "Ana María Villegas", "Brian Kessler"],
    organization: "gulf-coast-joint-investigations-center",
    contributor: "contributor.law@puente.test",
    focusAreas: ["cybersecurity", "transnational-crime-and-illicit-finance"],
    featured: true,
    metrics: [
      { label: "Major cybercrime rings disrupted", value: 15, unit: "rings", year: 2023 },
      { label: "Arrests", value: 92, unit: "people", year: 2023 },
      { label: "Organizations warned before encryption", value: 61, unit: "organizations", year: 2023 },
      { label: "Fraud losses prevented", value: 38000000, unit: "USD", year: 2023 },
    ],
    issuingBody: "Gulf Coast Joint Investigations Center and partner cybercrime units",
    periodStart: "2023-01-01",
    periodEnd: "2023-12-31",
  },
  {
    type: "BEST_PRACTICE",
    slug: "municipal-ransomware-readiness-playbook",
    title: "A ransomware readiness playbook for small and mid-sized municipalities",
    summary:
      "A 90-day program helped 37 municipalities in Colombia and the US Gulf states back up critical systems, enforce multi-factor authentication and rehearse their response, cutting recovery time in real incidents from weeks to days.",
    body: `## Why municipalities

Municipal governments hold tax records, civil registries and payroll, but many run on **unsupported software** with one or two IT staff. Between 2019 and 2021, ransomware attacks paralyzed several city halls in both countries for weeks, stopping payments and permit processing.

## The 90-day program

Northstar Cyber Defense Alliance volunteers worked with each municipality in three phases:

### Days 1–30: know what you have
- Inventory of systems, internet-facing services and administrator accounts.
- Identify the five processes that must not stop (payroll, tax collection, civil registry, emergency line, water utility billing).

### Days 31–60: close the main doors
- **Multi-factor authentication** on email and remote access.
- Offline, tested **backups** following the 3-2-1 rule.
- Patch or isolate exposed remote desktop services.

### Days 61–90: practice
- A tabletop exercise with the mayor, legal counsel and communications staff.
- Pre-agreed contacts with national CSIRTs and police cybercrime units.
- A decision guide on ransom payment, with legal advice.

## Results

| Indicator | Before | After 90 days |
|---|---|---|
| Municipalities with offline backups | 9 of 37 | 34 of 37 |
| Admin accounts with MFA | 21% | 93% |
| Exposed remote desktop services | 58 | 4 |

Three participating municipalities suffered ransomware incidents in 2022. All restored critical services **within four days** without paying, against a median of 23 days for comparable non-participants.

## Lessons

- Start with email and remote access: they explain most initial intrusions.
- Involve the mayor's office early; budget decisions depend on it.
- *Backups that were never restored are not backups.*

## Cost

The program cost USD 9,000–14,000 per municipality, mostly for backup storage, MFA licenses and volunteer travel. In the three incidents mentioned above, ransom demands ranged from USD 180,000 to USD 650,000. Municipal councils approved follow-up budgets in 29 of 37 cases, usually after seeing the results of the tabletop exercise.

Templates and exercise scenarios: [example.org/municipal-ransomware](https://example.org/municipal-ransomware).`,
    language: "en",
    publicationDate: "2022-09-06",
    countries: ["CO", "US"],
    sectors: ["PRIVATE_SECTOR", "GOVERNMENT"],
    tags: ["ransomware", "municipal government", "backups", "multi-factor authentication", "incident response"],
    authorNames: ["Kevin Nakamura", "Sandra Milena Quiroga"],
    organization: "northstar-cyber-alliance",
    contributor: "contributor.cyber@puente.test",
    focusAreas: ["cybersecurity", "governance-and-rule-of-law"],
    metrics: [
      { label: "Municipalities supported", value: 37, unit: "municipalities", year: 2022 },
      { label: "Admin accounts with MFA", value: 93, unit: "%", year: 2022 },
      { label: "Median recovery time after incident", value: 4, unit: "days", direction: "LOWER", year: 2022 },
    ],
    problem:
      "Municipal governments with small IT teams and outdated systems were being paralyzed by ransomware for weeks, halting payroll, tax collection and civil registries.",
    approach:
      "A 90-day program of asset inventory, multi-factor authentication, tested offline backups, closing exposed remote access and a tabletop exercise with municipal leadership.",
    outcomes:
      "Offline backups went from 9 to 34 of 37 municipalities, MFA coverage reached 93%, and municipalities later hit by ransomware recovered in four days without paying.",
    lessonsLearned:
      "Secure email and remote access first, involve political leadership early, and regularly test that backups can be restored.",
    partners:
      "Northstar Cyber Defense Alliance; 37 municipalities in Colombia and the US Gulf states; national CSIRTs; police cybercrime units.",
    location: "Antioquia, Valle del Cauca and Atlántico, Colombia; Louisiana and Mississippi, United States",
  },
  {
    type: "BEST_PRACTICE",
    slug: "contencion-ransomware-hospitales-protocolo",
    title: "Protocolo de contención de ransomware en hospitales públicos del Valle del Cauca",
    summary:
      "Un protocolo conjunto entre la unidad de delitos informáticos y las redes hospitalarias permitió contener ataques de ransomware sin suspender la atención de urgencias y preservar la evidencia digital para la judicialización.",
    body: `## Contexto

Entre 2021 y 2023, cinco hospitales públicos del Valle del Cauca sufrieron ataques de **ransomware** que cifraron historias clínicas y sistemas de facturación. En dos casos las urgencias funcionaron en papel durante más de diez días y se perdió evidencia porque los equipos se reinstalaron antes de que llegaran los investigadores.

## El protocolo

La Unidad Especial de Investigación Criminal del Pacífico y la secretaría departamental de salud acordaron un protocolo de cuatro fases:

1. **Aislar, no apagar**: desconectar de la red los equipos afectados sin apagarlos, para conservar la memoria volátil.
2. **Llamar en la primera hora** a la línea de delitos informáticos, disponible 24 horas, que envía un perito en menos de seis horas.
3. **Continuidad clínica**: kit de formatos en papel y procedimiento de contingencia probado cada semestre en urgencias, farmacia y laboratorio.
4. **Recuperación con evidencia**: imagen forense de los equipos clave antes de restaurar desde las copias de seguridad.

## Preparación previa

- Inventario de sistemas críticos y de los proveedores con acceso remoto.
- Copias de seguridad desconectadas de la red, con pruebas de restauración trimestrales.
- Simulacros conjuntos con personal clínico, sistemas y policía.

## Resultados en 2024

| Indicador | Antes del protocolo | Con el protocolo |
|---|---|---|
| Días de urgencias en contingencia manual | 10–14 | 1–2 |
| Casos con evidencia forense preservada | 1 de 5 | 3 de 3 |
| Hospitales con simulacro realizado | 0 | 11 |

Los tres incidentes ocurridos en 2024 se contuvieron en menos de 48 horas y en ninguno se pagó rescate. Dos de ellos permitieron identificar al grupo afiliado responsable.

## Lecciones

- *El personal clínico debe participar en los simulacros*, no solo el área de sistemas.
- Los proveedores de software con acceso remoto son la principal puerta de entrada; exigirles doble factor de autenticación.

Protocolo completo y formatos: [example.org/protocolo-ransomware-hospitales](https://example.org/protocolo-ransomware-hospitales).`,
    language: "es",
    publicationDate: "2024-07-10",
    countries: ["CO"],
    sectors: ["LAW_ENFORCEMENT", "GOVERNMENT"],
    tags: ["ransomware", "hospitales", "ciberdelito", "evidencia digital", "respuesta a incidentes"],
    authorNames: ["Carolina Vélez Arango", "Jhon Fredy Ríos", "Diana Lucía Muñoz"],
    organization: "unidad-investigacion-criminal-pacifico",
    contributor: "contributor.policia@puente.test",
    focusAreas: ["cybersecurity", "security-and-defense"],
    metrics: [
      { label: "Hospitales con simulacro", value: 11, unit: "hospitales", year: 2024 },
      { label: "Incidentes contenidos en menos de 48 horas", value: 3, unit: "incidentes", year: 2024 },
    ],
    problem:
      "Los ataques de ransomware a hospitales públicos obligaban a operar urgencias en papel durante semanas y la evidencia se perdía al reinstalar los equipos.",
    approach:
      "Protocolo conjunto de aislamiento sin apagado, llamada en la primera hora a la unidad de delitos informáticos, continuidad clínica en papel y recuperación con imagen forense previa.",
    outcomes:
      "En 2024 los tres incidentes se contuvieron en menos de 48 horas, sin pago de rescate, con evidencia preservada en todos los casos.",
    lessonsLearned:
      "Los simulacros deben incluir al personal clínico y los proveedores con acceso remoto deben usar doble factor de autenticación.",
    partners:
      "Unidad Especial de Investigación Criminal del Pacífico; secretaría departamental de salud del Valle del Cauca; once hospitales públicos de la red departamental.",
    location: "Valle del Cauca, Colombia",
  },
  {
    type: "RESEARCH",
    slug: "phishing-susceptibility-smes-us-colombia",
    title: "Phishing susceptibility among small-business employees in Colombia and the United States",
    summary:
      "A field experiment with 4,100 employees of 86 small and medium enterprises measured how often staff click on simulated phishing emails and which kinds of training reduce clicks over six months.",
    body: `## Why SMEs

Small and medium enterprises (SMEs) make up over 90% of firms in both countries and are frequent victims of **business email compromise** and invoice fraud. They rarely have a security team, so employee behavior is the main line of defense.

## Experimental design

- **86 firms** (48 in Colombia, 38 in the United States) in logistics, agribusiness, retail and professional services.
- 4,100 employees received simulated phishing emails monthly for six months, in their own language.
- Firms were randomly assigned to one of three arms:
  1. No training (control).
  2. Annual video training.
  3. *Just-in-time* micro-lessons shown immediately after a click, plus a one-click reporting button.

## Results

| Arm | Click rate, month 1 | Click rate, month 6 | Reporting rate, month 6 |
|---|---|---|---|
| Control | 27% | 25% | 4% |
| Annual video | 26% | 19% | 9% |
| Just-in-time + report button | 28% | 8% | 41% |

- Emails impersonating **invoices and shipping notices** had the highest click rates (up to 44%), above password-reset lures.
- Spanish-language lures mimicking the tax authority were especially effective in Colombia.
- Differences between countries were small once firm size and sector were accounted for.

## Implications

1. Replace one-off trainings with short feedback at the moment of error.
2. Make reporting easy: *reporting rates matter as much as click rates*, because one report can protect the whole firm.
3. Trade associations can provide shared simulation services that small firms cannot afford alone.

## Costs

The just-in-time arm cost about USD 4 per employee per year using a shared simulation platform, compared with USD 11 for the annual video program once staff time was counted. Managers reported that the reporting button also surfaced **real phishing attempts**: participating firms forwarded 312 genuine malicious emails during the study, including 14 invoice-fraud attempts that could have led to diverted payments.

Ethical approval and data-handling protocol: [example.org/phishing-experiment](https://example.org/phishing-experiment).`,
    language: "en",
    visibility: "MEMBERS",
    publicationDate: "2020-10-21",
    countries: ["CO", "US"],
    sectors: ["PRIVATE_SECTOR", "ACADEMIA"],
    tags: ["phishing", "small business", "security awareness", "field experiment", "business email compromise"],
    authorNames: ["Kevin Nakamura", "Laura Patiño Serna", "David Greenberg"],
    organization: "northstar-cyber-alliance",
    contributor: "contributor.cyber@puente.test",
    focusAreas: ["cybersecurity", "technology-and-innovation"],
    metrics: [
      { label: "Employees in experiment", value: 4100, unit: "people", year: 2020 },
      { label: "Click rate with just-in-time training", value: 8, unit: "%", direction: "LOWER", year: 2020 },
    ],
    abstract:
      "A randomized field experiment in 86 SMEs shows that just-in-time micro-lessons with a reporting button cut phishing click rates from 28% to 8% in six months, far more than annual video training.",
    methodology:
      "Cluster-randomized trial with three arms across 86 firms and 4,100 employees, monthly simulated phishing campaigns over six months and difference-in-differences estimates.",
    doi: "10.5555/puente.2020.021",
  },
  {
    type: "BEST_PRACTICE",
    slug: "seguridad-digital-organizaciones-de-base",
    title: "Guía interna de seguridad digital para equipos de campo",
    summary:
      "Guía de uso interno de la Fundación con las prácticas mínimas de seguridad digital para el equipo que trabaja con líderes sociales: dispositivos, mensajería, respaldo de información y qué hacer ante un robo o una intrusión.",
    body: `## Por qué esta guía

Nuestro equipo maneja información sensible: nombres de líderes amenazados, ubicaciones de veredas y denuncias. En 2023 tuvimos dos incidentes: un celular robado sin bloqueo y una cuenta de correo comprometida por **phishing**. Esta guía recoge lo que acordamos como mínimo obligatorio.

## Dispositivos

- Bloqueo con PIN de al menos seis dígitos y **cifrado** activado en celulares y portátiles.
- Actualizaciones automáticas encendidas; no usar equipos con sistemas sin soporte.
- Borrado remoto configurado en todos los celulares de la Fundación.

## Cuentas y mensajería

1. Verificación en dos pasos en correo, mensajería y redes sociales, preferiblemente con aplicación y no por SMS.
2. Mensajes con **desaparición automática** (7 días) en los grupos de trabajo de campo.
3. Nunca enviar listas de líderes o coordenadas por chats grupales; usar la carpeta cifrada compartida.
4. Gestor de contraseñas para todo el equipo.

## Información

- Respaldo semanal de la carpeta cifrada en un disco que se guarda fuera de la oficina.
- Actas y denuncias se anonimizan antes de compartirse con aliados.

## Qué hacer ante un incidente

| Situación | Acción inmediata | Responsable |
|---|---|---|
| Robo o pérdida de celular | Borrado remoto y cambio de contraseñas | Persona afectada + coordinación |
| Correo sospechoso abierto | Desconectar equipo y avisar | Persona afectada |
| Cuenta comprometida | Recuperar acceso, revisar reenvíos | Coordinación de sistemas |

## Aplicación en 2024

- 100% del equipo de campo con verificación en dos pasos.
- Taller trimestral de 2 horas y simulacro de *phishing* cada semestre.

## Responsabilidades

La coordinación de sistemas revisa cada trimestre que los dispositivos cumplan los mínimos y lleva un registro de incidentes. Cada persona nueva recibe la guía y una sesión práctica durante su primera semana, antes de salir a campo. El incumplimiento reiterado de las reglas se trata en el comité de coordinación.

*Documento interno: no compartir fuera de la Fundación.* Material de apoyo: [example.org/seguridad-digital-ftt](https://example.org/seguridad-digital-ftt).`,
    language: "es",
    visibility: "ORGANIZATION",
    publicationDate: "2024-03-11",
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY"],
    tags: ["seguridad digital", "protección de datos", "líderes sociales", "phishing", "guía interna"],
    authorNames: ["Valentina Rojas Quintero", "Sebastián Londoño"],
    organization: "fundacion-tejido-territorial",
    contributor: "contributor@puente.test",
    focusAreas: ["cybersecurity", "community-and-social-development"],
    metrics: [{ label: "Equipo de campo con verificación en dos pasos", value: 100, unit: "%", year: 2024 }],
    problem:
      "El equipo maneja datos sensibles de líderes amenazados y en 2023 sufrió el robo de un celular sin bloqueo y una cuenta comprometida por phishing.",
    approach:
      "Mínimos obligatorios de seguridad para dispositivos, cuentas y mensajería, respaldo semanal cifrado y una tabla de respuesta ante incidentes con responsables.",
    outcomes:
      "Todo el equipo de campo usa verificación en dos pasos y participa en talleres trimestrales y simulacros semestrales.",
    lessonsLearned:
      "Las reglas deben ser pocas y obligatorias; los simulacros mantienen la atención del equipo.",
    partners: "Fundación Tejido Territorial; Northstar Cyber Defense Alliance (asesoría pro bono).",
    location: "Bogotá y oficinas regionales de la Fundación, Colombia",
  },
];
