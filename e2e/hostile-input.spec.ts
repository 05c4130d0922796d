// No input gives a 500, and refused input writes nothing. One table: every form (posted as a
// browser without JavaScript posts it), every JSON route, every query and every dynamic path,
// each with NUL, C0 and C1 controls, lone surrogates and each bidi override, plus malformed
// percent-encoding. The text fields come from the zod schemas' shapes, and the guards at the
// end fail when a schema, a server action or a route is added without a row here.
import { expect, test, type APIRequestContext, type Browser, type Page } from "./support/test";
import { documents, organizations } from "../prisma/seed/data";
import { acceptInvitationSchema, invitationSchema, organizationSchema } from "../lib/validation/admin";
import { changePasswordSchema, emailOnlySchema, profileSchema, resetPasswordSchema, signInSchema, signUpSchema, verifyEmailSchema } from "../lib/validation/auth";
import { documentInputSchema, reviewInputSchema, takeDownSchema } from "../lib/validation/document";
import { feedbackSchema, reportFeedbackSchema } from "../lib/validation/feedback";
import { impactParamsSchema } from "../lib/validation/impact";
import { searchApiParamsSchema, suggestParamsSchema } from "../lib/validation/search";
import { linkFromMailbox, signInAndWait, uniqueEmail } from "./support/auth";
import { dynamicRouteFiles, serverActionNames, validationObjectSchemas } from "./support/code-inventory";
import { findForm, submitForm, type FormAnswer } from "./support/forms";
import { characters, hostile, isSurrogate, malformedEscapes, marker, textCharacters } from "./support/hostile-values";
import { inReviewDocument } from "./support/seed-documents";
import { listFields, textFields } from "./support/schema-fields";

type Role = "anonymous" | "member" | "contributor" | "reviewer" | "admin";
const accounts: Record<Exclude<Role, "anonymous">, string> = {
  member: "member@puente.test", contributor: "contributor@puente.test", reviewer: "reviewer@puente.test", admin: "admin@puente.test",
};
const published = documents.find((d) => (d.status ?? "PUBLISHED") === "PUBLISHED" && (d.visibility ?? "PUBLIC") === "PUBLIC" && !d.embargoUntil)!;
const isSecret = (field: string) => /password/i.test(field);

interface FormCase {
  name: string;
  action: string; // the server action in lib/actions the form posts to
  as: Role;
  path: string | (() => string);
  has: string[];
  lacks?: string[];
  /** The page has several such forms (one per item): any will do. */
  first?: boolean;
  schema?: unknown;
  /** Fields given valid values; every other text field of the schema gets the hostile value. */
  valid?: Record<string, string | (() => string)>;
  /** Fields to fill when there is no schema (hidden ids). */
  fields?: string[];
  /** The form answers field errors naming each hostile field, or this whole-form message. */
  expect: "fieldErrors" | "link_invalid" | "not_found" | "error";
}

const state: { draft?: { id: string; slug: string; version: number; title: string }; invitationPath?: string; resetPath?: string } = {};

