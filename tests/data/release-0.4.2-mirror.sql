-- A mirror made by cams-groupsync 0.4.2 (commit 820c2da, schema version 5): two --once runs
-- of tests/data/release-sim.json's accounts, the second after renames, a status change, two
-- removals, an addition and members joining and leaving. Made by
-- scripts/release-fixture.sh 0.4.2; tests/e2e/upgrade_e2e_test.cpp upgrades it.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', 'cgs_release_0_4_2', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: cgs_release_0_4_2; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA cgs_release_0_4_2;


--
-- Name: cgs_groups_as_of(timestamp with time zone, text, text, text); Type: FUNCTION; Schema: cgs_release_0_4_2; Owner: -
--

CREATE FUNCTION cgs_release_0_4_2.cgs_groups_as_of(at timestamp with time zone, one_cust_space_id text, one_business_number text, one_group_id text) RETURNS TABLE(cust_space_id text, business_number text, group_id text, subject text, description text, invite_link text, group_status text, profile_picture_file text, raw jsonb, account_name text, first_seen_at timestamp with time zone, last_changed_at timestamp with time zone, business_role text, gmt_modifier bigint, group_link text, group_type text, total_participant_count integer)
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


--
-- Name: cgs_item_bigint(jsonb, text); Type: FUNCTION; Schema: cgs_release_0_4_2; Owner: -
--

