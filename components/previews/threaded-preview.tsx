import { BadgeCheck, Bookmark, ChartNoAxesColumn, Ellipsis, Heart, MessageCircle, MessageSquare, Repeat, Repeat2, Reply, Send, Share, Star, type LucideIcon } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/lib/utils";
import { CharCount } from "./char-count";
import { PostText } from "./post-text";
import type { PostPreviewProps, PreviewAuthor } from "./types";

type ThreadedPlatform = "x" | "threads" | "bluesky" | "mastodon";

interface Look {
  handle: (a: PreviewAuthor) => string;
  time: string;
  actions: LucideIcon[];
  link: string;
  card: string;
  verified?: boolean;
}

const looks: Record<ThreadedPlatform, Look> = {
  x: { handle: (a) => `@${a.handle}`, time: "now", actions: [MessageCircle, Repeat2, Heart, ChartNoAxesColumn, Bookmark, Share], link: "text-[#1D9BF0]", card: "font-[system-ui] text-[15px] leading-5", verified: true },
  threads: { handle: (a) => a.handle, time: "1m", actions: [Heart, MessageCircle, Repeat, Send], link: "text-[#0095F6]", card: "text-[15px] leading-[1.4]" },
  bluesky: { handle: (a) => `@${a.handle}.bsky.social`, time: "now", actions: [MessageSquare, Repeat2, Heart, Ellipsis], link: "text-[#1185FE]", card: "text-[15px] leading-[1.35]" },
  mastodon: { handle: (a) => `@${a.handle}@mastodon.social`, time: "now", actions: [Reply, Repeat, Star, Bookmark, Ellipsis], link: "text-[#6364FF]", card: "text-[15px] leading-[1.45]" },
};

export function isThreaded(platform: string): platform is ThreadedPlatform {
  return platform in looks;
}

/** X, Threads, Bluesky, Mastodon: one post per part, joined by the thread line as the apps draw it. */
export function ThreadedPreview({ platform, parts, author, image }: PostPreviewProps & { platform: ThreadedPlatform }) {
  const look = looks[platform];
  return (
    <ol className={cn("rounded-2xl border border-zinc-200 bg-white px-4 pt-3 shadow-xs", look.card)}>
      {parts.map((part, i) => {
        const last = i === parts.length - 1;
        return (
          <li key={i} className="flex gap-3">
            <div className="flex flex-col items-center">
              <Avatar name={author.name} seed={author.handle} size="lg" shape={platform === "mastodon" ? "square" : "circle"} />
              {!last && <span aria-hidden className="mt-1 w-0.5 flex-1 rounded bg-zinc-200" />}
            </div>
            <div className="min-w-0 flex-1 pb-3">
              <p className="flex flex-wrap items-center gap-x-1 text-[15px]">
                <span className="font-bold text-zinc-950">{author.name}</span>
                {look.verified && <BadgeCheck aria-label="verified" className="size-4 text-[#1D9BF0]" />}
                <span className="truncate text-zinc-500">{look.handle(author)}</span>
                <span className="text-zinc-500" aria-hidden>
                  · {look.time}
                </span>
              </p>
              <PostText text={part} linkClassName={look.link} className="mt-0.5 text-zinc-900" />
              {i === 0 && image && <ImageSlot alt={image.alt} className="mt-3 aspect-video rounded-2xl" />}
              <div aria-hidden className="mt-3 flex max-w-sm justify-between text-zinc-500">
                {look.actions.map((Icon, k) => (
                  <Icon key={k} className="size-[18px]" strokeWidth={1.75} />
                ))}
              </div>
              <CharCount platform={platform} text={part} part={i + 1} of={parts.length} className="mt-2 border-t border-dashed border-zinc-100 pt-1.5" />
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** Where the picture goes: the image prompt's alt text on a soft gradient (no image provider yet). */
export function ImageSlot({ alt, className }: { alt: string; className?: string }) {
  return (
    <div role="img" aria-label={`Image: ${alt}`} className={cn("flex items-center justify-center border border-zinc-200 bg-gradient-to-br from-brand-50 via-white to-amber-50 p-4 text-center text-xs text-zinc-500", className)}>
      <span className="line-clamp-3 max-w-xs">{alt}</span>
    </div>
  );
}