const forms: FormCase[] = [
  { name: "sign in", action: "signInWithPassword", as: "anonymous", path: "/en/sign-in", has: ["email", "password"], schema: signInSchema, expect: "fieldErrors" },
  { name: "email link", action: "signInWithEmailLink", as: "anonymous", path: "/en/sign-in", has: ["email"], lacks: ["password"], schema: emailOnlySchema, expect: "fieldErrors" },
  { name: "sign up", action: "signUpAction", as: "anonymous", path: "/en/sign-up", has: ["name", "email"], schema: signUpSchema, expect: "fieldErrors" },
  { name: "forgot password", action: "forgotPasswordAction", as: "anonymous", path: "/en/forgot-password", has: ["email"], schema: emailOnlySchema, expect: "fieldErrors" },
  { name: "reset password", action: "resetPasswordAction", as: "anonymous", path: () => state.resetPath!, has: ["password", "token"], schema: resetPasswordSchema, expect: "fieldErrors" },
  { name: "verify email", action: "verifyEmailAction", as: "anonymous", path: "/en/verify-email?email=someone%40example.org&token=abcdefghijklmnop", has: ["token"], schema: verifyEmailSchema, expect: "link_invalid" },
  { name: "profile", action: "updateProfileAction", as: "member", path: "/en/account", has: ["name", "locale"], schema: profileSchema, valid: { locale: "en" }, expect: "fieldErrors" },
  { name: "change password", action: "changePasswordAction", as: "member", path: "/en/account", has: ["currentPassword"], schema: changePasswordSchema({ email: accounts.member }), expect: "error" },
  { name: "create organization", action: "createOrganizationAction", as: "admin", path: "/en/admin/organizations", has: ["name", "slug", "website"], schema: organizationSchema, valid: { sector: "ACADEMIA" }, expect: "fieldErrors" },
  { name: "edit organization", action: "updateOrganizationAction", as: "admin", path: `/en/admin/organizations/${organizations[0]!.slug}`, has: ["name", "slug", "website"], schema: organizationSchema, valid: { sector: "ACADEMIA" }, expect: "fieldErrors" },
  { name: "invite", action: "createInvitationAction", as: "admin", path: "/en/admin/invitations", has: ["email"], lacks: ["invitationId"], schema: invitationSchema, valid: { membershipRole: "MEMBER", role: "MEMBER" }, expect: "fieldErrors" },
  { name: "revoke invitation", action: "revokeInvitationAction", as: "admin", path: "/en/admin/invitations", has: ["invitationId"], first: true, fields: ["invitationId"], expect: "not_found" },
  { name: "accept invitation (name)", action: "acceptInvitationAction", as: "anonymous", path: () => state.invitationPath!, has: ["token", "name"], fields: ["name"], expect: "fieldErrors" },
  { name: "accept invitation (token)", action: "acceptInvitationAction", as: "anonymous", path: () => state.invitationPath!, has: ["token", "name"], schema: acceptInvitationSchema, valid: { name: "Ana Invitada", password: "a long unusual passphrase 42", confirmPassword: "a long unusual passphrase 42" }, expect: "link_invalid" },
  { name: "review decision", action: "reviewDocumentAction", as: "reviewer", path: `/en/documents/${inReviewDocument.slug}`, has: ["comment", "decision"], schema: reviewInputSchema, valid: { decision: "request_changes" }, expect: "fieldErrors" },
  { name: "review decision (ids)", action: "reviewDocumentAction", as: "reviewer", path: `/en/documents/${inReviewDocument.slug}`, has: ["comment", "decision"], fields: ["documentId", "slug"], valid: { decision: "request_changes", comment: "Please add sources." }, expect: "not_found" },
  { name: "archive or unpublish", action: "takeDownDocumentAction", as: "admin", path: `/en/documents/${published.slug}`, has: ["reason"], lacks: ["feedbackId"], schema: takeDownSchema, valid: { action: "archive" }, expect: "fieldErrors" },
  { name: "archive or unpublish (ids)", action: "takeDownDocumentAction", as: "admin", path: `/en/documents/${published.slug}`, has: ["reason"], lacks: ["feedbackId"], fields: ["documentId", "slug"], valid: { action: "archive", reason: "" }, expect: "not_found" },
  { name: "submit for review (ids)", action: "submitDocumentAction", as: "contributor", path: () => `/en/documents/${state.draft!.slug}`, has: ["documentId", "version"], lacks: ["comment", "reason", "title"], fields: ["documentId", "slug"], expect: "not_found" },
  { name: "new document", action: "saveDocumentAction", as: "contributor", path: "/en/documents/new?type=REPORT", has: ["title"], schema: documentInputSchema, valid: { type: "REPORT", language: "en", intent: "save" }, expect: "fieldErrors" },
  { name: "edit document", action: "saveDocumentAction", as: "contributor", path: () => `/en/documents/${state.draft!.slug}/edit`, has: ["title", "documentId"], schema: documentInputSchema, valid: { type: "REPORT", language: "en", intent: "submit" }, expect: "fieldErrors" },
  { name: "edit document (id)", action: "saveDocumentAction", as: "contributor", path: () => `/en/documents/${state.draft!.slug}/edit`, has: ["title", "documentId"], fields: ["documentId"], valid: { type: "REPORT", language: "en", title: "A valid title", intent: "save" }, expect: "not_found" },  { name: "ask for contributor access", action: "requestAccessAction", as: "member", path: "/en/documents/new", has: ["message", "kind"], lacks: ["organizationId"], fields: ["message"], valid: { kind: "CONTRIBUTOR" }, expect: "fieldErrors" },
  { name: "ask to join an organization", action: "requestAccessAction", as: "member", path: "/en/documents/new", has: ["message", "organizationId"], fields: ["message", "organizationId"], valid: { kind: "MEMBERSHIP" }, expect: "fieldErrors" },
  { name: "feedback", action: "saveFeedbackAction", as: "member", path: `/en/documents/${published.slug}`, has: ["rating", "comment"], schema: feedbackSchema, valid: { rating: "4" }, expect: "fieldErrors" },
  // On the comment reachLinkForms leaves (the contributor's): a member reports it, a reviewer hides it.
  { name: "report comment", action: "reportFeedbackAction", as: "member", path: `/en/documents/${published.slug}`, has: ["feedbackId", "reason"], lacks: ["intent"], first: true, schema: reportFeedbackSchema, expect: "fieldErrors" },
  { name: "hide comment", action: "moderateFeedbackAction", as: "reviewer", path: `/en/documents/${published.slug}`, has: ["feedbackId", "intent", "reason"], first: true, fields: ["feedbackId", "reason"], valid: { intent: "hide" }, expect: "fieldErrors" },
  { name: "follow a tag", action: "followAction", as: "member", path: "/en/search?tag=aml", has: ["kind", "tag", "frequency"], fields: ["tag"], valid: { kind: "TAG", frequency: "DAILY" }, expect: "fieldErrors" },
  { name: "save a search", action: "followAction", as: "member", path: "/en/search?q=coca", has: ["kind", "search", "frequency"], fields: ["search"], valid: { kind: "SEARCH", frequency: "DAILY" }, expect: "fieldErrors" },
  { name: "member role (ids)", action: "setMemberRoleAction", as: "admin", path: `/en/admin/organizations/${organizations[0]!.slug}`, has: ["userId", "role"], first: true, fields: ["organizationId", "userId"], valid: { role: "MEMBER" }, expect: "not_found" },
  { name: "remove member (ids)", action: "removeMemberAction", as: "admin", path: `/en/admin/organizations/${organizations[0]!.slug}`, has: ["userId"], lacks: ["role"], first: true, fields: ["organizationId", "userId"], expect: "not_found" },
];

