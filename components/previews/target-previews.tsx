import type { VersionData } from "@/components/content/version-view";
import type { ContentKind } from "@/lib/ai/brief";
import { BlogPreview } from "./blog-preview";
import { PostPreview } from "./post-preview";
import { PreviewFrame } from "./preview-frame";
import type { PreviewAuthor } from "./types";

type PreviewVersion = Pick<VersionData, "title" | "body" | "posts" | "seo" | "image">;

/** Every target of a version: the blog article for a blog post, one native card per network otherwise. */
export function TargetPreviews({ kind, version, author, slug }: { kind: ContentKind; version: PreviewVersion; author: PreviewAuthor; slug: string }) {
  if (kind === "blog") {
    return (
      <PreviewFrame platform="blog" detail={version.seo ? `/${version.seo.slug}` : undefined}>
        <BlogPreview version={version} author={author} slug={slug} />
      </PreviewFrame>
    );
  }
  if (version.posts.length === 0) return <p className="text-sm text-zinc-500">This version has no posts.</p>;
  return (
    <div className="grid items-start gap-6 xl:grid-cols-2">
      {version.posts.map((post) => (
        <PostPreview key={post.platform} platform={post.platform} parts={post.parts} author={author} image={version.image} />
      ))}
    </div>
  );
}
