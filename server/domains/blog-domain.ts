import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { customDomains } from "@/server/db/schema";

/**
 * The verified blog domain of the workspace in `workspaceId` (a column of the outer query), or
 * null: a scalar subquery for the blog's site lookup and the publish permalink, so every
 * absolute blog URL names the custom domain once it is verified.
 */
export function verifiedBlogDomain(workspaceId: AnyPgColumn): SQL<string | null> {
  return sql<string | null>`(select ${customDomains.host} from ${customDomains} where ${customDomains.workspaceId} = ${workspaceId} and ${customDomains.kind} = 'blog' and ${customDomains.status} = 'verified')`;
}
