import { isBot } from "@/server/blog/bots";
import { ViewLimiter } from "@/server/blog/view-limit";
import { recordView, viewBeaconSchema } from "@/server/blog/views";
import { db } from "@/server/db/client";
import { withApiErrors } from "@/server/http/with-api-errors";
import { clientIp } from "@/server/trpc/context";

const limiter = new ViewLimiter();
const noContent = () => new Response(null, { status: 204, headers: { "cache-control": "no-store" } });

/**
 * The page-view beacon (navigator.sendBeacon, text/plain JSON `{site, slug}`). No cookies are read
 * or set and nothing about the reader is stored; bots and over-eager clients are ignored quietly.
 */
export const POST = withApiErrors("blog view beacon", async (request: Request) => {
  if (isBot(request.headers.get("user-agent"))) return noContent();
  if (!limiter.allow(clientIp(request.headers))) return noContent();
  const text = await request.text();
  if (text.length > 1000) return Response.json({ error: "Beacon too large." }, { status: 413 });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return Response.json({ error: "The beacon must be JSON." }, { status: 400 });
  }
  const parsed = viewBeaconSchema.safeParse(json);
  if (!parsed.success) return Response.json({ error: "Unknown post." }, { status: 400 });
  const counted = await recordView(db, parsed.data);
  return counted ? noContent() : Response.json({ error: "Unknown post." }, { status: 404 });
});