/** Actions no row above posts to, and why. */
const actionsWithoutTextFields: Record<string, string> = {
  signInWithSso: "no fields (redirects to the identity provider)",
  signOutAction: "no fields",
  signOutEverywhereAction: "no fields",
  startSearchReindexAction: "no fields",
  markAllNotificationsReadAction: "a timestamp only (z.iso.datetime)",
  markNotificationReadAction: "an id only (idSchema), on pages that need a notification to exist",
  restoreRevisionAction: "ids and revision numbers only (idSchema, versionSchema)",
  previewMarkdownAction: "renders text, stores nothing (the markdown helper's item)",
  changeUserRoleAction: "a hidden user id (idSchema) and enums only; posted without JavaScript by admin-no-js.spec.ts",
  setUserActiveAction: "a hidden user id (idSchema) and a boolean only; posted without JavaScript by admin-no-js.spec.ts",
  decideAccessRequestAction: "a hidden request id (idSchema) and a choice only, on pages that need an open request",
  withdrawSubmissionAction: "ids and a version only (idSchema, versionSchema), on pages that need a document in review",
  declineInvitationAction: "a token only (tokenSchema), on pages that need a valid invitation",
  changeFollowAction: "a hidden subscription id (idSchema), an intent and a choice only, on /account/following",
  unsubscribeAction: "a hidden subscription id and key only (idSchema, tokenSchema); posted by e2e/following.spec.ts",
};

