-- Schema 10: the account inventory discovery lists (ListInstance, QueryChatappPhoneNumbers): the
-- instances of each credential set's Alibaba Cloud account, every phone number of their customer
-- spaces with its health (status, quality rating, messaging limit tier), and the numbers'
-- field-level history. New tables and views only: a live mirror upgrades without a rewrite, and a
-- replica of the previous release never reads or writes them.

-- One row per instance ever listed.
CREATE TABLE instances (
  cust_space_id    text        NOT NULL,
  instance_id      text        NOT NULL,
  instance_name    text,
  channel_type     text,                   -- as listed ("WHATSAPP", "VIBER": any case)
  state            text,
  raw              jsonb       NOT NULL,   -- the API item as returned
  first_seen_at    timestamptz NOT NULL,
  last_changed_at  timestamptz NOT NULL,
  removed_at       timestamptz,            -- null while the instance is listed
  PRIMARY KEY (cust_space_id, instance_id)
);
COMMENT ON TABLE instances IS
  'CAMS instances (ListInstance), one row per instance ever listed; removed_at is set when a complete listing no longer has it';

-- One row per phone number ever listed, whatever its status (only discovery.number_status
-- decides which numbers become accounts).
CREATE TABLE phone_numbers (
  cust_space_id         text        NOT NULL,
  phone_number          text        NOT NULL,
  status                text,              -- CONNECTED, PENDING, ... as given
  quality_rating        text,              -- GREEN, YELLOW, RED, ... as given
  messaging_limit_tier  text,              -- TIER_1K, TIER_10K, ... as given
  verified_name         text,
  raw                   jsonb       NOT NULL,
  first_seen_at         timestamptz NOT NULL,
  last_changed_at       timestamptz NOT NULL,
  removed_at            timestamptz,       -- null while its space lists it
  PRIMARY KEY (cust_space_id, phone_number)
);
COMMENT ON TABLE phone_numbers IS
  'WhatsApp business numbers (QueryChatappPhoneNumbers) of every listed space, with their health; removed_at is set when the space no longer lists it';

-- Append-only history of what each discovery pass changed. Its change ids are drawn from the
-- same sequence as chat_group_changes' (set below): every change of the mirror has one order, and
-- the webhook outbox, keyed by (webhook, change_id), carries both kinds.
CREATE TABLE phone_number_changes (
  change_id       bigint      PRIMARY KEY,
  run_id          uuid        NOT NULL,    -- the discovery pass
  cust_space_id   text        NOT NULL,
  phone_number    text        NOT NULL,
  change_type     text        NOT NULL CHECK (change_type IN ('added', 'updated', 'removed', 'restored')),
  changed_fields  jsonb,      -- updated/restored: {"QualityRating": {"old": "GREEN", "new": "RED"}, ...}
  changed_at      timestamptz NOT NULL
);
DO $migration$
BEGIN
  -- The sequence as an OID constant: the default works from any search_path.
  EXECUTE format('ALTER TABLE phone_number_changes ALTER COLUMN change_id SET DEFAULT nextval(%L::regclass)',
                 pg_get_serial_sequence('chat_group_changes', 'change_id'));
END
$migration$;
CREATE INDEX phone_number_changes_number_idx
  ON phone_number_changes (cust_space_id, phone_number, change_id);
CREATE INDEX phone_number_changes_changed_at_idx ON phone_number_changes (changed_at);
COMMENT ON TABLE phone_number_changes IS
  'History: added, updated (field-level diff), removed and restored phone numbers, per discovery pass';

-- One row per discovery pass, as sync_runs has one per account run.
CREATE TABLE discovery_runs (
  run_id            uuid        PRIMARY KEY,
  credentials       text        NOT NULL,   -- the credential set it listed with
  trigger           text        NOT NULL,   -- schedule, once, reload
  host              text        NOT NULL,
  pid               integer     NOT NULL,
  started_at        timestamptz NOT NULL,
  finished_at       timestamptz,
  status            text        NOT NULL
                    CHECK (status IN ('running', 'succeeded', 'incomplete', 'failed', 'aborted')),
  instances         integer,                -- listed instances (after channel_type)
  spaces            integer,                -- spaces whose numbers were queried
  spaces_failed     integer,                -- of those, the ones whose query failed
  numbers           integer,                -- numbers listed
  added             integer     NOT NULL DEFAULT 0,
  updated           integer     NOT NULL DEFAULT 0,
  removed           integer     NOT NULL DEFAULT 0,
  restored          integer     NOT NULL DEFAULT 0,
  requests          integer     NOT NULL DEFAULT 0,
  first_request_id  text,
  last_request_id   text,
  error_code        text,
  error_message     text
);
CREATE INDEX discovery_runs_started_at_idx ON discovery_runs (started_at);
COMMENT ON TABLE discovery_runs IS
  'Discovery passes (ListInstance + QueryChatappPhoneNumbers): status, counts, request ids, the error';

-- What is listed now.
CREATE VIEW current_instances AS
  SELECT cust_space_id, instance_id, instance_name, channel_type, state, raw, first_seen_at,
         last_changed_at
  FROM instances
  WHERE removed_at IS NULL;

CREATE VIEW current_phone_numbers AS
  SELECT cust_space_id, phone_number, status, quality_rating, messaging_limit_tier, verified_name,
         raw, first_seen_at, last_changed_at
  FROM phone_numbers
  WHERE removed_at IS NULL;

-- Read-only tenants (schema 7) see the instances and numbers of their accounts' spaces.
DO $migration$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY['instances', 'phone_numbers', 'phone_number_changes'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format($policy$
      CREATE POLICY tenant_rows ON %I
        USING (NOT EXISTS (SELECT 1 FROM sql_access_roles)
               OR EXISTS (SELECT 1 FROM sql_access_roles WHERE all_accounts)
               OR cust_space_id IN (SELECT a.cust_space_id FROM sql_access_accounts a))
    $policy$, tenant_table);
  END LOOP;
END
$migration$;
ALTER VIEW current_instances SET (security_invoker = true);
ALTER VIEW current_phone_numbers SET (security_invoker = true);
