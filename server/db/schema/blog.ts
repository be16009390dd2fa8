import { index, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { contentItems } from "./content";
import { publishJobs } from "./publish";
import { workspaces } from "./tenancy";

/**
 * A post on a workspace's public blog, written by the blog channel's connector when its publish
 * job runs (one row per content item; republishing updates it). `unpublishedAt` hides it.
 */
export const blogPosts = pgTable(
  "blog_posts",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    contentItemId: text("content_item_id").notNull().references(() => contentItems.id, { onDelete: "cascade" }),
    publishJobId: text("publish_job_id").references(() => publishJobs.id, { onDelete: "set null" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    /** Markdown as approved; rendered and sanitized at read time. */
    body: text("body").notNull(),
    tags: text("tags").array().notNull().default([]),
    authorName: text("author_name"),
    coverImageUrl: text("cover_image_url"),
    coverImageAlt: text("cover_image_alt"),
    seo: jsonb("seo").$type<{ title?: string; description?: string; canonicalUrl?: string; keywords?: string[] } | null>(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    unpublishedAt: timestamp("unpublished_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("blog_posts_slug_idx").on(t.workspaceId, t.slug),
    uniqueIndex("blog_posts_item_idx").on(t.workspaceId, t.contentItemId),
    index("blog_posts_ws_published_idx").on(t.workspaceId, t.publishedAt),
  ],
);