/** Exported object schemas of lib/validation that no row above takes its fields from, and why. */
const schemasWithoutRows: Record<string, string> = {
  browseFiltersSchema: "URL filters read leniently: covered by the query rows",
  metricSchema: "part of documentInputSchema (metrics.0.*)",
  memberChangeSchema: "ids and a role only (the member role rows)",
  memberRemovalSchema: "ids only (the remove member rows)",
  userRoleChangeSchema: "a role and ids only",
  userActiveSchema: "an id and a boolean only",
  accessDecisionSchema: "an id and a choice only",
  memberRoleSchema: "ids and a role only",
  userRoleSchema: "a role and ids only",
  userFiltersSchema: "covered by the admin users query row",
  markNotificationReadSchema: "an id only",
  markAllNotificationsReadSchema: "a timestamp only",
  documentWriteOptionsSchema: "a boolean only",
  unsubscribeSchema: "an id and a key only (idSchema, tokenSchema): the unsubscribe link's parameters",
};

let contexts: Record<Role, APIRequestContext>;
let pages = {} as Record<Role, Page>;

async function session(browser: Browser, role: Role): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  pages[role] = page;
  if (role !== "anonymous") await signInAndWait(page, accounts[role]);
  return page.request;
}

/** The styled not-found page, as a reader sees it (its HTML streams in, so a browser looks). */
async function expectNotFoundPage(role: Role, url: string) {
  const response = await pages[role].goto(url);
  expect(response?.status(), url).toBe(404);
  // Without a language in the path, the page speaks the reader's (cookie, then browser).
  const heading = url.startsWith("/es/") ? "Página no encontrada" : url.startsWith("/en/") ? "Page not found" : /^(Page not found|Página no encontrada)$/;
  await expect(pages[role].getByRole("heading", { level: 1 }), url).toHaveText(heading);
}

const resolve = (value: string | (() => string)) => (typeof value === "function" ? value() : value);
const covers = (keys: string[], field: string) => keys.some((key) => key === field || key.startsWith(`${field}.`));

function fieldsUnderTest(row: FormCase): string[] {
  if (row.fields) return row.fields;
  return textFields(row.schema as never).filter((field) => !(row.valid && field in row.valid));
}

function expectRefused(row: FormCase, label: string, answer: FormAnswer, tested: string[]) {
  expect(answer.status, `${row.name} / ${label}: status`).toBe(200);
  expect(answer.state, `${row.name} / ${label}: the action's answer`).toBeDefined();
  const { status, message, fieldErrors = {} } = answer.state!;
  expect([status, message], `${row.name} / ${label}`).not.toEqual(["error", "unexpected"]);
  expect(status, `${row.name} / ${label}`).toBe("error");
  if (row.expect === "fieldErrors") {
    const missing = tested.filter((field) => !isSecret(field) && !covers(Object.keys(fieldErrors), field));
    expect(missing, `${row.name} / ${label}: fields accepted ${JSON.stringify(fieldErrors)}`).toEqual([]);
  } else if (row.expect !== "error") expect(message, `${row.name} / ${label}`).toBe(row.expect);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const roles: Role[] = ["anonymous", "member", "contributor", "reviewer", "admin"];
  contexts = {} as typeof contexts;
  for (const role of roles) contexts[role] = await session(browser, role);
  const title = `Hostile input target ${Date.now()}`;
  const draft = await contexts.contributor.post("/api/documents", { data: { type: "REPORT", title, language: "en" } });
  expect(draft.status()).toBe(201);
  state.draft = { ...(await draft.json()), title };
});

test.afterAll(async () => {
  for (const page of Object.values(pages)) await page.context().close();
  pages = {} as typeof pages;
});

