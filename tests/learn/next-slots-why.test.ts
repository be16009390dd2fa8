/** "Add to queue" explains a suggested slot from the channel's own results, and says nothing while data is thin. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { channels } from "@/server/db/schema";
import { seedAnalytics, type AnalyticsSeed } from "../analytics/seed";
import { callerFor, createOwner } from "../factories/users";

let owner: Awaited<ReturnType<typeof createOwner>>;
let seed: AnalyticsSeed;
beforeAll(async () => {
  owner = await createOwner();
  seed = await seedAnalytics({ workspaceId: owner.workspace.id, actor: owner.user });
}, 60_000);

describe("publish.nextSlots why", () => {
  it("a queue slot at the channel's best time carries that slot's explanation", async () => {
    const caller = callerFor(owner.user);
    const best = await caller.analytics.bestTimes({ workspaceSlug: owner.workspace.slug, channelId: seed.channelIds.linkedin });
    expect(best.source).toBe("workspace");
    const top = best.slots[0]!;
    await db.update(channels).set({ queueSchedule: { timezone: "UTC", slots: [{ day: top.weekday, time: `${String(top.hour + 1).padStart(2, "0")}:30` }] } }).where(eq(channels.id, seed.channelIds.linkedin));
    const [slot] = await caller.publish.nextSlots({ workspaceSlug: owner.workspace.slug, channelIds: [seed.channelIds.linkedin] });
    expect(slot!.at!.getUTCDay()).toBe(top.weekday);
    expect(slot!.why).toBe(top.why);
  });

  it("another slot points to the best one; a channel with thin data gets no reason", async () => {
    const caller = callerFor(owner.user);
    const best = await caller.analytics.bestTimes({ workspaceSlug: owner.workspace.slug, channelId: seed.channelIds.linkedin });
    const taken = new Set(best.slots.map((s) => `${s.weekday}-${s.hour}`));
    const other = [0, 1, 2, 3, 4, 5, 6].flatMap((d) => [3, 6].map((hr) => ({ d, hr }))).find(({ d, hr }) => !taken.has(`${d}-${hr}`))!;
    await db.update(channels).set({ queueSchedule: { timezone: "UTC", slots: [{ day: other.d, time: `0${other.hr}:00` }] } }).where(eq(channels.id, seed.channelIds.linkedin));
    await db.update(channels).set({ queueSchedule: { timezone: "UTC", slots: [{ day: 2, time: "09:00" }] } }).where(eq(channels.id, seed.channelIds.x));
    const slots = await caller.publish.nextSlots({ workspaceSlug: owner.workspace.slug, channelIds: [seed.channelIds.linkedin, seed.channelIds.x] });
    const linkedin = slots.find((s) => s.channelId === seed.channelIds.linkedin)!;
    expect(linkedin.why).toMatch(/^Your best time on LinkedIn is \w+day \d\d:00–\d\d:00 \([\d.]+× your median engagement\); pick it with "Publish at"\.$/u);
    expect(slots.find((s) => s.channelId === seed.channelIds.x)!.why).toBeNull();
  });
});
