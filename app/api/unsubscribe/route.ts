// POST /api/unsubscribe?s=<subscription>&t=<key>: RFC 8058 one-click unsubscribe, sent by mail
// programs from a digest's List-Unsubscribe header, with the body "List-Unsubscribe=One-Click"
// and no cookies. The key in the link is the proof, so no session or origin is asked for; it
// can do nothing but stop that one digest. A wrong or used link answers 404.
import { unsubscribeWithKey } from "@/lib/dal/follows";
import { unsubscribeSchema } from "@/lib/validation/follows";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = unsubscribeSchema.safeParse({ s: url.searchParams.get("s") ?? undefined, t: url.searchParams.get("t") ?? undefined });
  if (!parsed.success) return Response.json({ error: { code: "not_found" } }, { status: 404 });
  // The body ("List-Unsubscribe=One-Click") is never read: it says nothing the link does not.
  const done = await unsubscribeWithKey(parsed.data.s, parsed.data.t);
  if (!done) return Response.json({ error: { code: "not_found" } }, { status: 404 });
  return new Response("Unsubscribed\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
