import { Avatar } from "@/components/ui/avatar";
import { CharCount } from "./char-count";
import { PostText } from "./post-text";
import { ImageSlot } from "./threaded-preview";
import type { PostPreviewProps } from "./types";

/** Pinterest, TikTok, YouTube: the caption or description as a plain card under the media slot. */
export function GenericPreview({ platform, parts, author, image }: PostPreviewProps) {
  return (
    <article className="rounded-xl border border-zinc-200 bg-white text-sm shadow-xs">
      {image && <ImageSlot alt={image.alt} className="aspect-video rounded-t-xl border-0" />}
      <div className="space-y-3 p-4">
        <p className="flex items-center gap-2 font-semibold text-zinc-950">
          <Avatar name={author.name} seed={author.handle} size="sm" /> {author.name}
        </p>
        {parts.map((part, i) => (
          <div key={i} className="space-y-1.5">
            <PostText text={part} linkClassName="text-brand-700" className="leading-6 text-zinc-800" />
            <CharCount platform={platform} text={part} part={i + 1} of={parts.length} />
          </div>
        ))}
      </div>
    </article>
  );
}
