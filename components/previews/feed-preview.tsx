"use client";

import { Globe, MessageCircle, Repeat2, Send, Share2, ThumbsUp } from "lucide-react";
import { useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { CharCount } from "./char-count";
import { PostText } from "./post-text";
import { ImageSlot } from "./threaded-preview";
import type { PostPreviewProps } from "./types";

const feeds = {
  linkedin: { sub: "Company page", actions: [[ThumbsUp, "Like"], [MessageCircle, "Comment"], [Repeat2, "Repost"], [Send, "Send"]], link: "text-[#0A66C2] font-semibold", clamp: 210, more: "…more", shape: "square" },
  facebook: { sub: "Just now", actions: [[ThumbsUp, "Like"], [MessageCircle, "Comment"], [Share2, "Share"]], link: "text-[#385898]", clamp: 480, more: "… See more", shape: "circle" },
} as const;

/** LinkedIn and Facebook: one long post in the feed, folded after the first lines with "…more" as the apps do. */
export function FeedPreview({ platform, parts, author, image }: PostPreviewProps & { platform: "linkedin" | "facebook" }) {
  const feed = feeds[platform];
  const text = parts.join("\n\n");
  const [open, setOpen] = useState(false);
  const folded = !open && text.length > feed.clamp;
  return (
    <article className="rounded-xl border border-zinc-200 bg-white text-sm shadow-xs">
      <header className="flex items-center gap-2.5 px-4 pt-3">
        <Avatar name={author.name} seed={author.handle} size="lg" shape={feed.shape} />
        <div className="leading-tight">
          <p className="font-semibold text-zinc-950">{author.name}</p>
          <p className="flex items-center gap-1 text-xs text-zinc-500">
            {platform === "linkedin" ? `${feed.sub} · Now` : feed.sub} · <Globe aria-label="Public" className="size-3" />
          </p>
        </div>
      </header>
      <div className="px-4 pt-2.5 pb-2 text-[14px] leading-5 text-zinc-900">
        <PostText text={folded ? `${text.slice(0, feed.clamp).trimEnd()}` : text} linkClassName={feed.link} className="inline" />
        {text.length > feed.clamp && (
          <button type="button" onClick={() => setOpen(!open)} className="ml-1 text-zinc-500 hover:underline" aria-expanded={open}>
            {open ? "Show less" : feed.more}
          </button>
        )}
      </div>
      {image && <ImageSlot alt={image.alt} className="aspect-[1.91/1] border-x-0" />}
      <div aria-hidden className="mx-4 flex justify-around border-t border-zinc-100 py-1.5 text-xs font-semibold text-zinc-600">
        {feed.actions.map(([Icon, label]) => (
          <span key={label} className="flex items-center gap-1.5 px-2 py-1.5">
            <Icon className="size-4" /> {label}
          </span>
        ))}
      </div>
      <div className="border-t border-dashed border-zinc-100 px-4 py-1.5">
        <CharCount platform={platform} text={text} />
      </div>
    </article>
  );
}
