-- Blog search at scale (issue #6): every post's tsvector also carries one week lexeme
-- ('#week 2916': whole weeks since 1970-01-01 00:00 UTC of published_at). No reader's query can
-- match it: parsers never emit a space inside a lexeme, and search-as-you-type prefixes are made of
-- letters and digits only (never '#'). The search code ANDs "any of these weeks" into
-- the reader's tsquery so the GIN index itself keeps only recent matches (newest first, most
-- queries are answered from the latest weeks) instead of the planner testing `@@` row by row
-- against each post's TOASTed tsvector. See server/blog/search-candidates.ts.
-- extract() is only STABLE (other fields depend on the time zone); the epoch does not, so it is wrapped.
CREATE FUNCTION blog_week_lexeme(published_at timestamptz) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_tsvector(ARRAY['#week ' || floor(extract(epoch FROM published_at) / 604800)::bigint]) $$;--> statement-breakpoint
DROP INDEX IF EXISTS "blog_posts_search_idx";--> statement-breakpoint
ALTER TABLE "blog_posts" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "blog_posts" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector("search_config", coalesce("title", '')), 'A') ||
  setweight(to_tsvector("search_config", coalesce("excerpt", '') || ' ' || coalesce(blog_tags_text("tags"), '')), 'B') ||
  setweight(to_tsvector("search_config", coalesce("body", '')), 'C') ||
  blog_week_lexeme("published_at")
) STORED;--> statement-breakpoint
CREATE INDEX "blog_posts_search_idx" ON "blog_posts" USING gin ("search");
