-- Blog full-text search (issue #6): a weighted tsvector generated from each post (A title,
-- B excerpt + tags, C body) in the post's own text-search language, with a GIN index.
-- array_to_string is only STABLE, so tags go through an IMMUTABLE wrapper to be usable here.
CREATE FUNCTION blog_tags_text(tags text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_string(tags, ' ') $$;--> statement-breakpoint
ALTER TABLE "blog_posts" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector("search_config", coalesce("title", '')), 'A') ||
  setweight(to_tsvector("search_config", coalesce("excerpt", '') || ' ' || coalesce(blog_tags_text("tags"), '')), 'B') ||
  setweight(to_tsvector("search_config", coalesce("body", '')), 'C')
) STORED;--> statement-breakpoint
CREATE INDEX "blog_posts_search_idx" ON "blog_posts" USING gin ("search");--> statement-breakpoint
CREATE INDEX "blog_posts_tags_idx" ON "blog_posts" USING gin ("tags");--> statement-breakpoint
-- The blog's language (an allow-list of regconfig names, see server/blog/languages.ts).
ALTER TABLE "blog_settings" ADD CONSTRAINT "blog_settings_language_check" CHECK ("language" IN (
  'simple', 'english', 'german', 'french', 'spanish', 'italian', 'portuguese', 'dutch',
  'swedish', 'danish', 'norwegian', 'finnish', 'russian'
));--> statement-breakpoint
-- A new post takes its blog's language; the generated column is computed after BEFORE triggers.
CREATE FUNCTION blog_posts_set_search_config() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_config := coalesce(
    (SELECT s.language::regconfig FROM blog_settings s WHERE s.workspace_id = NEW.workspace_id),
    'english'::regconfig);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER blog_posts_search_config BEFORE INSERT ON "blog_posts"
  FOR EACH ROW EXECUTE FUNCTION blog_posts_set_search_config();
