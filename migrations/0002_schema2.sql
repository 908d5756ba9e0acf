-- Schema 2: the item fields of the 2026 SDK as typed columns, and "as of" queries rebuilt from the
-- history. Upgrades a live mirror in one transaction; it rewrites chat_groups once (the generated
-- columns) and leaves chat_group_changes as it is.

-- Readers of current_chat_groups lock the view, then chat_groups; this migration alters both.
-- Taking them first, in the same order (LOCK on a view locks what it reads too), means a reader
-- waits for the migration or the migration for the reader, never each for the other (deadlock).
LOCK TABLE current_chat_groups IN ACCESS EXCLUSIVE MODE;

-- How an item field becomes a typed column, defined once (the generated columns below and the
-- "as of" functions use them). A value of the wrong JSON type is NULL (it stays in raw): a string
-- column takes JSON strings, an integer column JSON numbers with a whole value in its range ("7",
-- 12.5 and 2^63 are NULL; 12.0 is 12).
CREATE FUNCTION cgs_item_text(raw jsonb, field text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN jsonb_typeof(raw -> field) = 'string' THEN raw ->> field END $$;

-- A whole JSON number within [lo, hi], else NULL.
CREATE FUNCTION cgs_item_whole(raw jsonb, field text, lo numeric, hi numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN jsonb_typeof(raw -> field) = 'number'
                 AND (raw ->> field)::numeric = trunc((raw ->> field)::numeric)
                 AND (raw ->> field)::numeric BETWEEN lo AND hi
                THEN (raw ->> field)::numeric END
  $$;

CREATE FUNCTION cgs_item_bigint(raw jsonb, field text) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT cgs_item_whole(raw, field, -9223372036854775808, 9223372036854775807)::bigint $$;

CREATE FUNCTION cgs_item_integer(raw jsonb, field text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT cgs_item_whole(raw, field, -2147483648, 2147483647)::integer $$;

-- Generated from raw: written by every INSERT or UPDATE of raw, whichever release of
-- cams-groupsync makes it, so a replica still running the previous release keeps them right while
-- the others are upgraded, and the backfill (the rewrite this ALTER does) is exactly what a sync
-- writes: the first sync of an unchanged listing after the upgrade writes nothing.
ALTER TABLE chat_groups
  ADD COLUMN business_role text
    GENERATED ALWAYS AS (cgs_item_text(raw, 'BusinessRole')) STORED,
  ADD COLUMN gmt_modifier bigint  -- "the update time", unit undocumented: the integer as given
    GENERATED ALWAYS AS (cgs_item_bigint(raw, 'GmtModifier')) STORED,
  ADD COLUMN group_link text  -- Telegram
    GENERATED ALWAYS AS (cgs_item_text(raw, 'GroupLink')) STORED,
  ADD COLUMN group_type text
    GENERATED ALWAYS AS (cgs_item_text(raw, 'GroupType')) STORED,
  ADD COLUMN total_participant_count integer
    GENERATED ALWAYS AS (cgs_item_integer(raw, 'TotalParticipantCount')) STORED;

-- New columns go at the end (CREATE OR REPLACE VIEW keeps the existing ones where they are).
CREATE OR REPLACE VIEW current_chat_groups AS
  SELECT cust_space_id, business_number, group_id, subject, description, invite_link, group_status,
         profile_picture_file, raw, account_name, first_seen_at, last_changed_at,
         business_role, gmt_modifier, group_link, group_type, total_participant_count
  FROM chat_groups
  WHERE removed_at IS NULL;

-- Where the history starts: retention pruning deleted every change before this time (null while
-- nothing was pruned). "As of" answers for earlier times would be wrong, so they are refused.
ALTER TABLE maintenance ADD COLUMN changes_pruned_before timestamptz;

CREATE FUNCTION cgs_require_history(at timestamptz) RETURNS boolean
  LANGUAGE plpgsql STABLE
  AS $$
  DECLARE
    horizon timestamptz;
  BEGIN
    SELECT max(changes_pruned_before) INTO horizon FROM maintenance;
    IF horizon IS NOT NULL AND at < horizon THEN
      RAISE EXCEPTION 'no history before %: retention.changes pruned it (asked for %)', horizon, at
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'ask for a time after the retention horizon, or keep changes longer';
    END IF;
    RETURN true;
  END
  $$;

-- The groups listed at `at` (optionally one group), with the values they had then: the current
-- rows with every change after `at` undone. A field's value at `at` is the "old" side of the
-- earliest later change that touched it; a group was listed at `at` if the earliest later
-- presence change removed it, or, with none, if it is listed now. Changes recorded before schema 2
-- wrote {"old": null} for a field that was absent; such a field comes back as JSON null.
CREATE FUNCTION cgs_groups_as_of(at timestamptz, one_cust_space_id text, one_business_number text,
                                 one_group_id text)
  RETURNS TABLE (cust_space_id text, business_number text, group_id text, subject text,
                 description text, invite_link text, group_status text, profile_picture_file text,
                 raw jsonb, account_name text, first_seen_at timestamptz,
                 last_changed_at timestamptz, business_role text, gmt_modifier bigint,
                 group_link text, group_type text, total_participant_count integer)
  LANGUAGE sql STABLE
  AS $$
  WITH g AS (
    SELECT * FROM chat_groups g
    WHERE g.first_seen_at <= at
      AND (one_group_id IS NULL OR (g.cust_space_id = one_cust_space_id
                                    AND g.business_number = one_business_number
                                    AND g.group_id = one_group_id))
  ), later AS (
    SELECT c.* FROM chat_group_changes c
    JOIN g USING (cust_space_id, business_number, group_id)
    WHERE c.changed_at > at
  ), presence AS (
    SELECT DISTINCT ON (cust_space_id, business_number, group_id)
           cust_space_id, business_number, group_id, change_type
    FROM later WHERE change_type IN ('added', 'removed', 'restored')
    ORDER BY cust_space_id, business_number, group_id, change_id
  ), undo AS (
    SELECT DISTINCT ON (l.cust_space_id, l.business_number, l.group_id, f.key)
           l.cust_space_id, l.business_number, l.group_id, f.key, f.value ? 'old' AS had,
           f.value -> 'old' AS old
    FROM later l, jsonb_each(l.changed_fields) f
    WHERE l.changed_fields IS NOT NULL
    ORDER BY l.cust_space_id, l.business_number, l.group_id, f.key, l.change_id
  ), undone AS (
    SELECT cust_space_id, business_number, group_id, array_agg(key) AS keys,
           coalesce(jsonb_object_agg(key, old) FILTER (WHERE had), '{}') AS olds
    FROM undo GROUP BY cust_space_id, business_number, group_id
  ), last_change AS (
    SELECT c.cust_space_id, c.business_number, c.group_id, max(c.changed_at) AS changed_at,
           bool_or(c.changed_at > at) AS any_later
    FROM chat_group_changes c
    JOIN g USING (cust_space_id, business_number, group_id)
    GROUP BY c.cust_space_id, c.business_number, c.group_id
  ), last_before AS (
    SELECT c.cust_space_id, c.business_number, c.group_id, max(c.changed_at) AS changed_at
    FROM chat_group_changes c
    JOIN g USING (cust_space_id, business_number, group_id)
    WHERE c.changed_at <= at
    GROUP BY c.cust_space_id, c.business_number, c.group_id
  )
  SELECT g.cust_space_id, g.business_number, g.group_id,
         cgs_item_text(r.raw, 'Subject'), cgs_item_text(r.raw, 'Description'),
         cgs_item_text(r.raw, 'InviteLink'), cgs_item_text(r.raw, 'GroupStatus'),
         cgs_item_text(r.raw, 'ProfilePictureFile'), r.raw, g.account_name, g.first_seen_at,
         -- the latest change at or before `at`; when pruning took it, known only if none came later
         coalesce(lb.changed_at,
                  CASE WHEN lc.any_later IS NOT TRUE THEN g.last_changed_at END),
         cgs_item_text(r.raw, 'BusinessRole'), cgs_item_bigint(r.raw, 'GmtModifier'),
         cgs_item_text(r.raw, 'GroupLink'), cgs_item_text(r.raw, 'GroupType'),
         cgs_item_integer(r.raw, 'TotalParticipantCount')
  FROM g
  LEFT JOIN presence p USING (cust_space_id, business_number, group_id)
  LEFT JOIN undone u USING (cust_space_id, business_number, group_id)
  LEFT JOIN last_change lc USING (cust_space_id, business_number, group_id)
  LEFT JOIN last_before lb USING (cust_space_id, business_number, group_id)
  CROSS JOIN LATERAL (
    SELECT CASE WHEN u.keys IS NULL THEN g.raw ELSE (g.raw - u.keys) || u.olds END AS raw
  ) r
  WHERE CASE WHEN p.change_type IS NULL THEN g.removed_at IS NULL ELSE p.change_type = 'removed' END
  $$;

-- The public "as of" interface: every group listed at `at` (the columns of current_chat_groups),
-- or one group's row at `at` (none when it was not listed then).
CREATE FUNCTION chat_groups_as_of(at timestamptz)
  RETURNS SETOF current_chat_groups
  LANGUAGE sql STABLE
  AS $$
    SELECT cgs_require_history(at);  -- refuses a time the history no longer covers, rows or not
    SELECT * FROM cgs_groups_as_of(at, NULL, NULL, NULL);
  $$;

CREATE FUNCTION chat_group_as_of(cust_space_id text, business_number text, group_id text,
                                 at timestamptz)
  RETURNS SETOF current_chat_groups
  LANGUAGE sql STABLE
  AS $$
    SELECT cgs_require_history($4);
    SELECT * FROM cgs_groups_as_of($4, $1, $2, $3);
  $$;

COMMENT ON FUNCTION chat_groups_as_of(timestamptz) IS
  'The groups listed at a time, with the values they had then, rebuilt from the history';
COMMENT ON FUNCTION chat_group_as_of(text, text, text, timestamptz) IS
  'One group as it was listed at a time; no row when it was not listed then';