/** Real links to the forms that only a valid link shows (setup writes; the probes below do not). */
async function reachLinkForms() {
  // An invitation for a new account, to reach its acceptance form.
  const invitee = uniqueEmail("invitee");
  const invite = await findForm(contexts.admin, "/en/admin/invitations", ["email"], ["invitationId"]);
  expect((await submitForm(contexts.admin, "/en/admin/invitations", invite, { email: invitee, membershipRole: "MEMBER", role: "MEMBER" })).state?.status).toBe("success");
  const pathOf = (link: string) => new URL(link).pathname + new URL(link).search;
  state.invitationPath = pathOf(await linkFromMailbox(pages.admin, invitee, "/invitations/accept"));
  // A real password-reset link, to reach the reset form (refused submissions leave it unused).
  const forgot = await findForm(contexts.anonymous, "/en/forgot-password", ["email"]);
  const resetting = "contributor.civic@puente.test"; // an account no other spec signs in with
  expect((await submitForm(contexts.anonymous, "/en/forgot-password", forgot, { email: resetting })).state?.status).toBe("success");
  state.resetPath = pathOf(await linkFromMailbox(pages.admin, resetting, "/reset-password"));
  // A comment on the published document, for the report and moderation rows.
  const documentPath = `/en/documents/${published.slug}`;
  const feedback = await findForm(contexts.contributor, documentPath, ["rating", "comment"]);
  const saved = await submitForm(contexts.contributor, documentPath, feedback, { rating: "3", comment: "A comment to report and to moderate." });
  expect(saved.state?.status).toBe("success");
}

test("forms refuse every control, surrogate and bidi character in every text field", async () => {
  test.setTimeout(600_000);
  await reachLinkForms();
  for (const row of forms) {
    const request = contexts[row.as];
    const rowPath = resolve(row.path);
    const form = await findForm(request, rowPath, row.has, row.lacks, { first: row.first });
    const tested = fieldsUnderTest(row);
    const valid = Object.fromEntries(Object.entries(row.valid ?? {}).map(([key, value]) => [key, resolve(value)]));
    for (const [label, char] of textCharacters) {
      const fields: Record<string, string | string[]> = { ...valid };
      for (const field of tested) fields[field] = hostile(char);
      expectRefused(row, label, await submitForm(request, rowPath, form, fields), tested);
    }
  }
});

/** A JSON body with every text field of documentInputSchema set to `value` (rows and lists too). */
function hostileDocument(value: string): Record<string, unknown> {
  const body: Record<string, unknown> = { type: "REPORT", language: "en" };
  const lists = listFields(documentInputSchema);
  for (const field of textFields(documentInputSchema)) {
    const [name = "", , cell] = field.split(".");
    if (cell) body[name] = [{ ...((body[name] as object[] | undefined)?.[0] ?? {}), [cell]: value }];
    else body[name] = lists.includes(name) ? [value] : value;
  }
  return body;
}

test("JSON routes answer 422 naming every field, and 4xx for every other text they read", async () => {
  test.setTimeout(300_000);
  const api = contexts.contributor;
  const fields = textFields(documentInputSchema);
  for (const [label, char] of characters) {
    const json = { headers: { "content-type": "application/json" }, data: JSON.stringify(hostileDocument(hostile(char))) };
    for (const [method, url] of [["POST", "/api/documents"], ["PATCH", `/api/documents/${state.draft!.id}`]] as const) {
      const body = method === "PATCH" ? { ...json, data: JSON.stringify({ ...hostileDocument(hostile(char)), version: state.draft!.version }) } : json;
      const response = await api.fetch(url, { method, ...body });
      expect(response.status(), `${method} ${url} / ${label}`).toBe(422);
      const keys = Object.keys((await response.json()).error.fieldErrors);
      expect(fields.filter((field) => !covers(keys, field)), `${method} ${url} / ${label}`).toEqual([]);
    }
    const name = isSurrogate(char) ? "%ED%A0%80.txt" : encodeURIComponent(`${hostile(char)}.txt`);
    const upload = await api.post(`/api/documents/${state.draft!.id}/attachments`, { data: "hello", headers: { "content-type": "text/plain", "x-file-name": name } });
    expect([upload.status(), (await upload.json()).error.code], `upload / ${label}`).toEqual([422, "file_name_invalid"]);
  }
  // The draft was never changed: its version still saves.
  const save = await api.patch(`/api/documents/${state.draft!.id}`, { data: { type: "REPORT", title: "Hostile input target, still version 1", language: "en", version: state.draft!.version } });
  expect(save.status()).toBe(200);
  state.draft!.version = (await save.json()).version;
});

