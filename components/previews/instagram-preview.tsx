"use client";

import { Bookmark, Ellipsis, Heart, MessageCircle, Send } from "lucide-react";
import { useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { CharCount } from "./char-count";
import { PostText } from "./post-text";
import { ImageSlot } from "./threaded-preview";
import type { PostPreviewProps } from "./types";

const clamp = 125;

/** Instagram: the picture first, then the caption after the handle, folded after ~125 characters. */
export function InstagramPreview({ parts, author, image }: PostPreviewProps) {
  const caption = parts.join("\n\n");
  const [open, setOpen] = useState(false);
  const folded = !open && caption.length > clamp;
  return (
    <article className="max-w-[470px] rounded-lg border border-zinc-200 bg-white text-sm shadow-xs">
      <header className="flex items-center gap-2.5 px-3 py-2.5">
        <span className="rounded-full bg-gradient-to-tr from-[#F58529] via-[#DD2A7B] to-[#8134AF] p-[2px]">
          <Avatar name={author.name} seed={author.handle} size="md" className="ring-2 ring-white" />
        </span>
        <span className="font-semibold text-zinc-950">{author.handle}</span>
        <Ellipsis aria-hidden className="ml-auto size-5 text-zinc-700" />
      </header>
      <ImageSlot alt={image?.alt ?? "The post's picture goes here"} className="aspect-square border-x-0" />
      <div aria-hidden className="flex items-center gap-4 px-3 pt-3 text-zinc-900">
        <Heart className="size-6" />
        <MessageCircle className="size-6" />
        <Send className="size-6" />
        <Bookmark className="ml-auto size-6" />
      </div>
      <div className="px-3 pt-2 pb-1 text-[14px] leading-[18px] text-zinc-900">
        <span className="mr-1 font-semibold">{author.handle}</span>
        <PostText text={folded ? caption.slice(0, clamp).trimEnd() : caption} linkClassName="text-[#00376B]" className="inline" />
        {caption.length > clamp && (
          <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} className="ml-1 text-zinc-500">
            {open ? "less" : "… more"}
          </button>
        )}
        <p className="mt-1 text-[11px] tracking-wide text-zinc-500 uppercase">Just now</p>
      </div>
      <div className="border-t border-dashed border-zinc-100 px-3 py-1.5">
        <CharCount platform="instagram" text={caption} />
      </div>
    </article>
  );
}
