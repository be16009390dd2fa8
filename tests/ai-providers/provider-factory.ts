import { asc, eq } from "drizzle-orm";
import type { CreateProviderInput } from "@/server/ai-providers/schemas";
import { db } from "@/server/db/client";
import { aiProviders, auditLog } from "@/server/db/schema";
import type { SessionUser } from "@/server/trpc/context";
import { callerFor } from "../factories/users";

/** A realistic-looking key with a unique tail, so a leak of it is easy to find. */
export const fakeKey = (prefix = "sk-test") => `${prefix}-${crypto.randomUUID().replaceAll("-", "")}`;

/** Adds a provider through the API as `user` (an OpenAI one with a fresh key unless overridden). */
export function addProvider(user: SessionUser, slug: string, input: Partial<CreateProviderInput> & { apiKey?: string } = {}) {
  return callerFor(user).aiProvider.create({
    workspaceSlug: slug,
    kind: "openai",
    label: "OpenAI",
    model: "gpt-4o-mini",
    apiKey: fakeKey(),
    ...input,
    baseUrl: input.baseUrl ?? undefined,
  });
}

/** The stored row as the database has it (sealed key included). */
export async function rawRow(id: string) {
  const [row] = await db.select().from(aiProviders).where(eq(aiProviders.id, id));
  return row;
}

/** Every provider row and audit row of a workspace, to prove nothing changed. */
export async function snapshotProviders(workspaceId: string) {
  return {
    providers: await db.select().from(aiProviders).where(eq(aiProviders.workspaceId, workspaceId)).orderBy(asc(aiProviders.id)),
    audit: await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(asc(auditLog.id)),
  };
}
