-- Schema 11: a digest of each group's raw, so a sync can tell an unchanged item without sending it
-- to PostgreSQL. The daemon computes the same digest of every item it reads (the text jsonb prints
-- for it, cams/jsonb_text.h) and stages only the items whose digest differs from the mirror's; an
-- item whose digest matches is unchanged, and a no-op sync writes and sends nothing per group.
-- Rewrites chat_groups once (the generated column), leaves chat_group_changes as it is.

-- Readers of current_chat_groups lock the view, then chat_groups (as in 0002_schema2.sql).
LOCK TABLE current_chat_groups IN ACCESS EXCLUSIVE MODE;

-- The first 8 bytes of md5 of the jsonb's text, as a signed bigint. Built-ins only, so it works
-- from a session with any search_path.
CREATE FUNCTION cgs_raw_digest(raw jsonb) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ('x' || left(md5(raw::text), 16))::bit(64)::bigint $$;

-- Generated: every writer keeps it right, whichever release makes the write (a replica of the
-- previous release updates raw and PostgreSQL updates the digest), and the backfill is this
-- ALTER's rewrite, exactly what a sync would write.
ALTER TABLE chat_groups
  ADD COLUMN raw_digest bigint GENERATED ALWAYS AS (cgs_raw_digest(raw)) STORED;
