import type { PostSummary } from "@/server/blog/posts";
import type { BlogSite } from "@/server/blog/site";

export interface FeedInput {
  site: Pick<BlogSite, "slug" | "domain" | "title" | "description" | "language">;
  posts: PostSummary[];
}

/** Feed language code from the blog's text-search language (RSS <language>, xml:lang). */
export const languageCodes: Record<string, string> = {
  simple: "en", english: "en", german: "de", french: "fr", spanish: "es", italian: "it", portuguese: "pt",
  dutch: "nl", swedish: "sv", danish: "da", norwegian: "no", finnish: "fi", russian: "ru",
};