const queryRows = [
  { url: "/api/search", as: "anonymous" as Role, params: Object.keys(searchApiParamsSchema.shape), cleaned: ["q"], lenient: ["page"], strict: true },
  { url: "/api/search/suggest", as: "anonymous" as Role, params: Object.keys(suggestParamsSchema.shape), cleaned: ["q"], lenient: [], strict: true },
  { url: "/en/search", as: "anonymous" as Role, params: Object.keys(searchApiParamsSchema.shape), cleaned: ["q"], lenient: [], strict: false },
  { url: "/en/admin/users", as: "admin" as Role, params: ["q", "role", "page"], cleaned: ["q"], lenient: [], strict: false },
  { url: "/en/results", as: "anonymous" as Role, params: ["by", "area"], cleaned: [], lenient: [], strict: false },
  { url: "/api/impact/csv", as: "member" as Role, params: Object.keys(impactParamsSchema.shape), cleaned: [], lenient: [], strict: true },
];

test("queries are cleaned (q) or refused, never a 500", async () => {
  test.setTimeout(300_000);
  for (const row of queryRows) {
    for (const [label, char] of textCharacters) {
      const value = hostile(char);
      const cleaned = await contexts[row.as].get(`${row.url}?${new URLSearchParams(row.cleaned.map((p) => [p, value]))}`);
      expect(cleaned.status(), `${row.url} q / ${label}`).toBe(200);
      expect((await cleaned.text()).includes(char), `${row.url} echoes ${label}`).toBe(false);
      const all = await contexts[row.as].get(`${row.url}?${new URLSearchParams(row.params.map((p) => [p, value]))}`);
      // Pages drop what they cannot read; the API names each parameter it refuses.
      const refusable = row.strict ? row.params.filter((p) => !row.cleaned.includes(p) && !row.lenient.includes(p)) : [];
      expect(all.status(), `${row.url} all / ${label}`).toBe(refusable.length > 0 ? 400 : 200);
      if (refusable.length === 0) {
        expect((await all.text()).includes(char), `${row.url} echoes ${label}`).toBe(false);
        continue;
      }
      const refused = Object.keys((await all.json()).error.fieldErrors);
      expect(refused.sort(), `${row.url} / ${label}`).toEqual(refusable.sort());
    }
  }
});

/** Every route with a dynamic segment, how to call it, and who calls it. */
const dynamicRoutes: { route: string; method: string; as: Role; url: (segment: string) => string }[] = [
  { route: "app/[locale]/documents/[slug]/page.tsx", method: "GET", as: "anonymous", url: (s) => `/en/documents/${s}` },
  { route: "app/[locale]/documents/[slug]/edit/page.tsx", method: "GET", as: "contributor", url: (s) => `/en/documents/${s}/edit` },
  { route: "app/[locale]/documents/[slug]/history/page.tsx", method: "GET", as: "contributor", url: (s) => `/en/documents/${s}/history` },
  { route: "app/[locale]/focus-areas/[slug]/page.tsx", method: "GET", as: "anonymous", url: (s) => `/en/focus-areas/${s}` },
  { route: "app/[locale]/organizations/[slug]/page.tsx", method: "GET", as: "anonymous", url: (s) => `/en/organizations/${s}` },
  { route: "app/[locale]/admin/organizations/[slug]/page.tsx", method: "GET", as: "admin", url: (s) => `/en/admin/organizations/${s}` },
  { route: "app/[locale]/admin/users/[id]/page.tsx", method: "GET", as: "admin", url: (s) => `/en/admin/users/${s}` },
  { route: "app/[locale]/[...rest]/page.tsx", method: "GET", as: "anonymous", url: (s) => `/en/${s}` },
  { route: "app/api/attachments/[id]/route.ts", method: "GET", as: "contributor", url: (s) => `/api/attachments/${s}` },
  { route: "app/api/documents/[id]/route.ts", method: "PATCH", as: "contributor", url: (s) => `/api/documents/${s}` },
  { route: "app/api/documents/[id]/attachments/route.ts", method: "POST", as: "contributor", url: (s) => `/api/documents/${s}/attachments` },
  { route: "app/api/documents/[id]/attachments/[attachmentId]/route.ts", method: "DELETE", as: "contributor", url: (s) => `/api/documents/${s}/attachments/${s}` },
];

