// The JSON API for documents and attachments, through the production server with a real
// session: validation answers 400/422 with reasons (codes and messages in the request's
// language), stale edits 409, foreign origins 403, bad files 413/415/422, duplicates 409, files
// of unpublished documents stay private, and "create and submit" is all or nothing.
import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "./support/test";
import { signInAndWait } from "./support/auth";

const json = (data: unknown) => ({ data: JSON.stringify(data), headers: { "content-type": "application/json" } });
const upload = (api: APIRequestContext, id: string, name: string, body: Buffer | string) =>
  api.post(`/api/documents/${id}/attachments`, { data: body, headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name) } });

test("the document API validates, refuses stale edits and foreign origins", async ({ page }) => {
  expect((await page.request.post("/api/documents", json({ type: "REPORT", title: "Anonymous", language: "en" }))).status()).toBe(404);
  await signInAndWait(page, "contributor@puente.test");
  const api = page.request;

  const notJson = await api.post("/api/documents", { data: "title=x", headers: { "content-type": "text/plain" } });
  expect([notJson.status(), (await notJson.json()).error.code]).toEqual([400, "json_required"]);
  // A Buffer, because Playwright would JSON-encode an unparsable string.
  const broken = await api.post("/api/documents", { data: Buffer.from("{"), headers: { "content-type": "application/json" } });
  expect([broken.status(), (await broken.json()).error.code]).toEqual([400, "json_invalid"]);
  const invalid = await api.post("/api/documents", json({ type: "MEMO", title: "", language: "en" }));
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error).toEqual({
    code: "invalid_input",
    message: "The request has invalid fields; see fieldErrors.",
    fieldErrors: {
      type: [{ code: "type_invalid", message: "Choose a document type: best practice, research or report." }],
      title: [{ code: "title_required", message: "Give the document a title (a draft needs only that)." }],
    },
  });

  const created = await api.post("/api/documents", json({ type: "REPORT", title: `API report ${Date.now()}`, language: "en" }));
  expect(created.status()).toBe(201);
  const { id, version } = await created.json();
  const saved = await api.patch(`/api/documents/${id}`, json({ type: "REPORT", title: "API report, edited", language: "en", version }));
  expect((await saved.json()).version).toBe(version + 1);
  const stale = await api.patch(`/api/documents/${id}`, json({ type: "REPORT", title: "From an old tab", language: "en", version }));
  expect([stale.status(), (await stale.json()).error.code]).toEqual([409, "stale_edit"]);
  const noVersion = await api.patch(`/api/documents/${id}`, json({ type: "REPORT", title: "No version", language: "en" }));
  expect(noVersion.status()).toBe(422);

  const foreign = await api.post("/api/documents", { ...json({ type: "REPORT", title: "CSRF", language: "en" }), headers: { "content-type": "application/json", origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  expect((await api.patch("/api/documents/not-a-real-id", json({ type: "REPORT", title: "x", language: "en", version: 1 }))).status()).toBe(404);
});

test("the attachment API checks content, size, duplicates and access", async ({ page, browser }) => {
  await signInAndWait(page, "contributor@puente.test");
  const api = page.request;
  const { id } = await (await api.post("/api/documents", json({ type: "RESEARCH", title: `API files ${Date.now()}`, language: "es" }))).json();

  const csv = "municipio,casos\nTumaco,12\nBuenaventura,9\n";
  const first = await upload(api, id, "casos por municipio.csv", csv);
  expect(first.status()).toBe(201);
  const added = await first.json();
  expect(added.attachment).toMatchObject({ fileName: "casos por municipio.csv", mimeType: "text/csv", extractionStatus: "EXTRACTED" });
  const again = await upload(api, id, "copia.csv", csv);
  expect(again.status()).toBe(409);
  expect((await again.json()).error).toMatchObject({ code: "duplicate_file", existingFileName: "casos por municipio.csv" });

  const executable = (await readFile(process.execPath)).subarray(0, 4096);
  const renamed = await upload(api, id, "informe.pdf", executable);
  expect([renamed.status(), (await renamed.json()).error.code]).toEqual([415, "content_mismatch"]);
  const exe = await upload(api, id, "setup.exe", executable);
  expect([exe.status(), (await exe.json()).error.code]).toEqual([415, "type_not_allowed"]);
  const empty = await upload(api, id, "vacio.txt", "");
  expect([empty.status(), (await empty.json()).error.code]).toEqual([422, "empty_file"]);
  const nameless = await api.post(`/api/documents/${id}/attachments`, { data: csv, headers: { "content-type": "application/octet-stream" } });
  expect(nameless.status()).toBe(422);

  const download = await api.get(`/api/attachments/${added.attachment.id}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment;");
  expect(await download.text()).toBe(csv);
  // A draft's file is as private as the draft.
  const visitor = await browser.newContext();
  expect((await visitor.request.get(`/api/attachments/${added.attachment.id}`)).status()).toBe(404);
  await visitor.close();

  const removed = await api.delete(`/api/documents/${id}/attachments/${added.attachment.id}`);
  expect((await removed.json()).previousVersion).toBe(added.version);
});

test("error messages come from the forms' catalog, in the language the request asks for", async ({ page }) => {
  await signInAndWait(page, "contributor@puente.test");
  const body = json({ type: "REPORT", title: "", language: "en" });
  const spanish = await page.request.post("/api/documents", { ...body, headers: { ...body.headers, "accept-language": "es-CO,es;q=0.9,en;q=0.5" } });
  expect((await spanish.json()).error).toMatchObject({
    code: "invalid_input",
    fieldErrors: { title: [{ code: "title_required", message: "Escriba un título para el documento (un borrador solo necesita eso)." }] },
  });
  const byParameter = await page.request.post("/api/documents?locale=es", body);
  expect((await byParameter.json()).error.message).toBe("La solicitud tiene campos no válidos; vea fieldErrors.");
  const search = await page.request.get("/api/search?from=18&locale=es");
  expect((await search.json()).error.fieldErrors.from).toEqual([{ code: "year_invalid", message: "Escriba un año de cuatro cifras entre 1900 y 2100." }]);
});

test("create and submit is one action: an incomplete document is refused and nothing is written", async ({ page }) => {
  await signInAndWait(page, "contributor@puente.test");
  const slug = `api-submit-${Date.now()}`;
  const document = { type: "REPORT", title: "Submitted too early", slug, language: "en" };
  const refused = await page.request.post("/api/documents", json({ ...document, submit: true }));
  expect(refused.status()).toBe(422);
  const error = (await refused.json()).error;
  expect(error.code).toBe("incomplete_for_review");
  expect(Object.keys(error.fieldErrors).sort()).toEqual(["body", "countries", "focusAreaIds", "issuingBody", "summary"]);
  expect(error.fieldErrors.summary[0]).toEqual({ code: "required_for_review", message: "Needed before the document can go to review." });
  // A retry with the same address gets it: the refused request left no draft behind.
  const retried = await page.request.post("/api/documents", json(document));
  expect(retried.status()).toBe(201);
  const created = await retried.json();
  expect(created.slug).toBe(slug);
  // Saving and submitting an existing document is one action too: refused, the version stays.
  const patched = await page.request.patch(`/api/documents/${created.id}`, json({ ...document, title: "Edited and submitted", version: created.version, submit: true }));
  expect([patched.status(), (await patched.json()).error.code]).toEqual([422, "incomplete_for_review"]);
  const saved = await page.request.patch(`/api/documents/${created.id}`, json({ ...document, version: created.version, submit: "yes" }));
  expect((await saved.json()).error.fieldErrors.submit[0].code).toBe("submit_invalid");
  expect((await page.request.patch(`/api/documents/${created.id}`, json({ ...document, title: "Edited", version: created.version }))).status()).toBe(200);
});