CREATE FUNCTION cgs_release_0_4_2.cgs_item_bigint(raw jsonb, field text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT cgs_item_whole(raw, field, -9223372036854775808, 9223372036854775807)::bigint $$;


--
-- Name: cgs_item_integer(jsonb, text); Type: FUNCTION; Schema: cgs_release_0_4_2; Owner: -
--

CREATE FUNCTION cgs_release_0_4_2.cgs_item_integer(raw jsonb, field text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT cgs_item_whole(raw, field, -2147483648, 2147483647)::integer $$;


--
-- Name: cgs_item_text(jsonb, text); Type: FUNCTION; Schema: cgs_release_0_4_2; Owner: -
--

CREATE FUNCTION cgs_release_0_4_2.cgs_item_text(raw jsonb, field text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN jsonb_typeof(raw -> field) = 'string' THEN raw ->> field END $$;


--
-- Name: cgs_item_whole(jsonb, text, numeric, numeric); Type: FUNCTION; Schema: cgs_release_0_4_2; Owner: -
--

CREATE FUNCTION cgs_release_0_4_2.cgs_item_whole(raw jsonb, field text, lo numeric, hi numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN jsonb_typeof(raw -> field) = 'number'
                 AND (raw ->> field)::numeric = trunc((raw ->> field)::numeric)
                 AND (raw ->> field)::numeric BETWEEN lo AND hi
                THEN (raw ->> field)::numeric END
  $$;


--
-- Name: cgs_require_history(timestamp with time zone); Type: FUNCTION; Schema: cgs_release_0_4_2; Owner: -
--

CREATE FUNCTION cgs_release_0_4_2.cgs_require_history(at timestamp with time zone) RETURNS boolean
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


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: chat_groups; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.chat_groups (
    cust_space_id text NOT NULL,
    business_number text NOT NULL,
    group_id text NOT NULL,
    subject text,
    description text,
    invite_link text,
    group_status text,
    profile_picture_file text,
    raw jsonb NOT NULL,
    account_name text NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    last_changed_at timestamp with time zone NOT NULL,
    removed_at timestamp with time zone,
    business_role text GENERATED ALWAYS AS (cgs_release_0_4_2.cgs_item_text(raw, 'BusinessRole'::text)) STORED,
    gmt_modifier bigint GENERATED ALWAYS AS (cgs_release_0_4_2.cgs_item_bigint(raw, 'GmtModifier'::text)) STORED,
    group_link text GENERATED ALWAYS AS (cgs_release_0_4_2.cgs_item_text(raw, 'GroupLink'::text)) STORED,
    group_type text GENERATED ALWAYS AS (cgs_release_0_4_2.cgs_item_text(raw, 'GroupType'::text)) STORED,
    total_participant_count integer GENERATED ALWAYS AS (cgs_release_0_4_2.cgs_item_integer(raw, 'TotalParticipantCount'::text)) STORED
);


--
-- Name: TABLE chat_groups; Type: COMMENT; Schema: cgs_release_0_4_2; Owner: -
--

COMMENT ON TABLE cgs_release_0_4_2.chat_groups IS 'CAMS chat groups, one row per group ever listed; removed_at is set when a complete listing no longer has it';


--
-- Name: current_chat_groups; Type: VIEW; Schema: cgs_release_0_4_2; Owner: -
--

CREATE VIEW cgs_release_0_4_2.current_chat_groups AS
 SELECT chat_groups.cust_space_id,
    chat_groups.business_number,
    chat_groups.group_id,
    chat_groups.subject,
    chat_groups.description,
    chat_groups.invite_link,
    chat_groups.group_status,
    chat_groups.profile_picture_file,
    chat_groups.raw,
    chat_groups.account_name,
    chat_groups.first_seen_at,
    chat_groups.last_changed_at,
    chat_groups.business_role,
    chat_groups.gmt_modifier,
    chat_groups.group_link,
    chat_groups.group_type,
    chat_groups.total_participant_count
   FROM cgs_release_0_4_2.chat_groups
  WHERE (chat_groups.removed_at IS NULL);


--
-- Name: chat_group_as_of(text, text, text, timestamp with time zone); Type: FUNCTION; Schema: cgs_release_0_4_2; Owner: -
--

CREATE FUNCTION cgs_release_0_4_2.chat_group_as_of(cust_space_id text, business_number text, group_id text, at timestamp with time zone) RETURNS SETOF cgs_release_0_4_2.current_chat_groups
    LANGUAGE sql STABLE
    AS $_$
    SELECT cgs_require_history($4);
    SELECT * FROM cgs_groups_as_of($4, $1, $2, $3);
  $_$;


--
-- Name: FUNCTION chat_group_as_of(cust_space_id text, business_number text, group_id text, at timestamp with time zone); Type: COMMENT; Schema: cgs_release_0_4_2; Owner: -
--

COMMENT ON FUNCTION cgs_release_0_4_2.chat_group_as_of(cust_space_id text, business_number text, group_id text, at timestamp with time zone) IS 'One group as it was listed at a time; no row when it was not listed then';


--
-- Name: chat_groups_as_of(timestamp with time zone); Type: FUNCTION; Schema: cgs_release_0_4_2; Owner: -
--

CREATE FUNCTION cgs_release_0_4_2.chat_groups_as_of(at timestamp with time zone) RETURNS SETOF cgs_release_0_4_2.current_chat_groups
    LANGUAGE sql STABLE
    AS $$
    SELECT cgs_require_history(at);  -- refuses a time the history no longer covers, rows or not
    SELECT * FROM cgs_groups_as_of(at, NULL, NULL, NULL);
  $$;


--
-- Name: FUNCTION chat_groups_as_of(at timestamp with time zone); Type: COMMENT; Schema: cgs_release_0_4_2; Owner: -
--

COMMENT ON FUNCTION cgs_release_0_4_2.chat_groups_as_of(at timestamp with time zone) IS 'The groups listed at a time, with the values they had then, rebuilt from the history';


--
-- Name: api_quota_slots; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE UNLOGGED TABLE cgs_release_0_4_2.api_quota_slots (
    credential_set text NOT NULL,
    next_slot timestamp with time zone NOT NULL
);


--
-- Name: TABLE api_quota_slots; Type: COMMENT; Schema: cgs_release_0_4_2; Owner: -
--

COMMENT ON TABLE cgs_release_0_4_2.api_quota_slots IS 'Per credential set: the earliest time the next API request of any replica may be sent';


--
-- Name: chat_group_changes; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.chat_group_changes (
    change_id bigint NOT NULL,
    run_id uuid NOT NULL,
    cust_space_id text NOT NULL,
    business_number text NOT NULL,
    group_id text NOT NULL,
    change_type text NOT NULL,
    changed_fields jsonb,
    changed_at timestamp with time zone NOT NULL
);


--
-- Name: TABLE chat_group_changes; Type: COMMENT; Schema: cgs_release_0_4_2; Owner: -
--

COMMENT ON TABLE cgs_release_0_4_2.chat_group_changes IS 'History: added, updated (field-level diff), removed and restored groups, and participant_joined/participant_left members, per run';


--
-- Name: chat_group_changes_change_id_seq; Type: SEQUENCE; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE cgs_release_0_4_2.chat_group_changes ALTER COLUMN change_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME cgs_release_0_4_2.chat_group_changes_change_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: chat_group_history; Type: VIEW; Schema: cgs_release_0_4_2; Owner: -
--

CREATE VIEW cgs_release_0_4_2.chat_group_history AS
 SELECT c.change_id,
    c.changed_at,
    c.change_type,
    c.cust_space_id,
    c.business_number,
    c.group_id,
    g.subject AS current_subject,
    g.account_name,
    c.changed_fields,
    c.run_id
   FROM (cgs_release_0_4_2.chat_group_changes c
     LEFT JOIN cgs_release_0_4_2.chat_groups g USING (cust_space_id, business_number, group_id))
  ORDER BY c.change_id DESC;


--
-- Name: chat_group_participant_checks; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.chat_group_participant_checks (
    cust_space_id text NOT NULL,
    business_number text NOT NULL,
    group_id text NOT NULL,
    checked_at timestamp with time zone NOT NULL,
    run_id uuid NOT NULL,
    total_participant_count integer
);


--
-- Name: chat_group_participants; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.chat_group_participants (
    cust_space_id text NOT NULL,
    business_number text NOT NULL,
    group_id text NOT NULL,
    participant_number text NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    left_at timestamp with time zone
);


--
-- Name: TABLE chat_group_participants; Type: COMMENT; Schema: cgs_release_0_4_2; Owner: -
--

COMMENT ON TABLE cgs_release_0_4_2.chat_group_participants IS 'Members of CAMS chat groups, one row per membership; left_at is set when a refresh no longer lists the number';


--
-- Name: current_chat_group_participants; Type: VIEW; Schema: cgs_release_0_4_2; Owner: -
--

CREATE VIEW cgs_release_0_4_2.current_chat_group_participants AS
 SELECT p.cust_space_id,
    p.business_number,
    p.group_id,
    p.participant_number,
    p.first_seen_at,
    g.account_name
   FROM (cgs_release_0_4_2.chat_group_participants p
     JOIN cgs_release_0_4_2.chat_groups g USING (cust_space_id, business_number, group_id))
  WHERE ((p.left_at IS NULL) AND (g.removed_at IS NULL));


--
-- Name: sync_runs; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.sync_runs (
    run_id uuid NOT NULL,
    account_name text NOT NULL,
    cust_space_id text NOT NULL,
    business_number text NOT NULL,
    trigger text NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    status text NOT NULL,
    pages integer DEFAULT 0 NOT NULL,
    groups_seen integer DEFAULT 0 NOT NULL,
    added integer DEFAULT 0 NOT NULL,
    updated integer DEFAULT 0 NOT NULL,
    removed integer DEFAULT 0 NOT NULL,
    restored integer DEFAULT 0 NOT NULL,
    unchanged integer DEFAULT 0 NOT NULL,
    request_ids text[] DEFAULT '{}'::text[] NOT NULL,
    error_code text,
    error_message text,
    host text,
    pid integer,
    participant_requests integer DEFAULT 0 NOT NULL,
    participant_groups_refreshed integer DEFAULT 0 NOT NULL,
    participants_joined integer DEFAULT 0 NOT NULL,
    participants_left integer DEFAULT 0 NOT NULL,
    participant_error_code text,
    participant_error_request_id text,
    participant_error_message text,
    CONSTRAINT sync_runs_status_check CHECK ((status = ANY (ARRAY['running'::text, 'succeeded'::text, 'failed'::text, 'incomplete'::text, 'held'::text, 'aborted'::text]))),
    CONSTRAINT sync_runs_trigger_check CHECK ((trigger = ANY (ARRAY['schedule'::text, 'once'::text])))
);


--
-- Name: latest_successful_sync_runs; Type: VIEW; Schema: cgs_release_0_4_2; Owner: -
--

CREATE VIEW cgs_release_0_4_2.latest_successful_sync_runs AS
 SELECT DISTINCT ON (sync_runs.account_name) sync_runs.run_id,
    sync_runs.account_name,
    sync_runs.cust_space_id,
    sync_runs.business_number,
    sync_runs.trigger,
    sync_runs.started_at,
    sync_runs.finished_at,
    sync_runs.status,
    sync_runs.pages,
    sync_runs.groups_seen,
    sync_runs.added,
    sync_runs.updated,
    sync_runs.removed,
    sync_runs.restored,
    sync_runs.unchanged,
    sync_runs.request_ids,
    sync_runs.error_code,
    sync_runs.error_message,
    sync_runs.host,
    sync_runs.pid,
    sync_runs.participant_requests,
    sync_runs.participant_groups_refreshed,
    sync_runs.participants_joined,
    sync_runs.participants_left,
    sync_runs.participant_error_code,
    sync_runs.participant_error_request_id,
    sync_runs.participant_error_message
   FROM cgs_release_0_4_2.sync_runs
  WHERE (sync_runs.status = 'succeeded'::text)
  ORDER BY sync_runs.account_name, sync_runs.started_at DESC;


--
-- Name: latest_sync_runs; Type: VIEW; Schema: cgs_release_0_4_2; Owner: -
--

CREATE VIEW cgs_release_0_4_2.latest_sync_runs AS
 SELECT DISTINCT ON (sync_runs.account_name) sync_runs.run_id,
    sync_runs.account_name,
    sync_runs.cust_space_id,
    sync_runs.business_number,
    sync_runs.trigger,
    sync_runs.started_at,
    sync_runs.finished_at,
    sync_runs.status,
    sync_runs.pages,
    sync_runs.groups_seen,
    sync_runs.added,
    sync_runs.updated,
    sync_runs.removed,
    sync_runs.restored,
    sync_runs.unchanged,
    sync_runs.request_ids,
    sync_runs.error_code,
    sync_runs.error_message,
    sync_runs.host,
    sync_runs.pid,
    sync_runs.participant_requests,
    sync_runs.participant_groups_refreshed,
    sync_runs.participants_joined,
    sync_runs.participants_left,
    sync_runs.participant_error_code,
    sync_runs.participant_error_request_id,
    sync_runs.participant_error_message
   FROM cgs_release_0_4_2.sync_runs
  ORDER BY sync_runs.account_name, sync_runs.started_at DESC;


--
-- Name: maintenance; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.maintenance (
    task text NOT NULL,
    last_run_at timestamp with time zone NOT NULL,
    changes_pruned_before timestamp with time zone
);


--
-- Name: participant_backoff; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.participant_backoff (
    account_name text NOT NULL,
    denials integer NOT NULL,
    denied_at timestamp with time zone NOT NULL,
    retry_after timestamp with time zone NOT NULL,
    error_code text NOT NULL,
    request_id text
);


--
-- Name: schema_migrations; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: webhook_deliveries; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.webhook_deliveries (
    delivery_id uuid NOT NULL,
    webhook text NOT NULL,
    status text NOT NULL,
    first_change_id bigint NOT NULL,
    last_change_id bigint NOT NULL,
    events integer NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    last_attempt_at timestamp with time zone,
    last_http_status integer,
    last_error text,
    delivered_at timestamp with time zone,
    CONSTRAINT webhook_deliveries_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'delivered'::text, 'dead'::text])))
);


