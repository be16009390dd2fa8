import { Ban, CircleAlert, CircleCheck, Clock, Hourglass, Loader, RefreshCw, type LucideIcon } from "lucide-react";
import type { EntryStatus } from "./types";

interface StatusLook {
  label: string;
  icon: LucideIcon;
  /** Badge tone for lists. */
  tone: "neutral" | "brand" | "success" | "warning" | "danger" | "muted";
  /** Calendar chip colours: a tinted background, a solid left edge and readable text. */
  chip: string;
  /** The legend's swatch. */
  swatch: string;
  /** One line for the legend and tooltips. */
  hint: string;
}

/**
 * How each state looks everywhere (calendar chips, legend, badges). Colour is never the only
 * cue: every state also has its own icon and label.
 */
export const statusLook: Record<EntryStatus, StatusLook> = {
  awaiting_approval: {
    label: "Awaiting approval",
    icon: Hourglass,
    tone: "brand",
    chip: "border-dashed border-violet-300 border-l-violet-500 bg-violet-50 text-violet-900",
    swatch: "border-dashed border-violet-400 bg-violet-100",
    hint: "Still in review, with a proposed time",
  },
  scheduled: {
    label: "Scheduled",
    icon: Clock,
    tone: "neutral",
    chip: "border-sky-200 border-l-sky-500 bg-sky-50 text-sky-900",
    swatch: "border-sky-400 bg-sky-100",
    hint: "Approved; goes out at this time",
  },
  publishing: {
    label: "Publishing",
    icon: Loader,
    tone: "warning",
    chip: "border-amber-200 border-l-amber-500 bg-amber-50 text-amber-900",
    swatch: "border-amber-400 bg-amber-100",
    hint: "Being sent right now",
  },
  retrying: {
    label: "Retrying",
    icon: RefreshCw,
    tone: "warning",
    chip: "border-amber-200 border-l-amber-500 bg-amber-50 text-amber-900",
    swatch: "border-amber-400 bg-amber-100",
    hint: "A try failed; trying again",
  },
  published: {
    label: "Published",
    icon: CircleCheck,
    tone: "success",
    chip: "border-emerald-200 border-l-emerald-500 bg-emerald-50 text-emerald-900",
    swatch: "border-emerald-400 bg-emerald-100",
    hint: "Live on the channel",
  },
  failed: {
    label: "Failed",
    icon: CircleAlert,
    tone: "danger",
    chip: "border-red-200 border-l-red-500 bg-red-50 text-red-900",
    swatch: "border-red-400 bg-red-100",
    hint: "Stopped; needs a retry or a fix",
  },
  cancelled: {
    label: "Cancelled",
    icon: Ban,
    tone: "muted",
    chip: "border-zinc-200 border-l-zinc-400 bg-zinc-50 text-zinc-500 line-through decoration-zinc-400",
    swatch: "border-zinc-300 bg-zinc-100",
    hint: "Will not be published",
  },
};

/** Order of the legend and the status filter. */
export const entryStatuses: EntryStatus[] = ["awaiting_approval", "scheduled", "publishing", "retrying", "published", "failed", "cancelled"];

/** A job still moving (worth polling for). */
export const isActive = (status: string) => status === "publishing" || status === "retrying";