test("dynamic paths with hostile or malformed segments answer 404 or 400, styled or JSON", async () => {
  test.setTimeout(300_000);
  const segments = [...textCharacters.map(([label, char]): [string, string] => [label, encodeURIComponent(hostile(char))]), ...malformedEscapes.map((e): [string, string] => [`malformed ${e}`, `x${e}y`])];
  for (const row of dynamicRoutes) {
    for (const [label, segment] of segments) {
      const response = await contexts[row.as].fetch(row.url(segment), { method: row.method, headers: { "content-type": "application/json", "x-file-name": "a.txt" }, data: row.method === "GET" ? undefined : "{}" });
      const malformed = label.startsWith("malformed");
      const isApi = row.url("x").startsWith("/api/");
      expect(response.status(), `${row.method} ${row.url(segment)} (${label})`).toBe(isApi && malformed ? 400 : 404);
      if (isApi) expect((await response.json()).error.code).toBe(malformed ? "malformed_url" : "not_found");
    }
    if (!row.url("x").startsWith("/api/")) await expectNotFoundPage(row.as, row.url(`x${malformedEscapes[0]}y`));
  }
});

test("malformed percent-encoding in any path or query answers the styled 404 page or a JSON 400", async () => {
  for (const escape of malformedEscapes) {
    for (const url of [`/${escape}`, `/en/search?q=a${escape}`, `/en/focus-areas/security-and-defense?page=${escape}`, `/es/search?tag=${escape}`]) {
      await expectNotFoundPage("anonymous", url);
    }
    for (const url of [`/api/search?q=a${escape}`, `/api/search/suggest?q=${escape}`, `/api/search?tag=${escape}`]) {
      const response = await contexts.anonymous.get(url);
      expect([response.status(), (await response.json()).error.code], url).toEqual([400, "malformed_url"]);
    }
  }
});

test("nothing hostile was stored anywhere", async () => {
  const where: [Role, string][] = [
    ["contributor", "/en/my-documents"],
    ["contributor", `/en/documents/${state.draft!.slug}`],
    ["admin", "/en/admin/organizations"],
    ["admin", "/en/admin/invitations"],
    ["admin", "/en/dev/mailbox"],
    ["reviewer", "/en/review"],
    ["reviewer", `/en/documents/${inReviewDocument.slug}`],
    ["member", "/en/account"],
    ["member", `/en/documents/${published.slug}`],
  ];
  for (const [role, url] of where) {
    const response = await contexts[role].get(url);
    expect(response.status(), url).toBe(200);
    expect((await response.text()).includes(marker), `${url} shows ${marker}`).toBe(false);
  }
  // The users list echoes the query into its search box: what counts is that it finds nobody.
  expect(await (await contexts.admin.get(`/en/admin/users?q=${marker}`)).text()).toContain(">No users<");
  // Still what they were: the draft is a draft, the published document still public.
  expect((await contexts.anonymous.get(`/en/documents/${published.slug}`)).status()).toBe(200);
  expect(await (await contexts.reviewer.get("/en/review")).text()).toContain(inReviewDocument.title);
  expect(await (await contexts.reviewer.get("/en/review")).text()).not.toContain(state.draft!.title);
});

test("every schema, server action and dynamic route has a row in this table", async () => {
  const tabled = new Set<unknown>([...forms.map((row) => row.schema), searchApiParamsSchema, suggestParamsSchema, impactParamsSchema]);
  const schemas = (await validationObjectSchemas()).filter(([name, value]) => !tabled.has(value) && !(name in schemasWithoutRows));
  expect(schemas.map(([name]) => name), "object schemas of lib/validation without a row (or a reason)").toEqual([]);
  const posted = new Set(forms.map((row) => row.action));
  expect(serverActionNames().filter((name) => !posted.has(name) && !(name in actionsWithoutTextFields)), "server actions without a row").toEqual([]);
  const routes = dynamicRouteFiles().filter((file) => !file.includes("[...nextauth]"));
  expect(routes.filter((file) => !dynamicRoutes.some((row) => row.route === file)), "dynamic routes without a row").toEqual([]);
});
