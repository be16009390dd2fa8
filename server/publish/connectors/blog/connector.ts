import "server-only";

/**
 * The built-in blog. Publishing writes blog_posts inside the publish transaction
 * (server/publish/run/internal-channels.ts), so the HTTP methods here are never called; the
 * connector contributes validation and the common shape.
 */
import { ConnectorError } from "../errors";
import type { Connector, Problem, PublishContent } from "../types";

export function validateBlogPost(content: PublishContent): Problem[] {
  const problems: Problem[] = [];
  if (!content.title.trim()) problems.push({ code: "title", message: "The post needs a title." });
  if (!content.body.trim()) problems.push({ code: "body", message: "The post body is empty." });
  const h1s = content.body.split("\n").filter((line) => /^#\s/.test(line)).length;
  if (h1s > 1) problems.push({ code: "h1", message: `The post has ${h1s} top-level headings (# …); keep one.` });
  return problems;
}

export const blogConnector: Connector = {
  kind: "blog",
  label: "Blog",
  auth: "builtin",
  media: "image",
  threads: false,
  validate: validateBlogPost,
  publish: () => Promise.reject(new ConnectorError("rejected", "The blog publishes inside the database transaction.")),
  findExisting: () => Promise.resolve(null),
  fetchMetrics: () => Promise.resolve({}),
};
