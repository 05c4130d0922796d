// What visitors see changes only when a write commits that the search outbox records
// (publishing, unpublishing, archiving, edits, attachments, organizations: every such write
// calls enqueueSearchSync in its transaction, and that calls contentChanged here). Each app
// instance keeps a number, the content generation, which the visitor cache (./visitor-cache.ts)
// keys its entries by; a change raises it in every instance:
//   - in the writing instance at once, inside the transaction;
//   - in every instance again when the transaction commits, through PostgreSQL's NOTIFY, which
//     is delivered at commit only. An instance that read the old rows under the new number
//     before the commit thus drops them as the commit lands.
// On the embedded database there is one process, and PGlite runs one transaction at a time, so
// a read after the raise waits for the commit; it cannot deliver NOTIFY between connections, so
// the raise inside the transaction is all there is. While a server's listening connection is
// down the generation is unknown and the cache is not used.
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

export const CONTENT_CHANNEL = "puente_content";
const RECONNECT_MS = 1_000;

type Mode = "starting" | "listening" | "single-session" | "down" | "closed";

export class ContentWatch {
  #generation = 0;
  #mode: Mode = "starting";
  /** The connection in use or being opened; a lost one that is no longer it is ignored. */
  #client: pg.Client | null = null;
  #started: Promise<void> | null = null;

  constructor(private readonly url: string) {}

  /** The generation to key entries by, or null while it cannot be trusted (not yet connected, or disconnected). */
  generation(): number | null {
    this.#started ??= this.#connect();
    return this.#mode === "listening" || this.#mode === "single-session" ? this.#generation : null;
  }

  /** Resolves once the first connection attempt has settled (tests, warm-up). */
  async ready(): Promise<void> {
    this.#started ??= this.#connect();
    await this.#started;
  }

  bump(): void {
    this.#generation++;
  }

  async close(): Promise<void> {
    this.#mode = "closed";
    await this.#client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: "puente-content-watch" });
    this.#client = client;
    client.on("error", () => this.#lost(client));
    client.on("end", () => this.#lost(client));
    client.on("notification", () => this.bump());
    try {
      await client.connect();
      const { rows } = await client.query<{ version: string }>("SELECT version()");
      if (this.#mode === "closed") return void (await client.end());
      if (rows[0]!.version.includes("PGlite")) {
        this.#mode = "single-session";
        await client.end();
        return;
      }
      await client.query(`LISTEN ${CONTENT_CHANNEL}`);
      // Whatever changed while no one listened: forget it all.
      this.bump();
      this.#mode = "listening";
    } catch {
      this.#lost(client);
    }
  }

  #lost(client: pg.Client): void {
    // "error" and "end" both come for one lost connection: reconnect once.
    if (this.#mode === "closed" || this.#mode === "single-session" || this.#client !== client) return;
    this.#client = null;
    this.#mode = "down";
    client.end().catch(() => undefined);
    setTimeout(() => {
      if (this.#mode === "down") this.#started = this.#connect();
    }, RECONNECT_MS).unref();
  }
}

/** Inside the writing transaction: this instance forgets now, every instance again at commit. */
export async function contentChanged(tx: Prisma.TransactionClient, watch: { bump(): void } | null): Promise<void> {
  watch?.bump();
  await tx.$executeRaw`SELECT pg_notify(${CONTENT_CHANNEL}, '')`;
}