--
-- Name: TABLE webhook_deliveries; Type: COMMENT; Schema: cgs_release_0_4_2; Owner: -
--

COMMENT ON TABLE cgs_release_0_4_2.webhook_deliveries IS 'Webhook deliveries: pending (being retried), delivered, or dead (kept with the last error; --redeliver requeues)';


--
-- Name: webhook_outbox; Type: TABLE; Schema: cgs_release_0_4_2; Owner: -
--

CREATE TABLE cgs_release_0_4_2.webhook_outbox (
    webhook text NOT NULL,
    change_id bigint NOT NULL,
    account_name text NOT NULL,
    event jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    delivery_id uuid
);


--
-- Name: TABLE webhook_outbox; Type: COMMENT; Schema: cgs_release_0_4_2; Owner: -
--

COMMENT ON TABLE cgs_release_0_4_2.webhook_outbox IS 'Change events waiting for (or carried by) a webhook delivery; written with the changes they describe';


--
-- Data for Name: api_quota_slots; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--

INSERT INTO cgs_release_0_4_2.api_quota_slots VALUES ('default', '2026-12-05 15:05:40.9119+00');


--
-- Data for Name: chat_group_changes; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--

INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (1, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-001', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (2, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-002', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (3, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-003', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (4, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-004', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (5, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-005', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (6, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-006', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (7, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-007', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (8, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-008', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (9, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-009', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (10, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-010', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (11, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-011', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (12, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-012', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (13, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-013', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (14, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-014', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (15, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-015', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (16, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-016', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (17, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-017', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (18, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-018', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (19, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-019', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (20, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-020', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (21, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-021', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (22, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-022', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (23, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-023', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (24, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-024', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (25, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-025', 'added', NULL, '2026-12-05 15:05:40.279654+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (26, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-001', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (27, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-002', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (28, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-003', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (29, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-004', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (30, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-005', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (31, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-006', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (32, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-007', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (33, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-009', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (34, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-011', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (35, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-012', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (36, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-013', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (37, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-014', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (38, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-015', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (39, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-016', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (40, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-017', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (41, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-018', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (42, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-019', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (43, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-020', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (44, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-021', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (45, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-022', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (46, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-023', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (47, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-024', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (48, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-025', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (49, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-008', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (50, 'a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'cams-fx-1', '8613800000001', 'G1-010', 'added', NULL, '2026-12-05 15:05:40.272732+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (51, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060001", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (52, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060002", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (53, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060003", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (54, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060004", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (55, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060005", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (56, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060006", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (57, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-012', 'participant_joined', '{"ParticipantNumber": {"new": "861390120001", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (58, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-012', 'participant_joined', '{"ParticipantNumber": {"new": "861390120002", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (59, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-018', 'participant_joined', '{"ParticipantNumber": {"new": "861390180001", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (60, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-018', 'participant_joined', '{"ParticipantNumber": {"new": "861390189999", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (61, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240001", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (62, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240002", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (63, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240003", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (64, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240004", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (65, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240005", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (66, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240006", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (67, 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240007", "old": null}}', '2026-12-05 15:05:40.579516+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (68, '38d0b61b-18e9-422f-802f-7d108ecdc088', 'cams-fx-1', '8613800000001', 'G1-008', 'removed', NULL, '2026-12-05 15:05:40.837243+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (69, '38d0b61b-18e9-422f-802f-7d108ecdc088', 'cams-fx-1', '8613800000001', 'G1-010', 'removed', NULL, '2026-12-05 15:05:40.837243+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (70, '38d0b61b-18e9-422f-802f-7d108ecdc088', 'cams-fx-1', '8613800000001', 'G1-001', 'updated', '{"Subject": {"new": "Renamed 1.1", "old": "Group 1.1"}}', '2026-12-05 15:05:40.837243+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (71, '38d0b61b-18e9-422f-802f-7d108ecdc088', 'cams-fx-1', '8613800000001', 'G1-003', 'updated', '{"GroupStatus": {"new": "SUSPENDED", "old": "ACTIVE"}}', '2026-12-05 15:05:40.837243+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (72, '38d0b61b-18e9-422f-802f-7d108ecdc088', 'cams-fx-1', '8613800000001', 'G1-NEW', 'added', NULL, '2026-12-05 15:05:40.837243+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (73, '9a452f81-f288-4b74-8714-3baa4620455c', 'cams-fx-2', '8613800000002', 'G2-006', 'updated', '{"TotalParticipantCount": {"new": 7, "old": 6}}', '2026-12-05 15:05:40.846824+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (74, '9a452f81-f288-4b74-8714-3baa4620455c', 'cams-fx-2', '8613800000002', 'G2-012', 'updated', '{"TotalParticipantCount": {"new": 4, "old": 2}}', '2026-12-05 15:05:40.846824+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (75, '9a452f81-f288-4b74-8714-3baa4620455c', 'cams-fx-2', '8613800000002', 'G2-018', 'updated', '{"TotalParticipantCount": {"new": 1, "old": 2}}', '2026-12-05 15:05:40.846824+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (76, '9a452f81-f288-4b74-8714-3baa4620455c', 'cams-fx-2', '8613800000002', 'G2-018', 'participant_left', '{"ParticipantNumber": {"new": null, "old": "861390189999"}}', '2026-12-05 15:05:40.890476+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (77, '9a452f81-f288-4b74-8714-3baa4620455c', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060007", "old": null}}', '2026-12-05 15:05:40.890476+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (78, '9a452f81-f288-4b74-8714-3baa4620455c', 'cams-fx-2', '8613800000002', 'G2-012', 'participant_joined', '{"ParticipantNumber": {"new": "861390120003", "old": null}}', '2026-12-05 15:05:40.890476+00');
INSERT INTO cgs_release_0_4_2.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (79, '9a452f81-f288-4b74-8714-3baa4620455c', 'cams-fx-2', '8613800000002', 'G2-012', 'participant_joined', '{"ParticipantNumber": {"new": "861390120004", "old": null}}', '2026-12-05 15:05:40.890476+00');


--
-- Data for Name: chat_group_participant_checks; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--

INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-001', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-002', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-003', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-004', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-005', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-007', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-008', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-009', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-010', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-011', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-013', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-014', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-015', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-016', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-017', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-019', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-020', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-021', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-022', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-023', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-024', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', 7);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-025', '2026-12-05 15:05:40.579516+00', 'd1e07b95-6652-4dcf-a0b3-46444cd98504', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-006', '2026-12-05 15:05:40.890476+00', '9a452f81-f288-4b74-8714-3baa4620455c', 7);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-012', '2026-12-05 15:05:40.890476+00', '9a452f81-f288-4b74-8714-3baa4620455c', 4);
INSERT INTO cgs_release_0_4_2.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-018', '2026-12-05 15:05:40.890476+00', '9a452f81-f288-4b74-8714-3baa4620455c', 1);


--
-- Data for Name: chat_group_participants; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--

INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060001', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060002', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060003', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060004', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060005', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060006', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-012', '861390120001', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-012', '861390120002', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-018', '861390180001', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240001', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240002', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240003', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240004', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240005', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240006', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240007', '2026-12-05 15:05:40.579516+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-018', '861390189999', '2026-12-05 15:05:40.579516+00', '2026-12-05 15:05:40.890476+00');
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060007', '2026-12-05 15:05:40.890476+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-012', '861390120003', '2026-12-05 15:05:40.890476+00', NULL);
INSERT INTO cgs_release_0_4_2.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-012', '861390120004', '2026-12-05 15:05:40.890476+00', NULL);


--
-- Data for Name: chat_groups; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--

INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-002', 'Group 1.2', 'd2', 'https://chat.whatsapp.com/G12', 'ACTIVE', 'https://img/1/2.jpg', '{"GroupId": "G1-002", "Subject": "Group 1.2", "InviteLink": "https://chat.whatsapp.com/G12", "Description": "d2", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/2.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-004', 'Group 1.4', 'd4', 'https://chat.whatsapp.com/G14', 'ACTIVE', 'https://img/1/4.jpg', '{"GroupId": "G1-004", "Subject": "Group 1.4", "InviteLink": "https://chat.whatsapp.com/G14", "Description": "d4", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/4.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-005', 'Group 1.5', NULL, 'https://chat.whatsapp.com/G15', 'ACTIVE', 'https://img/1/5.jpg', '{"GroupId": "G1-005", "Subject": "Group 1.5", "InviteLink": "https://chat.whatsapp.com/G15", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/5.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-006', 'Group 1.6', 'd6', 'https://chat.whatsapp.com/G16', 'ACTIVE', 'https://img/1/6.jpg', '{"GroupId": "G1-006", "Subject": "Group 1.6", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G16", "Description": "d6", "GmtModifier": 1767225600006, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/6.jpg", "TotalParticipantCount": 42}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-007', 'Group 1.7', 'd7', 'https://chat.whatsapp.com/G17', 'ACTIVE', 'https://img/1/7.jpg', '{"GroupId": "G1-007", "Subject": "Group 1.7", "InviteLink": "https://chat.whatsapp.com/G17", "Description": "d7", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/7.jpg", "TotalParticipantCount": "8"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-009', 'Group 1.9', 'd9', 'https://chat.whatsapp.com/G19', 'ACTIVE', 'https://img/1/9.jpg', '{"GroupId": "G1-009", "Subject": "Group 1.9", "GroupLink": "https://t.me/+19", "InviteLink": "https://chat.whatsapp.com/G19", "Description": "d9", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/9.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-011', 'Group 1.11', 'd11', 'https://chat.whatsapp.com/G111', 'ACTIVE', 'https://img/1/11.jpg', '{"GroupId": "G1-011", "Subject": "Group 1.11", "InviteLink": "https://chat.whatsapp.com/G111", "Description": "d11", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/11.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-012', 'Group 1.12', 'd12', 'https://chat.whatsapp.com/G112', 'ACTIVE', 'https://img/1/12.jpg', '{"GroupId": "G1-012", "Subject": "Group 1.12", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G112", "Description": "d12", "GmtModifier": 1767225600012, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/12.jpg", "TotalParticipantCount": 4}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-013', 'Group 1.13', 'd13', 'https://chat.whatsapp.com/G113', 'ACTIVE', 'https://img/1/13.jpg', '{"GroupId": "G1-013", "Subject": "Group 1.13", "InviteLink": "https://chat.whatsapp.com/G113", "Description": "d13", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/13.jpg", "TotalParticipantCount": "5"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-014', 'Group 1.14', 'd14', 'https://chat.whatsapp.com/G114', 'ACTIVE', 'https://img/1/14.jpg', '{"GroupId": "G1-014", "Subject": "Group 1.14", "InviteLink": "https://chat.whatsapp.com/G114", "Description": "d14", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/14.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-015', 'Group 1.15', NULL, 'https://chat.whatsapp.com/G115', 'ACTIVE', 'https://img/1/15.jpg', '{"GroupId": "G1-015", "Subject": "Group 1.15", "GroupLink": "https://t.me/+115", "InviteLink": "https://chat.whatsapp.com/G115", "Description": null, "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/15.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-016', 'Group 1.16', 'd16', 'https://chat.whatsapp.com/G116', 'ACTIVE', 'https://img/1/16.jpg', '{"GroupId": "G1-016", "Subject": "Group 1.16", "InviteLink": "https://chat.whatsapp.com/G116", "Description": "d16", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/16.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-017', 'Group 1.17', 'd17', 'https://chat.whatsapp.com/G117', 'ACTIVE', 'https://img/1/17.jpg', '{"GroupId": "G1-017", "Subject": "Group 1.17", "InviteLink": "https://chat.whatsapp.com/G117", "Description": "d17", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/17.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-018', 'Group 1.18', 'd18', 'https://chat.whatsapp.com/G118', 'ACTIVE', 'https://img/1/18.jpg', '{"GroupId": "G1-018", "Subject": "Group 1.18", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G118", "Description": "d18", "GmtModifier": 1767225600018, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/18.jpg", "TotalParticipantCount": 1}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-019', 'Group 1.19', 'd19', 'https://chat.whatsapp.com/G119', 'ACTIVE', 'https://img/1/19.jpg', '{"GroupId": "G1-019", "Subject": "Group 1.19", "InviteLink": "https://chat.whatsapp.com/G119", "Description": "d19", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/19.jpg", "TotalParticipantCount": "2"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-020', 'Group 1.20', NULL, 'https://chat.whatsapp.com/G120', 'ACTIVE', 'https://img/1/20.jpg', '{"GroupId": "G1-020", "Subject": "Group 1.20", "InviteLink": "https://chat.whatsapp.com/G120", "Description": null, "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/20.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-021', 'Group 1.21', 'd21', 'https://chat.whatsapp.com/G121', 'ACTIVE', 'https://img/1/21.jpg', '{"GroupId": "G1-021", "Subject": "Group 1.21", "GroupLink": "https://t.me/+121", "InviteLink": "https://chat.whatsapp.com/G121", "Description": "d21", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/21.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-022', 'Group 1.22', 'd22', 'https://chat.whatsapp.com/G122', 'ACTIVE', 'https://img/1/22.jpg', '{"GroupId": "G1-022", "Subject": "Group 1.22", "InviteLink": "https://chat.whatsapp.com/G122", "Description": "d22", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/22.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-023', 'Group 1.23', 'd23', 'https://chat.whatsapp.com/G123', 'ACTIVE', 'https://img/1/23.jpg', '{"GroupId": "G1-023", "Subject": "Group 1.23", "InviteLink": "https://chat.whatsapp.com/G123", "Description": "d23", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/23.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-024', 'Group 1.24', 'd24', 'https://chat.whatsapp.com/G124', 'ACTIVE', 'https://img/1/24.jpg', '{"GroupId": "G1-024", "Subject": "Group 1.24", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G124", "Description": "d24", "GmtModifier": 1767225600024, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/24.jpg", "TotalParticipantCount": 7}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-025', 'Group 1.25', NULL, 'https://chat.whatsapp.com/G125', 'ACTIVE', 'https://img/1/25.jpg', '{"GroupId": "G1-025", "Subject": "Group 1.25", "InviteLink": "https://chat.whatsapp.com/G125", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/25.jpg", "TotalParticipantCount": "8"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.272732+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-001', 'Group 2.1', 'd1', 'https://chat.whatsapp.com/G21', 'ACTIVE', 'https://img/2/1.jpg', '{"GroupId": "G2-001", "Subject": "Group 2.1", "InviteLink": "https://chat.whatsapp.com/G21", "Description": "d1", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/1.jpg", "TotalParticipantCount": "2"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-002', 'Group 2.2', 'd2', 'https://chat.whatsapp.com/G22', 'ACTIVE', 'https://img/2/2.jpg', '{"GroupId": "G2-002", "Subject": "Group 2.2", "InviteLink": "https://chat.whatsapp.com/G22", "Description": "d2", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/2.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-003', 'Group 2.3', 'd3', 'https://chat.whatsapp.com/G23', 'ACTIVE', 'https://img/2/3.jpg', '{"GroupId": "G2-003", "Subject": "Group 2.3", "GroupLink": "https://t.me/+23", "InviteLink": "https://chat.whatsapp.com/G23", "Description": "d3", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/3.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-004', 'Group 2.4', 'd4', 'https://chat.whatsapp.com/G24', 'ACTIVE', 'https://img/2/4.jpg', '{"GroupId": "G2-004", "Subject": "Group 2.4", "InviteLink": "https://chat.whatsapp.com/G24", "Description": "d4", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/4.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-005', 'Group 2.5', NULL, 'https://chat.whatsapp.com/G25', 'ACTIVE', 'https://img/2/5.jpg', '{"GroupId": "G2-005", "Subject": "Group 2.5", "InviteLink": "https://chat.whatsapp.com/G25", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/5.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-007', 'Group 2.7', 'd7', 'https://chat.whatsapp.com/G27', 'ACTIVE', 'https://img/2/7.jpg', '{"GroupId": "G2-007", "Subject": "Group 2.7", "InviteLink": "https://chat.whatsapp.com/G27", "Description": "d7", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/7.jpg", "TotalParticipantCount": "8"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-008', 'Group 2.8', 'd8', 'https://chat.whatsapp.com/G28', 'ACTIVE', 'https://img/2/8.jpg', '{"GroupId": "G2-008", "Subject": "Group 2.8", "InviteLink": "https://chat.whatsapp.com/G28", "Description": "d8", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/8.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-009', 'Group 2.9', 'd9', 'https://chat.whatsapp.com/G29', 'ACTIVE', 'https://img/2/9.jpg', '{"GroupId": "G2-009", "Subject": "Group 2.9", "GroupLink": "https://t.me/+29", "InviteLink": "https://chat.whatsapp.com/G29", "Description": "d9", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/9.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-010', 'Group 2.10', NULL, 'https://chat.whatsapp.com/G210', 'ACTIVE', 'https://img/2/10.jpg', '{"GroupId": "G2-010", "Subject": "Group 2.10", "InviteLink": "https://chat.whatsapp.com/G210", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/10.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-011', 'Group 2.11', 'd11', 'https://chat.whatsapp.com/G211', 'ACTIVE', 'https://img/2/11.jpg', '{"GroupId": "G2-011", "Subject": "Group 2.11", "InviteLink": "https://chat.whatsapp.com/G211", "Description": "d11", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/11.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-013', 'Group 2.13', 'd13', 'https://chat.whatsapp.com/G213', 'ACTIVE', 'https://img/2/13.jpg', '{"GroupId": "G2-013", "Subject": "Group 2.13", "InviteLink": "https://chat.whatsapp.com/G213", "Description": "d13", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/13.jpg", "TotalParticipantCount": "5"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-014', 'Group 2.14', 'd14', 'https://chat.whatsapp.com/G214', 'ACTIVE', 'https://img/2/14.jpg', '{"GroupId": "G2-014", "Subject": "Group 2.14", "InviteLink": "https://chat.whatsapp.com/G214", "Description": "d14", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/14.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-015', 'Group 2.15', NULL, 'https://chat.whatsapp.com/G215', 'ACTIVE', 'https://img/2/15.jpg', '{"GroupId": "G2-015", "Subject": "Group 2.15", "GroupLink": "https://t.me/+215", "InviteLink": "https://chat.whatsapp.com/G215", "Description": null, "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/15.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-016', 'Group 2.16', 'd16', 'https://chat.whatsapp.com/G216', 'ACTIVE', 'https://img/2/16.jpg', '{"GroupId": "G2-016", "Subject": "Group 2.16", "InviteLink": "https://chat.whatsapp.com/G216", "Description": "d16", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/16.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-017', 'Group 2.17', 'd17', 'https://chat.whatsapp.com/G217', 'ACTIVE', 'https://img/2/17.jpg', '{"GroupId": "G2-017", "Subject": "Group 2.17", "InviteLink": "https://chat.whatsapp.com/G217", "Description": "d17", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/17.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-019', 'Group 2.19', 'd19', 'https://chat.whatsapp.com/G219', 'ACTIVE', 'https://img/2/19.jpg', '{"GroupId": "G2-019", "Subject": "Group 2.19", "InviteLink": "https://chat.whatsapp.com/G219", "Description": "d19", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/19.jpg", "TotalParticipantCount": "2"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-020', 'Group 2.20', NULL, 'https://chat.whatsapp.com/G220', 'ACTIVE', 'https://img/2/20.jpg', '{"GroupId": "G2-020", "Subject": "Group 2.20", "InviteLink": "https://chat.whatsapp.com/G220", "Description": null, "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/20.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-021', 'Group 2.21', 'd21', 'https://chat.whatsapp.com/G221', 'ACTIVE', 'https://img/2/21.jpg', '{"GroupId": "G2-021", "Subject": "Group 2.21", "GroupLink": "https://t.me/+221", "InviteLink": "https://chat.whatsapp.com/G221", "Description": "d21", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/21.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-022', 'Group 2.22', 'd22', 'https://chat.whatsapp.com/G222', 'ACTIVE', 'https://img/2/22.jpg', '{"GroupId": "G2-022", "Subject": "Group 2.22", "InviteLink": "https://chat.whatsapp.com/G222", "Description": "d22", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/22.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-023', 'Group 2.23', 'd23', 'https://chat.whatsapp.com/G223', 'ACTIVE', 'https://img/2/23.jpg', '{"GroupId": "G2-023", "Subject": "Group 2.23", "InviteLink": "https://chat.whatsapp.com/G223", "Description": "d23", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/23.jpg"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-024', 'Group 2.24', 'd24', 'https://chat.whatsapp.com/G224', 'ACTIVE', 'https://img/2/24.jpg', '{"GroupId": "G2-024", "Subject": "Group 2.24", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G224", "Description": "d24", "GmtModifier": 1767225600024, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/24.jpg", "TotalParticipantCount": 7}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-025', 'Group 2.25', NULL, 'https://chat.whatsapp.com/G225', 'ACTIVE', 'https://img/2/25.jpg', '{"GroupId": "G2-025", "Subject": "Group 2.25", "InviteLink": "https://chat.whatsapp.com/G225", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/25.jpg", "TotalParticipantCount": "8"}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.279654+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-008', 'Group 1.8', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-008", "Subject": "Group 1.8", "GroupStatus": "ACTIVE"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.837243+00', '2026-12-05 15:05:40.837243+00', DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-010', 'Group 1.10', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-010", "Subject": "Group 1.10", "GroupStatus": "ACTIVE"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.837243+00', '2026-12-05 15:05:40.837243+00', DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-001', 'Renamed 1.1', 'd1', 'https://chat.whatsapp.com/G11', 'ACTIVE', 'https://img/1/1.jpg', '{"GroupId": "G1-001", "Subject": "Renamed 1.1", "InviteLink": "https://chat.whatsapp.com/G11", "Description": "d1", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/1.jpg", "TotalParticipantCount": "2"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.837243+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-003', 'Group 1.3', 'd3', 'https://chat.whatsapp.com/G13', 'SUSPENDED', 'https://img/1/3.jpg', '{"GroupId": "G1-003", "Subject": "Group 1.3", "GroupLink": "https://t.me/+13", "InviteLink": "https://chat.whatsapp.com/G13", "Description": "d3", "GroupStatus": "SUSPENDED", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/3.jpg"}', 'fx-one', '2026-12-05 15:05:40.272732+00', '2026-12-05 15:05:40.837243+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-NEW', 'New', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-NEW", "Subject": "New", "GroupStatus": "ACTIVE", "TotalParticipantCount": 3}', 'fx-one', '2026-12-05 15:05:40.837243+00', '2026-12-05 15:05:40.837243+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-006', 'Group 2.6', 'd6', 'https://chat.whatsapp.com/G26', 'ACTIVE', 'https://img/2/6.jpg', '{"GroupId": "G2-006", "Subject": "Group 2.6", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G26", "Description": "d6", "GmtModifier": 1767225600006, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/6.jpg", "TotalParticipantCount": 7}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.846824+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-012', 'Group 2.12', 'd12', 'https://chat.whatsapp.com/G212', 'ACTIVE', 'https://img/2/12.jpg', '{"GroupId": "G2-012", "Subject": "Group 2.12", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G212", "Description": "d12", "GmtModifier": 1767225600012, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/12.jpg", "TotalParticipantCount": 4}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.846824+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_4_2.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-018', 'Group 2.18', 'd18', 'https://chat.whatsapp.com/G218', 'ACTIVE', 'https://img/2/18.jpg', '{"GroupId": "G2-018", "Subject": "Group 2.18", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G218", "Description": "d18", "GmtModifier": 1767225600018, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/18.jpg", "TotalParticipantCount": 1}', 'fx-two', '2026-12-05 15:05:40.279654+00', '2026-12-05 15:05:40.846824+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);


--
-- Data for Name: maintenance; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--



--
-- Data for Name: participant_backoff; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--



--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--

INSERT INTO cgs_release_0_4_2.schema_migrations VALUES (1, '0001_init.sql', '9f4ff82f6d5179ec88c111da3f15f8f707b7b0d8fadba1c33e36246cd164a37c', '2026-12-05 15:05:40.020013+00');
INSERT INTO cgs_release_0_4_2.schema_migrations VALUES (2, '0002_schema2.sql', '5a769ae24c15573297bccc668e7a7649288cbd4241a696165b3673f7c87cfa94', '2026-12-05 15:05:40.039279+00');
INSERT INTO cgs_release_0_4_2.schema_migrations VALUES (3, '0003_participants.sql', '9019931fc1be7a4cd971b3df4bb61ee8f0a1b74a3aeca4a4b67593ad78977527', '2026-12-05 15:05:40.054631+00');
INSERT INTO cgs_release_0_4_2.schema_migrations VALUES (4, '0004_webhooks.sql', '4c5e8f100387aec10d2072dabef768ddd1ad5aee55699b68838879667fe34dda', '2026-12-05 15:05:40.067094+00');
INSERT INTO cgs_release_0_4_2.schema_migrations VALUES (5, '0005_shared_quota.sql', '33ec661874d4b56169432239e6c58441c2cd20a5532ec56b1f88ff129c90f62f', '2026-12-05 15:05:40.074686+00');


--
-- Data for Name: sync_runs; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--

INSERT INTO cgs_release_0_4_2.sync_runs VALUES ('a3512e92-3b3a-4e3a-9e27-11b9f7accd81', 'fx-one', 'cams-fx-1', '8613800000001', 'once', '2026-12-05 15:05:40.242038+00', '2026-12-05 15:05:40.30919+00', 'succeeded', 1, 25, 25, 0, 0, 0, 0, '{94985B86-3B7C-429B-AAE5-608FDB74D2CF}', NULL, NULL, 'vm', 6917, 0, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO cgs_release_0_4_2.sync_runs VALUES ('d1e07b95-6652-4dcf-a0b3-46444cd98504', 'fx-two', 'cams-fx-2', '8613800000002', 'once', '2026-12-05 15:05:40.263469+00', '2026-12-05 15:05:40.307355+00', 'succeeded', 1, 25, 25, 0, 0, 0, 0, '{C8BEFB79-7163-4502-A855-5002AE058741,B20F7296-B7F9-4BA2-A5A0-033E046F0269,CF2A3E0C-23AB-47CC-A193-0B459A38B80C,A97713DB-9076-4028-9688-7EC5BC6D09B6,594785CE-EC67-4652-AABC-B35FF124B2DD,51D72B26-645A-47B4-A2C5-53F2165B37D9,CDDE93BB-A52E-4667-892D-585D6FA249E2,512CD72A-2CA8-4D10-913C-6F6430C4F3A8,D6C14BA6-E4C8-4FFF-8261-7F9732F709A1,2372EDD9-5EC9-4526-9DB4-9AD060962515,9EB9A6BA-C09D-4943-A640-2D553D1F2A25,CD10338E-095C-4907-BE72-DA28DD546F91,641F77A2-F81C-4513-BAE5-2BFAF8CFF1F6,B9D8E504-A89B-444D-B5B8-28086EE8B1D8,CFE280FC-5306-494C-B0B8-96DF65EDF9F6,08DC3F17-83DE-40AC-AF21-F5C7F0BA46C2,687ACC56-1CD4-434C-B91A-104FF029E0A0,4F8A52EF-8E91-4CB4-AAA3-6DEB17F01BE4,245DE241-E63D-419C-9A5E-29688324B478,B46646E7-4362-4D2F-92C5-B962A172E232,EDEF0486-B725-469F-B7D4-D00E5BA37C75,0D028D26-ECD3-444E-8BC2-06938FBBC870,DEA617CB-90F0-4D89-B0CD-E6F4B4DE7199,FFDD6AF1-D5E2-4D86-96E6-93FF2FFB71EC,E0BA2651-5520-4E08-A226-AEEC7CBEC8FF,A277F5FD-628C-4D68-980F-EE16F4409442}', NULL, NULL, 'vm', 6917, 25, 25, 17, 0, NULL, NULL, NULL);
INSERT INTO cgs_release_0_4_2.sync_runs VALUES ('38d0b61b-18e9-422f-802f-7d108ecdc088', 'fx-one', 'cams-fx-1', '8613800000001', 'once', '2026-12-05 15:05:40.789061+00', '2026-12-05 15:05:40.848463+00', 'succeeded', 1, 24, 1, 2, 2, 0, 21, '{CC8962B3-6C37-49CC-8553-23EC895150F2}', NULL, NULL, 'vm', 6933, 0, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO cgs_release_0_4_2.sync_runs VALUES ('9a452f81-f288-4b74-8714-3baa4620455c', 'fx-two', 'cams-fx-2', '8613800000002', 'once', '2026-12-05 15:05:40.811483+00', '2026-12-05 15:05:40.855457+00', 'succeeded', 1, 25, 0, 3, 0, 0, 22, '{EB9DA16C-747F-44C7-B4CC-B249924AE25B,C9AC8D97-D446-4948-9451-9CD212AF58FE,0B2D68D5-4415-46AD-93F4-84652C619A60,5D87785A-E20D-4FCE-8314-5772DAED3E2A}', NULL, NULL, 'vm', 6933, 3, 3, 3, 1, NULL, NULL, NULL);


--
-- Data for Name: webhook_deliveries; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--



--
-- Data for Name: webhook_outbox; Type: TABLE DATA; Schema: cgs_release_0_4_2; Owner: -
--



--
-- Name: chat_group_changes_change_id_seq; Type: SEQUENCE SET; Schema: cgs_release_0_4_2; Owner: -
--

SELECT pg_catalog.setval('cgs_release_0_4_2.chat_group_changes_change_id_seq', 79, true);


--
-- Name: api_quota_slots api_quota_slots_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.api_quota_slots
    ADD CONSTRAINT api_quota_slots_pkey PRIMARY KEY (credential_set);


--
-- Name: chat_group_changes chat_group_changes_change_type_check; Type: CHECK CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE cgs_release_0_4_2.chat_group_changes
    ADD CONSTRAINT chat_group_changes_change_type_check CHECK ((change_type = ANY (ARRAY['added'::text, 'updated'::text, 'removed'::text, 'restored'::text, 'participant_joined'::text, 'participant_left'::text]))) NOT VALID;


--
-- Name: chat_group_changes chat_group_changes_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.chat_group_changes
    ADD CONSTRAINT chat_group_changes_pkey PRIMARY KEY (change_id);


--
-- Name: chat_group_participant_checks chat_group_participant_checks_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.chat_group_participant_checks
    ADD CONSTRAINT chat_group_participant_checks_pkey PRIMARY KEY (cust_space_id, business_number, group_id);


--
-- Name: chat_group_participants chat_group_participants_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.chat_group_participants
    ADD CONSTRAINT chat_group_participants_pkey PRIMARY KEY (cust_space_id, business_number, group_id, participant_number);


--
-- Name: chat_groups chat_groups_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.chat_groups
    ADD CONSTRAINT chat_groups_pkey PRIMARY KEY (cust_space_id, business_number, group_id);


--
-- Name: maintenance maintenance_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.maintenance
    ADD CONSTRAINT maintenance_pkey PRIMARY KEY (task);


--
-- Name: participant_backoff participant_backoff_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.participant_backoff
    ADD CONSTRAINT participant_backoff_pkey PRIMARY KEY (account_name);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sync_runs sync_runs_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.sync_runs
    ADD CONSTRAINT sync_runs_pkey PRIMARY KEY (run_id);


--
-- Name: webhook_deliveries webhook_deliveries_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (delivery_id);


--
-- Name: webhook_outbox webhook_outbox_pkey; Type: CONSTRAINT; Schema: cgs_release_0_4_2; Owner: -
--

ALTER TABLE ONLY cgs_release_0_4_2.webhook_outbox
    ADD CONSTRAINT webhook_outbox_pkey PRIMARY KEY (webhook, change_id);


--
-- Name: chat_group_changes_changed_at_idx; Type: INDEX; Schema: cgs_release_0_4_2; Owner: -
--

CREATE INDEX chat_group_changes_changed_at_idx ON cgs_release_0_4_2.chat_group_changes USING btree (changed_at);


--
-- Name: chat_group_changes_group_idx; Type: INDEX; Schema: cgs_release_0_4_2; Owner: -
--

CREATE INDEX chat_group_changes_group_idx ON cgs_release_0_4_2.chat_group_changes USING btree (cust_space_id, business_number, group_id, change_id);


--
-- Name: sync_runs_account_started_idx; Type: INDEX; Schema: cgs_release_0_4_2; Owner: -
--

CREATE INDEX sync_runs_account_started_idx ON cgs_release_0_4_2.sync_runs USING btree (account_name, started_at DESC);


--
-- Name: sync_runs_running_idx; Type: INDEX; Schema: cgs_release_0_4_2; Owner: -
--

CREATE INDEX sync_runs_running_idx ON cgs_release_0_4_2.sync_runs USING btree (account_name) WHERE (status = 'running'::text);


--
-- Name: webhook_deliveries_pending_idx; Type: INDEX; Schema: cgs_release_0_4_2; Owner: -
--

CREATE INDEX webhook_deliveries_pending_idx ON cgs_release_0_4_2.webhook_deliveries USING btree (webhook, first_change_id) WHERE (status = 'pending'::text);


--
-- Name: webhook_deliveries_status_idx; Type: INDEX; Schema: cgs_release_0_4_2; Owner: -
--

CREATE INDEX webhook_deliveries_status_idx ON cgs_release_0_4_2.webhook_deliveries USING btree (webhook, status, created_at);


--
-- Name: webhook_outbox_delivery_idx; Type: INDEX; Schema: cgs_release_0_4_2; Owner: -
--

CREATE INDEX webhook_outbox_delivery_idx ON cgs_release_0_4_2.webhook_outbox USING btree (delivery_id);


--
-- Name: webhook_outbox_unbatched_idx; Type: INDEX; Schema: cgs_release_0_4_2; Owner: -
--

CREATE INDEX webhook_outbox_unbatched_idx ON cgs_release_0_4_2.webhook_outbox USING btree (webhook, change_id) WHERE (delivery_id IS NULL);


--
-- PostgreSQL database dump complete
--


