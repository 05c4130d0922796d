// The JSON API checks who asks and how much they send before it reads a body. Each request
// here declares (or streams) far more than it sends and then waits: a server that reads the
// body first never answers, so an answer at all shows the body was not read.
import http from "node:http";
import { expect, test, type BrowserContext } from "./support/test";
import { signInAndWait } from "./support/auth";

const port = Number(process.env.E2E_PORT ?? 3210);
const MB = 1024 * 1024;
/** Far longer than any answer takes on a loaded machine, well inside the test's own timeout. */
const ANSWER_TIMEOUT_MS = 15_000;

interface RawAnswer {
  status: number;
  body: string;
  sentBytes: number;
  ms: number;
}

/**
 * POSTs to `path`, writing 64 KB chunks until the server answers (or `maxBytes` are sent),
 * then hangs up. With `declaredLength` the request says it is that long; without, it is
 * chunked. Never ends the body: answering requires not waiting for it.
 */
function postWithoutEnding(path: string, options: { cookie?: string; declaredLength?: number; maxBytes: number }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let sentBytes = 0;
    let answered = false;
    const headers: http.OutgoingHttpHeaders = { "content-type": "application/json", ...(options.cookie ? { cookie: options.cookie } : {}) };
    if (options.declaredLength) headers["content-length"] = options.declaredLength;
    const request = http.request({ host: "127.0.0.1", port, path, method: "POST", headers });
    // A server that waits for the rest of the body never answers: fail with what was sent.
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error(`no answer after ${sentBytes} bytes were sent`));
    }, ANSWER_TIMEOUT_MS);
    const chunk = Buffer.alloc(64 * 1024, " ");
    request.on("response", (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (data: string) => (body += data));
      response.on("end", () => {
        clearTimeout(timer);
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body, sentBytes, ms: Date.now() - started });
      });
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    request.write("[");
    const pump = () => {
      if (answered || request.destroyed) return;
      if (sentBytes >= options.maxBytes) return; // wait for an answer that must come without the rest
      sentBytes += chunk.length;
      if (request.write(chunk)) setImmediate(pump);
      else request.once("drain", pump);
    };
    pump();
  });
}

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

test("an anonymous 200 MB POST /api/documents is answered 404 without its body being read", async () => {
  const answer = await postWithoutEnding("/api/documents", { declaredLength: 200 * MB, maxBytes: 256 * 1024 });
  expect(answer.status).toBe(404);
  expect(JSON.parse(answer.body).error.code).toBe("not_found");
  console.log(`anonymous 200 MB declared: 404 after ${answer.ms} ms, ${answer.sentBytes} bytes sent`);
});

test("Auth.js endpoints, which read whole bodies, get at most 64 KB of one", async ({ request }) => {
  const answer = await postWithoutEnding("/api/auth/callback/credentials", { declaredLength: 200 * MB, maxBytes: 256 * 1024 });
  expect([answer.status, JSON.parse(answer.body).error.code]).toEqual([413, "body_too_large"]);
  const chunked = await postWithoutEnding("/api/auth/signin/nodemailer", { maxBytes: 320 * 1024 });
  expect(chunked.status).toBe(413);
  // A form of the usual size still reaches Auth.js (which wants its CSRF token first).
  const small = await request.post("/api/auth/signin/nodemailer", { form: { email: "someone@example.org" }, maxRedirects: 0 });
  expect(small.status()).toBe(302);
  expect(small.headers()["location"]).toContain("MissingCSRF");
});

test("an anonymous invalid body is answered 404, not with field errors", async ({ request }) => {
  const response = await request.post("/api/documents", { data: { type: "MEMO", title: "", language: "xx" } });
  expect(response.status()).toBe(404);
  expect((await response.json()).error.fieldErrors).toBeUndefined();
});

test.describe("signed in", () => {
  let cookie = "";
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext();
    await signInAndWait(await context.newPage(), "contributor@puente.test");
    cookie = await cookieHeader(context);
    await context.close();
  });

  test("a declared 2 MB JSON body is refused with 413 before it is read", async () => {
    const answer = await postWithoutEnding("/api/documents", { cookie, declaredLength: 2 * MB, maxBytes: 256 * 1024 });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatchObject({ code: "body_too_large", maxBytes: MB });
  });

  test("a chunked body without a length is counted while it streams and refused past 1 MB", async () => {
    // The client sends a quarter MB past the limit and waits: only a server that counts as it
    // reads answers then. (Counting what the client sent until the answer arrived measured the
    // load instead: Node.js reads and discards the rest of a body after the answer, as fast as
    // the client sends it, so a late "response" event let the count run to 8 MB.)
    const answer = await postWithoutEnding("/api/documents", { cookie, maxBytes: MB + 256 * 1024 });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe("body_too_large");
  });

  test("a 1 MB body that fits is read and validated", async ({ browser }) => {
    const context = await browser.newContext();
    await signInAndWait(await context.newPage(), "contributor@puente.test");
    const body = JSON.stringify({ type: "REPORT", title: "Fits", language: "en", body: "x".repeat(200_001) });
    expect(body.length).toBeLessThan(MB);
    const response = await context.request.post("/api/documents", { data: body, headers: { "content-type": "application/json" } });
    expect(response.status()).toBe(422);
    expect((await response.json()).error.fieldErrors.body[0].code).toBe("text_too_long");
    await context.close();
  });
});
