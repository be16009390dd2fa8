import { expireBlogCaches } from "@/server/blog/expire-caches";
import { withApiErrors } from "@/server/http/with-api-errors";
import { revalidateBodySchema, signatureHeader, verifyRevalidation } from "@/server/blog/revalidate-signature";

/** The worker's signed request to expire a blog's cached pages (see server/blog/revalidate.ts). */
export const POST = withApiErrors("blog revalidate", async (request: Request) => {
  const body = await request.text();
  if (body.length > 32_000) return Response.json({ error: "Request too large." }, { status: 413 });
  if (!verifyRevalidation(body, request.headers.get(signatureHeader))) {
    return Response.json({ error: "Invalid or expired signature." }, { status: 401 });
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return Response.json({ error: "The body must be JSON." }, { status: 400 });
  }
  const parsed = revalidateBodySchema.safeParse(json);
  if (!parsed.success) return Response.json({ error: "Invalid revalidation request." }, { status: 400 });
  const tags = expireBlogCaches(parsed.data);
  return Response.json({ revalidated: tags });
});
