-- Schema 8: fast "as of". The functions become single-statement SQL functions that name the
-- mirror's tables with their schema, written here with the schema this migration is applied in:
-- they work from any search_path (as schema 6 made them) and PostgreSQL now inlines them into the
-- caller's query, so a constant group key reaches the primary key and a constant account reaches
-- the scan (a SET clause, which pinned the search path, prevented both). New: an account
-- parameter, chat_groups_as_of(at, account_name). Functions only; no table is touched.

DROP FUNCTION cgs_groups_as_of(timestamptz, text, text, text);

-- The rebuild (unchanged from schema 3 but for its scope and one read of the history): the rows
-- of the groups in scope with every group change after `at` undone. Scope: one account
-- (one_account), one group (the key), or every group (all null).
DO $migration$
BEGIN
  EXECUTE format($create$
  CREATE FUNCTION %1$I.cgs_groups_as_of(at timestamptz, one_account text, one_cust_space_id text,
                                        one_business_number text, one_group_id text)
    RETURNS SETOF %1$I.current_chat_groups
    LANGUAGE sql STABLE
    AS $body$
    WITH g AS (
      SELECT * FROM %1$I.chat_groups g
      WHERE g.first_seen_at <= at
        AND (one_account IS NULL OR g.account_name = one_account)
        AND (one_group_id IS NULL OR (g.cust_space_id = one_cust_space_id
                                      AND g.business_number = one_business_number
                                      AND g.group_id = one_group_id))
    ), c AS (  -- the group changes of those groups, read once
      SELECT c.cust_space_id, c.business_number, c.group_id, c.change_id, c.change_type,
             c.changed_fields, c.changed_at
      FROM %1$I.chat_group_changes c
      JOIN g USING (cust_space_id, business_number, group_id)
      WHERE c.change_type IN ('added', 'updated', 'removed', 'restored')
    ), presence AS (
      SELECT DISTINCT ON (cust_space_id, business_number, group_id)
             cust_space_id, business_number, group_id, change_type
      FROM c WHERE changed_at > at AND change_type IN ('added', 'removed', 'restored')
      ORDER BY cust_space_id, business_number, group_id, change_id
    ), undo AS (
      SELECT DISTINCT ON (c.cust_space_id, c.business_number, c.group_id, f.key)
             c.cust_space_id, c.business_number, c.group_id, f.key, f.value ? 'old' AS had,
             f.value -> 'old' AS old
      FROM c, jsonb_each(c.changed_fields) f
      WHERE c.changed_at > at AND c.changed_fields IS NOT NULL
      ORDER BY c.cust_space_id, c.business_number, c.group_id, f.key, c.change_id
    ), undone AS (
      SELECT cust_space_id, business_number, group_id, array_agg(key) AS keys,
             coalesce(jsonb_object_agg(key, old) FILTER (WHERE had), '{}') AS olds
      FROM undo GROUP BY cust_space_id, business_number, group_id
    ), last AS (
      SELECT cust_space_id, business_number, group_id,
             max(changed_at) FILTER (WHERE changed_at <= at) AS before,
             bool_or(changed_at > at) AS any_later
      FROM c GROUP BY cust_space_id, business_number, group_id
    )
    SELECT g.cust_space_id, g.business_number, g.group_id,
           %1$I.cgs_item_text(r.raw, 'Subject'), %1$I.cgs_item_text(r.raw, 'Description'),
           %1$I.cgs_item_text(r.raw, 'InviteLink'), %1$I.cgs_item_text(r.raw, 'GroupStatus'),
           %1$I.cgs_item_text(r.raw, 'ProfilePictureFile'), r.raw, g.account_name, g.first_seen_at,
           -- the latest change at or before `at`; when pruning took it, known only if none came later
           coalesce(l.before, CASE WHEN l.any_later IS NOT TRUE THEN g.last_changed_at END),
           %1$I.cgs_item_text(r.raw, 'BusinessRole'), %1$I.cgs_item_bigint(r.raw, 'GmtModifier'),
           %1$I.cgs_item_text(r.raw, 'GroupLink'), %1$I.cgs_item_text(r.raw, 'GroupType'),
           %1$I.cgs_item_integer(r.raw, 'TotalParticipantCount')
    FROM g
    LEFT JOIN presence p USING (cust_space_id, business_number, group_id)
    LEFT JOIN undone u USING (cust_space_id, business_number, group_id)
    LEFT JOIN last l USING (cust_space_id, business_number, group_id)
    CROSS JOIN LATERAL (
      SELECT CASE WHEN u.keys IS NULL THEN g.raw ELSE (g.raw - u.keys) || u.olds END AS raw
    ) r
    WHERE CASE WHEN p.change_type IS NULL THEN g.removed_at IS NULL
               ELSE p.change_type = 'removed' END
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
