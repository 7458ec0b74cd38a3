-- Gallery search: a substring match (ILIKE) on a project's title and tagline, served by a trigram index.
-- Trigrams rather than to_tsvector: Postgres has no Chinese text-search parser, so a full-text index would
-- treat a whole run of Han characters as one word and miss "公園" inside "公園好好玩"; ILIKE finds it and
-- the trigram index keeps Latin-script queries off a sequential scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "submissions_search_trgm_idx" ON "submissions" USING gin (("title" || ' ' || "tagline") gin_trgm_ops);--> statement-breakpoint
-- The technology filter (technologies @> ARRAY[...]).
CREATE INDEX IF NOT EXISTS "submissions_technologies_idx" ON "submissions" USING gin ("technologies");
