-- cams-groupsync: the mirror of CAMS WhatsApp groups.
-- Applied by the daemon's migrator inside the configured schema (search_path), in one transaction.
-- Names of tables, columns and views are the product's SQL interface: change them only forward.

-- One row per group ever seen, per (CustSpaceId, BusinessNumber, GroupId).
CREATE TABLE chat_groups (
  cust_space_id         text        NOT NULL,
  business_number       text        NOT NULL,
  group_id              text        NOT NULL,
  subject               text,
  description           text,
  invite_link           text,
  group_status          text,
  profile_picture_file  text,
  raw                   jsonb       NOT NULL,  -- the API item as returned: fields not modelled yet are kept
  account_name          text        NOT NULL,  -- the configured account whose listing holds it
  first_seen_at         timestamptz NOT NULL,
  last_changed_at       timestamptz NOT NULL,
  removed_at            timestamptz,           -- null while the group is listed
  PRIMARY KEY (cust_space_id, business_number, group_id)
);
COMMENT ON TABLE chat_groups IS 'CAMS chat groups, one row per group ever listed; removed_at is set when a complete listing no longer has it';

-- Append-only history of what each run changed.
CREATE TABLE chat_group_changes (
  change_id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id           uuid        NOT NULL,
  cust_space_id    text        NOT NULL,
  business_number  text        NOT NULL,
  group_id         text        NOT NULL,
  change_type      text        NOT NULL CHECK (change_type IN ('added', 'updated', 'removed', 'restored')),
  changed_fields   jsonb,      -- updated/restored: {"Subject": {"old": .., "new": ..}, ...}, only fields that changed
  changed_at       timestamptz NOT NULL
);
CREATE INDEX chat_group_changes_group_idx
  ON chat_group_changes (cust_space_id, business_number, group_id, change_id);
CREATE INDEX chat_group_changes_changed_at_idx ON chat_group_changes (changed_at);
COMMENT ON TABLE chat_group_changes IS 'History: added, updated (field-level diff), removed and restored groups, per run';

-- One row per account run.
CREATE TABLE sync_runs (
  run_id           uuid        PRIMARY KEY,
  account_name     text        NOT NULL,
  cust_space_id    text        NOT NULL,
  business_number  text        NOT NULL,
  trigger          text        NOT NULL CHECK (trigger IN ('schedule', 'once')),
  started_at       timestamptz NOT NULL,
  finished_at      timestamptz,
  status           text        NOT NULL
                   CHECK (status IN ('running', 'succeeded', 'failed', 'incomplete', 'held', 'aborted')),
  pages            integer     NOT NULL DEFAULT 0,
  groups_seen      integer     NOT NULL DEFAULT 0,
  added            integer     NOT NULL DEFAULT 0,
  updated          integer     NOT NULL DEFAULT 0,
  removed          integer     NOT NULL DEFAULT 0,
  restored         integer     NOT NULL DEFAULT 0,
  unchanged        integer     NOT NULL DEFAULT 0,
  request_ids      text[]      NOT NULL DEFAULT '{}',  -- every API request id of the run, retries included
  error_code       text,
  error_message    text,
  host             text,                               -- which replica ran it
  pid              integer
);
CREATE INDEX sync_runs_account_started_idx ON sync_runs (account_name, started_at DESC);
CREATE INDEX sync_runs_running_idx ON sync_runs (account_name) WHERE status = 'running';

-- Housekeeping that runs at most once a day (retention pruning).
CREATE TABLE maintenance (
  task         text        PRIMARY KEY,
  last_run_at  timestamptz NOT NULL
);

-- The groups listed now.
CREATE VIEW current_chat_groups AS
  SELECT cust_space_id, business_number, group_id, subject, description, invite_link, group_status,
         profile_picture_file, raw, account_name, first_seen_at, last_changed_at
  FROM chat_groups
  WHERE removed_at IS NULL;

-- The latest run of each account, and the latest that succeeded.
CREATE VIEW latest_sync_runs AS
  SELECT DISTINCT ON (account_name) *
  FROM sync_runs
  ORDER BY account_name, started_at DESC;

CREATE VIEW latest_successful_sync_runs AS
  SELECT DISTINCT ON (account_name) *
  FROM sync_runs
  WHERE status = 'succeeded'
  ORDER BY account_name, started_at DESC;

-- Changes with the group's current subject, newest first: the history as people read it.
CREATE VIEW chat_group_history AS
  SELECT c.change_id, c.changed_at, c.change_type, c.cust_space_id, c.business_number, c.group_id,
         g.subject AS current_subject, g.account_name, c.changed_fields, c.run_id
  FROM chat_group_changes c
  LEFT JOIN chat_groups g USING (cust_space_id, business_number, group_id)
  ORDER BY c.change_id DESC;
