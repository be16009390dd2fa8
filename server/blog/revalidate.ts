import "server-only";
import { env } from "@/env";
import { logger } from "@/server/log/logger";
import { signatureHeader, signRevalidation, type RevalidateBody } from "./revalidate-signature";

/**
 * Called by the worker (another process) after it publishes, unpublishes or edits blog posts:
 * POSTs a signed request to the web app, which expires the blog's and the posts' cache tags.
 * Never throws: a lost revalidation only delays freshness (cached reads also expire on their own).
 */
export async function requestBlogRevalidation(
  input: { workspaceId: string; slugs: string[]; sites?: string[] },
  options: { appUrl?: string; fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<boolean> {
  const body = JSON.stringify({ workspaceId: input.workspaceId, slugs: input.slugs, sites: input.sites ?? [] } satisfies RevalidateBody);
  const url = `${(options.appUrl ?? env.APP_URL).replace(/\/+$/, "")}/api/blog/revalidate`;
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: "POST",
      headers: { "content-type": "application/json", [signatureHeader]: signRevalidation(body) },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    if (!response.ok) logger.warn("blog revalidation refused", { status: response.status, workspaceId: input.workspaceId });
    return response.ok;
  } catch (error) {
    logger.warn("blog revalidation failed", { error, workspaceId: input.workspaceId });
    return false;
  }
}
