import type { PlatformId } from "@/lib/ai/platforms/platform-rules";
import { cn } from "@/lib/utils";

/** A small square in the network's colour with its initials (brand logos are not bundled). */
const marks: Record<PlatformId | "blog", { text: string; className: string }> = {
  x: { text: "X", className: "bg-black text-white" },
  linkedin: { text: "in", className: "bg-[#0A66C2] text-white" },
  facebook: { text: "f", className: "bg-[#1877F2] text-white" },
  instagram: { text: "IG", className: "bg-gradient-to-tr from-[#F58529] via-[#DD2A7B] to-[#8134AF] text-white" },
  threads: { text: "@", className: "bg-black text-white" },
  bluesky: { text: "bs", className: "bg-[#1185FE] text-white" },
  mastodon: { text: "M", className: "bg-[#6364FF] text-white" },
  pinterest: { text: "P", className: "bg-[#E60023] text-white" },
  tiktok: { text: "TT", className: "bg-black text-white" },
  youtube: { text: "YT", className: "bg-[#FF0000] text-white" },
  blog: { text: "B", className: "bg-brand-600 text-white" },
};

export function PlatformMark({ platform, className }: { platform: PlatformId | "blog"; className?: string }) {
  const mark = marks[platform];
  return (
    <span aria-hidden className={cn("inline-flex size-5 shrink-0 items-center justify-center rounded-md text-[10px] font-bold", mark.className, className)}>
      {mark.text}
    </span>
  );
}
