import "server-only";
import { z } from "zod";
import { channelKinds } from "@/server/db/schema/publish";
import { isTimeZone } from "@/lib/time-zone";

export const maxQueueSlots = 50;

const channelId = z.string().min(1).max(64);
const connectableKind = z.enum(channelKinds).refine((k) => k !== "blog", "The blog is built in; it needs no connecting.");

export const startOAuthInput = z.object({
  kind: connectableKind,
  serviceUrl: z.string().trim().min(1).max(300).optional(),
  channelId: channelId.optional(),
});
export type StartOAuthInput = z.output<typeof startOAuthInput>;

export const connectBlueskyInput = z.object({
  serviceUrl: z.string().trim().min(1).max(300).default("https://bsky.social"),
  identifier: z
    .string()
    .trim()
    .min(3, "Enter your Bluesky handle (for example alice.bsky.social) or the account's email.")
    .max(253)
    .transform((v) => v.replace(/^@/, "")),
  appPassword: z
    .string()
    .trim()
    .regex(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/i, "Use an app password (Settings → Privacy and security → App passwords; it looks like abcd-efgh-ijkl-mnop), not your account password."),
});
export type ConnectBlueskyInput = z.output<typeof connectBlueskyInput>;

export const connectWebhookInput = z.object({
  name: z.string().trim().min(1, "Give the webhook a name.").max(80),
  url: z.string().trim().min(1, "Enter the URL to send to.").max(2000),
});
export type ConnectWebhookInput = z.output<typeof connectWebhookInput>;

export const channelIdInput = z.object({ channelId });

const slot = z.object({
  day: z.number().int().min(0, "Days go from 0 (Sunday) to 6 (Saturday).").max(6, "Days go from 0 (Sunday) to 6 (Saturday)."),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Times look like 09:00 or 13:30 (24-hour clock)."),
});

export const setQueueScheduleInput = z.object({
  channelId,
  timezone: z.string().min(1).max(64).refine(isTimeZone, "Pick a time zone such as Europe/Berlin."),
  slots: z
    .array(slot)
    .max(maxQueueSlots, `A queue can have up to ${maxQueueSlots} slots.`)
    .superRefine((slots, ctx) => {
      const seen = new Set<string>();
      slots.forEach((s, i) => {
        const key = `${s.day} ${s.time}`;
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: "This slot is listed twice.", path: [i] });
        seen.add(key);
      });
    }),
});
export type SetQueueScheduleInput = z.output<typeof setQueueScheduleInput>;
