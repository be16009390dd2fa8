import { customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { contentItems } from "./content";
import { publishJobs } from "./publish";
import { workspaces } from "./tenancy";

/** A PostgreSQL text-search configuration name (`english`, `german`…); see server/blog/languages.ts. */
const regconfig = customType<{ data: string }>({ dataType: () => "regconfig" });

/**
 * A post on a workspace's public blog, written by the blog channel's connector when its publish
 * job runs (one row per content item; republishing updates it). `unpublishedAt` hides it.
 *
 * Search: a generated, weighted `search` tsvector (A title, B excerpt + tags, C body) with a GIN
 * index lives in the custom migration `db/*_blog_search.sql` (drizzle cannot express it); it is
 * built with the row's `search_config`, which a trigger copies from the blog's settings on insert.
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
    /** Text-search language of this row (copied from blog_settings.language; never set by hand). */
    searchConfig: regconfig("search_config").notNull().default("english"),
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

/** A workspace's blog: its title, description and text-search language (absent row: defaults). */
export const blogSettings = pgTable("blog_settings", {
  workspaceId: text("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  title: text("title"),
  description: text("description"),
  /** One of server/blog/languages.ts (a regconfig name). */
  language: text("language").notNull().default("english"),
  updatedAt: updatedAt(),
});

/** First-party, cookieless page views: one counter per post and UTC day, nothing about the reader. */
export const blogPostViews = pgTable(
  "blog_post_views",
  {
    postId: text("post_id")
      .notNull()
      .references(() => blogPosts.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.day] }), index("blog_post_views_ws_idx").on(t.workspaceId, t.day)],
);
