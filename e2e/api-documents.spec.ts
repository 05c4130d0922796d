// The JSON API for documents and attachments, through the production server with a real
// session: validation answers 400/422 with reasons, stale edits 409, foreign origins 403,
// bad files 413/415/422, duplicates 409, and files of unpublished documents stay private.
import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
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
  expect((await invalid.json()).error.fieldErrors).toEqual({ type: ["type_invalid"], title: ["title_required"] });

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
