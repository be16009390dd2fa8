import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { db } from "@/server/db/client";
import { channels } from "@/server/db/schema";
import { callerFor, createOwner } from "../../factories/users";

it("the blog channel follows the workspace's name through onboarding and renames", async () => {
  const { user, workspace } = await createOwner();
  const blogName = async () => (await db.select({ name: channels.name }).from(channels).where(and(eq(channels.workspaceId, workspace.id), eq(channels.kind, "blog"))))[0]!.name;
  const api = callerFor(user);
  const onboarded = await api.workspace.completeOnboarding({ workspaceSlug: workspace.slug, brandName: "Northwind Coffee", website: "northwind.example" });
  expect(await blogName()).toBe("Northwind Coffee");
  await api.workspace.update({ workspaceSlug: onboarded.slug, name: "Northwind Roasters", website: "northwind.example" });
  expect(await blogName()).toBe("Northwind Roasters");
});
