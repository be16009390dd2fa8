import type { PostSummary } from "@/server/blog/posts";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

/** Author · date · reading time. */
export function PostMeta({ post, className = "" }: { post: Pick<PostSummary, "authorName" | "publishedAt" | "readingMinutes">; className?: string }) {
  return (
    <p className={`flex flex-wrap gap-x-2 text-sm text-zinc-500 ${className}`}>
      {post.authorName && (
        <>
          <span>{post.authorName}</span>
          <span aria-hidden>·</span>
        </>
      )}
      <time dateTime={post.publishedAt}>{dateFormat.format(new Date(post.publishedAt))}</time>
      <span aria-hidden>·</span>
      <span>{post.readingMinutes} min read</span>
    </p>
  );
}
