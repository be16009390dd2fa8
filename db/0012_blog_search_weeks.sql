-- Blog search at scale (issue #6): every post's tsvector also carries one month lexeme
-- ('month 202611', UTC month of published_at). It contains a space, which no text-search parser
-- ever emits, so no reader's query can match it; the search code ANDs "any of these months" into
-- the reader's tsquery so the GIN index itself keeps only recent matches (newest first, most
-- queries are answered from the latest months) instead of the planner testing `@@` row by row
-- against each post's TOASTed tsvector. See server/blog/search-candidates.ts.
-- to_char is only STABLE; with UTC and digits-only YYYYMM it cannot change, so it is wrapped.
CREATE FUNCTION blog_month_lexeme(published_at timestamptz) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_tsvector(ARRAY['month ' || to_char(published_at AT TIME ZONE 'UTC', 'YYYYMM')]) $$;--> statement-breakpoint
DROP INDEX IF EXISTS "blog_posts_search_idx";--> statement-breakpoint
ALTER TABLE "blog_posts" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "blog_posts" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector("search_config", coalesce("title", '')), 'A') ||
  setweight(to_tsvector("search_config", coalesce("excerpt", '') || ' ' || coalesce(blog_tags_text("tags"), '')), 'B') ||
  setweight(to_tsvector("search_config", coalesce("body", '')), 'C') ||
  blog_month_lexeme("published_at")
) STORED;--> statement-breakpoint
CREATE INDEX "blog_posts_search_idx" ON "blog_posts" USING gin ("search");
