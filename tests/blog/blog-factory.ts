/** Blog fixtures: posts written straight into blog_posts (as the blog channel's publish step does). */
import { writingRequestSchema } from "@/lib/ai/brief";
import { db } from "@/server/db/client";
import { blogPosts, contentItems } from "@/server/db/schema";
import { createOwner, unique } from "../factories/users";

const request = writingRequestSchema.parse({ kind: "blog", platforms: [], topic: "Blog", wordCount: 600 });

export async function blogWorkspace() {
  return createOwner();
}

export interface PostOverrides {
  title?: string;
  slug?: string;
  excerpt?: string;
  body?: string;
  tags?: string[];
  publishedAt?: Date;
  unpublishedAt?: Date | null;
  authorName?: string | null;
}

export async function createPost(workspaceId: string, o: PostOverrides = {}) {
  const title = o.title ?? unique("Post");
  const [item] = await db.insert(contentItems).values({ workspaceId, kind: "blog", status: "in_review", title, request }).returning();
  const [post] = await db
    .insert(blogPosts)
    .values({
      workspaceId,
      contentItemId: item!.id,
      slug: o.slug ?? unique("post").toLowerCase(),
      title,
      excerpt: o.excerpt ?? "",
      body: o.body ?? `# ${title}\n\nSome words about ${title}.`,
      tags: o.tags ?? [],
      authorName: o.authorName === undefined ? "Ada Writer" : o.authorName,
      publishedAt: o.publishedAt ?? new Date(Date.now() - 60_000),
      unpublishedAt: o.unpublishedAt ?? null,
    })
    .returning();
  return post!;
}
