// Test support: an in-memory stand-in for the few Meilisearch routes the engine calls, served
// through a stubbed fetch. It processes tasks at once and records every request, so unit tests
// can check the engine's write sequence and request bodies. It does not search: tests give it
// the search response to return. Real behaviour is covered by meilisearch-engine.int.test.ts.
type Json = Record<string, unknown>;
type Stored = { settings: Json; docs: Map<string, Json> };
type Task = { uid: number; indexUid: string | null; type: string; status: "succeeded" | "failed"; error: Json | null };

export class FakeMeilisearch {
  readonly indexes = new Map<string, Stored>();
  readonly requests: { method: string; path: string; body: unknown }[] = [];
  readonly tasks: Task[] = [];
  searchResponse: Json = { hits: [], totalHits: 0, facetDistribution: {} };
  /** What /multi-search answers for its queries after the first (which gets searchResponse). */
  facetResponses: Json[] = [];
  /** Makes the next task of this type fail with this error code. */
  failNext: { type: string; code: string } | null = null;

  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const method = init?.method ?? "GET";
    const body = typeof init?.body === "string" && init.body !== "" ? JSON.parse(init.body) : undefined;
    this.requests.push({ method, path: url.pathname, body });
    return this.#route(method, url.pathname.split("/").filter(Boolean), body);
  };

  #json(status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  }

  #task(type: string, indexUid: string | null, run: () => string | null): Response {
    const forced = this.failNext?.type === type ? this.failNext.code : null;
    if (forced) this.failNext = null;
    const code = forced ?? run();
    const task: Task = { uid: this.tasks.length, indexUid, type, status: code ? "failed" : "succeeded", error: code ? { code, message: `fake ${code}`, type: "invalid_request", link: "" } : null };
    this.tasks.push(task);
    return this.#json(202, { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: "" });
  }

  #route(method: string, parts: string[], payload: unknown): Response {
    const [root, uid, sub, action] = parts;
    const body = payload as Json & Json[];
    if (root === "version") return this.#json(200, { pkgVersion: "0.0.0-fake", commitSha: "", commitDate: "" });
    if (root === "tasks") return this.#json(200, { ...this.tasks[Number(uid)], batchUid: 0, canceledBy: null, duration: null, enqueuedAt: "", startedAt: null, finishedAt: null });
    if (root === "swap-indexes") {
      return this.#task("indexSwap", null, () => {
        const [a, b] = (body[0] as { indexes: [string, string] }).indexes;
        const [x, y] = [this.indexes.get(a), this.indexes.get(b)];
        if (!x || !y) return "index_not_found";
        this.indexes.set(a, y);
        this.indexes.set(b, x);
        return null;
      });
    }
    if (root === "multi-search") {
      const queries = (body as unknown as { queries: Json[] }).queries;
      return this.#json(200, { results: queries.map((q, i) => ({ indexUid: q.indexUid, ...(i === 0 ? this.searchResponse : (this.facetResponses[i - 1] ?? {})) })) });
    }
    if (root !== "indexes") return this.#json(404, { code: "not_found", message: "no route" });
    if (!uid) {
      if (method === "GET") return this.#json(200, { results: [...this.indexes.keys()].map((u) => ({ uid: u })), offset: 0, limit: 1000, total: this.indexes.size });
      const created = String(body.uid);
      return this.#task("indexCreation", created, () => (this.indexes.has(created) ? "index_already_exists" : (this.indexes.set(created, { settings: {}, docs: new Map() }), null)));
    }
    const index = this.indexes.get(uid);
    if (!sub) {
      if (method === "DELETE") return this.#task("indexDeletion", uid, () => (this.indexes.delete(uid) ? null : "index_not_found"));
      return index ? this.#json(200, { uid, primaryKey: "id" }) : this.#json(404, { code: "index_not_found", message: `Index \`${uid}\` not found.`, type: "invalid_request", link: "" });
    }
    if (!index) return this.#json(404, { code: "index_not_found", message: "missing", type: "invalid_request", link: "" });
    if (sub === "settings" && method === "GET") return this.#json(200, index.settings);
    if (sub === "settings") return this.#task("settingsUpdate", uid, () => (Object.assign(index.settings, body), null));
    if (sub === "stats") return this.#json(200, { numberOfDocuments: index.docs.size });
    if (sub === "search") return this.#json(200, this.searchResponse);
    if (sub === "documents" && action === "delete-batch") return this.#task("documentDeletion", uid, () => ((payload as string[]).forEach((id) => index.docs.delete(id)), null));
    if (sub === "documents") return this.#task("documentAdditionOrUpdate", uid, () => ((payload as Json[]).forEach((d) => index.docs.set(String(d.id), d)), null));
    return this.#json(404, { code: "not_found", message: "no route" });
  }
}
