-- Schema 3: the groups' members (ListChatGroupParticipants) with a join/leave timeline that the
-- API itself cannot give: the mirror diffs each refreshed member list against the last one.
-- Upgrades a live mirror in one transaction: new tables, nullable or constant-default columns (no
-- table is rewritten), and the "as of" function taught to skip member events.

-- The tables this migration alters, locked first and together (readers of chat_group_history and
-- latest_sync_runs take them in this order; a deadlock here is retried by the migrator).
LOCK TABLE chat_group_changes, sync_runs IN ACCESS EXCLUSIVE MODE;

-- One row per membership: a number in a group. left_at is null while the group's last refreshed
-- member list has the number; a number that leaves and comes back gets its row back (left_at null
-- again), like a restored group. first_seen_at is the run that first listed it: the API has no
-- join time, so a group's first refresh records its members as joined then.
CREATE TABLE chat_group_participants (
  cust_space_id       text        NOT NULL,
  business_number     text        NOT NULL,
  group_id            text        NOT NULL,
  participant_number  text        NOT NULL,  -- as listed, or hmac-sha256:<hex> with a pseudonymization key
  first_seen_at       timestamptz NOT NULL,
  left_at             timestamptz,
  PRIMARY KEY (cust_space_id, business_number, group_id, participant_number)
);
COMMENT ON TABLE chat_group_participants IS
  'Members of CAMS chat groups, one row per membership; left_at is set when a refresh no longer lists the number';

-- When each group's member list was last checked, and the TotalParticipantCount its listing had
-- then: what decides which groups the next run refreshes.
CREATE TABLE chat_group_participant_checks (
  cust_space_id            text        NOT NULL,
  business_number          text        NOT NULL,
  group_id                 text        NOT NULL,
  checked_at               timestamptz NOT NULL,
  run_id                   uuid        NOT NULL,
  total_participant_count  integer,
  PRIMARY KEY (cust_space_id, business_number, group_id)
);

-- An account whose key may not list members (Forbidden.RAM for cams:ListChatGroupParticipants) or
-- whose API is not enabled: no participant request before retry_after, which doubles with each
-- consecutive denial. The row goes when a participant request succeeds again.
CREATE TABLE participant_backoff (
  account_name  text        PRIMARY KEY,
  denials       integer     NOT NULL,
  denied_at     timestamptz NOT NULL,
  retry_after   timestamptz NOT NULL,
  error_code    text        NOT NULL,
  request_id    text
);

-- Member events share the group history: one table answers "what happened to this group".
-- NOT VALID: every existing row already satisfies the wider rule, so the table is not scanned.
ALTER TABLE chat_group_changes
  DROP CONSTRAINT chat_group_changes_change_type_check,
  ADD CONSTRAINT chat_group_changes_change_type_check
    CHECK (change_type IN ('added', 'updated', 'removed', 'restored',
                           'participant_joined', 'participant_left')) NOT VALID;
COMMENT ON TABLE chat_group_changes IS
  'History: added, updated (field-level diff), removed and restored groups, and participant_joined/participant_left members, per run';

-- What each run did to members (constant defaults: no rewrite). The error is the run's last
-- participant error; the group sync succeeds regardless.
ALTER TABLE sync_runs
  ADD COLUMN participant_requests          integer NOT NULL DEFAULT 0,
  ADD COLUMN participant_groups_refreshed  integer NOT NULL DEFAULT 0,
  ADD COLUMN participants_joined           integer NOT NULL DEFAULT 0,
  ADD COLUMN participants_left             integer NOT NULL DEFAULT 0,
  ADD COLUMN participant_error_code        text,
  ADD COLUMN participant_error_request_id  text,
  ADD COLUMN participant_error_message     text;

-- The new columns appear at the end of the views over sync_runs.
CREATE OR REPLACE VIEW latest_sync_runs AS
  SELECT DISTINCT ON (account_name) *
  FROM sync_runs
  ORDER BY account_name, started_at DESC;

CREATE OR REPLACE VIEW latest_successful_sync_runs AS
  SELECT DISTINCT ON (account_name) *
  FROM sync_runs
  WHERE status = 'succeeded'
  ORDER BY account_name, started_at DESC;

-- The members now: of groups listed now (a removed group's members are not marked as left -- the
-- group went, not the people -- and come back with it).
CREATE VIEW current_chat_group_participants AS
  SELECT p.cust_space_id, p.business_number, p.group_id, p.participant_number, p.first_seen_at,
         g.account_name
  FROM chat_group_participants p
  JOIN chat_groups g USING (cust_space_id, business_number, group_id)
  WHERE p.left_at IS NULL AND g.removed_at IS NULL;

-- The "as of" rebuild undoes group changes only: member events do not change a group's item.
CREATE OR REPLACE FUNCTION cgs_groups_as_of(at timestamptz, one_cust_space_id text, one_business_number text,
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
    WHERE c.changed_at > at AND c.change_type IN ('added', 'updated', 'removed', 'restored')
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
    WHERE c.change_type IN ('added', 'updated', 'removed', 'restored')
    GROUP BY c.cust_space_id, c.business_number, c.group_id
  ), last_before AS (
    SELECT c.cust_space_id, c.business_number, c.group_id, max(c.changed_at) AS changed_at
    FROM chat_group_changes c
    JOIN g USING (cust_space_id, business_number, group_id)
    WHERE c.changed_at <= at AND c.change_type IN ('added', 'updated', 'removed', 'restored')
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
