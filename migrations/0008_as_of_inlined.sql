-- Schema 8: fast "as of". The functions become single-statement SQL functions that name the
-- mirror's tables with their schema, written here with the schema this migration is applied in:
-- they work from any search_path (as schema 6 made them) and PostgreSQL now inlines them into the
-- caller's query, so a constant group key reaches the primary key and a constant account reaches
-- the scan (a SET clause, which pinned the search path, prevented both). New: an account
-- parameter, chat_groups_as_of(at, account_name), and a BRIN index that finds an account's groups
-- (an account's groups are mostly written together, so its block ranges are few; the index is a
-- few pages and costs a write next to nothing). No table is rewritten.

CREATE INDEX chat_groups_account_brin ON chat_groups USING brin (account_name);

DROP FUNCTION cgs_groups_as_of(timestamptz, text, text, text);

-- The rebuild (what schema 3 computed, per group in one pass over its changes): the rows of the
-- groups in scope with every group change after `at` undone. Scope: one account
-- (one_account), one group (the key), or every group (all null).
-- Merges JSON objects: the last merged wins a key. Ordered by change_id descending, the earliest
-- change of each field is the one kept.
CREATE AGGREGATE cgs_jsonb_merge(jsonb) (SFUNC = pg_catalog.jsonb_concat, STYPE = jsonb);

DO $migration$
BEGIN
  EXECUTE format($create$
  CREATE FUNCTION %1$I.cgs_groups_as_of(at timestamptz, one_account text, one_cust_space_id text,
                                        one_business_number text, one_group_id text)
    RETURNS SETOF %1$I.current_chat_groups
    LANGUAGE sql STABLE
    AS $body$
    SELECT g.cust_space_id, g.business_number, g.group_id,
           %1$I.cgs_item_text(r.raw, 'Subject'), %1$I.cgs_item_text(r.raw, 'Description'),
           %1$I.cgs_item_text(r.raw, 'InviteLink'), %1$I.cgs_item_text(r.raw, 'GroupStatus'),
           %1$I.cgs_item_text(r.raw, 'ProfilePictureFile'), r.raw, g.account_name, g.first_seen_at,
           -- the latest change at or before `at`; when pruning took it, known only if none came later
           coalesce(l.before, CASE WHEN l.any_later IS NOT TRUE THEN g.last_changed_at END),
           %1$I.cgs_item_text(r.raw, 'BusinessRole'), %1$I.cgs_item_bigint(r.raw, 'GmtModifier'),
           %1$I.cgs_item_text(r.raw, 'GroupLink'), %1$I.cgs_item_text(r.raw, 'GroupType'),
           %1$I.cgs_item_integer(r.raw, 'TotalParticipantCount')
    FROM %1$I.chat_groups g
    -- each group's changes, one index range read in change order, in one pass: no sort or hash
    -- of the whole scope's history
    CROSS JOIN LATERAL (
      SELECT max(c.changed_at) FILTER (WHERE c.changed_at <= at) AS before,
             bool_or(c.changed_at > at) AS any_later,
             -- the earliest presence change after `at`: its id and kind in one orderable number
             min(c.change_id * 4 + CASE c.change_type WHEN 'added' THEN 1 WHEN 'removed' THEN 2
                                                      ELSE 3 END)
               FILTER (WHERE c.changed_at > at AND c.change_type <> 'updated') AS presence,
             -- every field changed after `at`, with its earliest change (the last one merged)
             %1$I.cgs_jsonb_merge(c.changed_fields ORDER BY c.change_id DESC)
               FILTER (WHERE c.changed_at > at AND c.changed_fields IS NOT NULL) AS undo
      FROM %1$I.chat_group_changes c
      WHERE c.cust_space_id = g.cust_space_id AND c.business_number = g.business_number
        AND c.group_id = g.group_id
        AND c.change_type IN ('added', 'updated', 'removed', 'restored')
    ) l
    CROSS JOIN LATERAL (  -- each changed field back to its "old" side (absent where it had none)
      SELECT CASE WHEN l.undo IS NULL THEN g.raw
                  ELSE (SELECT (g.raw - array_agg(f.key))
                               || coalesce(jsonb_object_agg(f.key, f.value -> 'old')
                                             FILTER (WHERE f.value ? 'old'), '{}')
                        FROM jsonb_each(l.undo) f)
             END AS raw
      OFFSET 0  -- computed once per group, not once for each column that reads it
    ) r
    WHERE g.first_seen_at <= at
      AND (one_account IS NULL OR g.account_name = one_account)
      AND (one_group_id IS NULL OR (g.cust_space_id = one_cust_space_id
                                    AND g.business_number = one_business_number
                                    AND g.group_id = one_group_id))
      -- listed at `at`: the earliest presence change after it removed the group, or, with none,
      -- the group is listed now
      AND CASE WHEN l.presence IS NULL THEN g.removed_at IS NULL ELSE l.presence %% 4 = 2 END
    $body$
  $create$, current_schema());

  -- The public functions: one statement each, so they are inlined too. The history check runs
  -- once per call (a one-time filter), rows or not.
  EXECUTE format($create$
  CREATE OR REPLACE FUNCTION %1$I.chat_groups_as_of(at timestamptz)
    RETURNS SETOF %1$I.current_chat_groups
    LANGUAGE sql STABLE
    AS $body$
      SELECT * FROM %1$I.cgs_groups_as_of(at, NULL, NULL, NULL, NULL)
      WHERE %1$I.cgs_require_history(at)
    $body$
  $create$, current_schema());

  EXECUTE format($create$
  CREATE FUNCTION %1$I.chat_groups_as_of(at timestamptz, account_name text)
    RETURNS SETOF %1$I.current_chat_groups
    LANGUAGE sql STABLE
    AS $body$
      SELECT * FROM %1$I.cgs_groups_as_of(at, account_name, NULL, NULL, NULL)
      WHERE %1$I.cgs_require_history(at)
    $body$
  $create$, current_schema());

  EXECUTE format($create$
  CREATE OR REPLACE FUNCTION %1$I.chat_group_as_of(cust_space_id text, business_number text,
                                                   group_id text, at timestamptz)
    RETURNS SETOF %1$I.current_chat_groups
    LANGUAGE sql STABLE
    AS $body$
      SELECT * FROM %1$I.cgs_groups_as_of($4, NULL, $1, $2, $3)
      WHERE %1$I.cgs_require_history($4)
    $body$
  $create$, current_schema());
END
$migration$;

-- CREATE OR REPLACE keeps a function's settings: the search path schema 6 pinned would stop
-- PostgreSQL from inlining these two, and their bodies no longer need it.
ALTER FUNCTION chat_groups_as_of(timestamptz) RESET search_path;
ALTER FUNCTION chat_group_as_of(text, text, text, timestamptz) RESET search_path;

COMMENT ON FUNCTION chat_groups_as_of(timestamptz, text) IS
  'The groups of one account listed at a time, with the values they had then';
