-- A mirror made by cams-groupsync 0.3.0 (commit 5810691, schema version 4): two --once runs
-- of tests/data/release-sim.json's accounts, the second after renames, a status change, two
-- removals, an addition and members joining and leaving. Made by
-- scripts/release-fixture.sh 0.3.0; tests/e2e/upgrade_e2e_test.cpp upgrades it.
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
SELECT pg_catalog.set_config('search_path', 'cgs_release_0_3_0', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: cgs_release_0_3_0; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA cgs_release_0_3_0;


--
-- Name: cgs_groups_as_of(timestamp with time zone, text, text, text); Type: FUNCTION; Schema: cgs_release_0_3_0; Owner: -
--

CREATE FUNCTION cgs_release_0_3_0.cgs_groups_as_of(at timestamp with time zone, one_cust_space_id text, one_business_number text, one_group_id text) RETURNS TABLE(cust_space_id text, business_number text, group_id text, subject text, description text, invite_link text, group_status text, profile_picture_file text, raw jsonb, account_name text, first_seen_at timestamp with time zone, last_changed_at timestamp with time zone, business_role text, gmt_modifier bigint, group_link text, group_type text, total_participant_count integer)
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
-- Name: cgs_item_bigint(jsonb, text); Type: FUNCTION; Schema: cgs_release_0_3_0; Owner: -
--

CREATE FUNCTION cgs_release_0_3_0.cgs_item_bigint(raw jsonb, field text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT cgs_item_whole(raw, field, -9223372036854775808, 9223372036854775807)::bigint $$;


--
-- Name: cgs_item_integer(jsonb, text); Type: FUNCTION; Schema: cgs_release_0_3_0; Owner: -
--

CREATE FUNCTION cgs_release_0_3_0.cgs_item_integer(raw jsonb, field text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT cgs_item_whole(raw, field, -2147483648, 2147483647)::integer $$;


--
-- Name: cgs_item_text(jsonb, text); Type: FUNCTION; Schema: cgs_release_0_3_0; Owner: -
--

CREATE FUNCTION cgs_release_0_3_0.cgs_item_text(raw jsonb, field text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN jsonb_typeof(raw -> field) = 'string' THEN raw ->> field END $$;


--
-- Name: cgs_item_whole(jsonb, text, numeric, numeric); Type: FUNCTION; Schema: cgs_release_0_3_0; Owner: -
--

CREATE FUNCTION cgs_release_0_3_0.cgs_item_whole(raw jsonb, field text, lo numeric, hi numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN jsonb_typeof(raw -> field) = 'number'
                 AND (raw ->> field)::numeric = trunc((raw ->> field)::numeric)
                 AND (raw ->> field)::numeric BETWEEN lo AND hi
                THEN (raw ->> field)::numeric END
  $$;


--
-- Name: cgs_require_history(timestamp with time zone); Type: FUNCTION; Schema: cgs_release_0_3_0; Owner: -
--

CREATE FUNCTION cgs_release_0_3_0.cgs_require_history(at timestamp with time zone) RETURNS boolean
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
-- Name: chat_groups; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.chat_groups (
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
    business_role text GENERATED ALWAYS AS (cgs_release_0_3_0.cgs_item_text(raw, 'BusinessRole'::text)) STORED,
    gmt_modifier bigint GENERATED ALWAYS AS (cgs_release_0_3_0.cgs_item_bigint(raw, 'GmtModifier'::text)) STORED,
    group_link text GENERATED ALWAYS AS (cgs_release_0_3_0.cgs_item_text(raw, 'GroupLink'::text)) STORED,
    group_type text GENERATED ALWAYS AS (cgs_release_0_3_0.cgs_item_text(raw, 'GroupType'::text)) STORED,
    total_participant_count integer GENERATED ALWAYS AS (cgs_release_0_3_0.cgs_item_integer(raw, 'TotalParticipantCount'::text)) STORED
);


--
-- Name: TABLE chat_groups; Type: COMMENT; Schema: cgs_release_0_3_0; Owner: -
--

COMMENT ON TABLE cgs_release_0_3_0.chat_groups IS 'CAMS chat groups, one row per group ever listed; removed_at is set when a complete listing no longer has it';


--
-- Name: current_chat_groups; Type: VIEW; Schema: cgs_release_0_3_0; Owner: -
--

CREATE VIEW cgs_release_0_3_0.current_chat_groups AS
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
   FROM cgs_release_0_3_0.chat_groups
  WHERE (chat_groups.removed_at IS NULL);


--
-- Name: chat_group_as_of(text, text, text, timestamp with time zone); Type: FUNCTION; Schema: cgs_release_0_3_0; Owner: -
--

CREATE FUNCTION cgs_release_0_3_0.chat_group_as_of(cust_space_id text, business_number text, group_id text, at timestamp with time zone) RETURNS SETOF cgs_release_0_3_0.current_chat_groups
    LANGUAGE sql STABLE
    AS $_$
    SELECT cgs_require_history($4);
    SELECT * FROM cgs_groups_as_of($4, $1, $2, $3);
  $_$;


--
-- Name: FUNCTION chat_group_as_of(cust_space_id text, business_number text, group_id text, at timestamp with time zone); Type: COMMENT; Schema: cgs_release_0_3_0; Owner: -
--

COMMENT ON FUNCTION cgs_release_0_3_0.chat_group_as_of(cust_space_id text, business_number text, group_id text, at timestamp with time zone) IS 'One group as it was listed at a time; no row when it was not listed then';


--
-- Name: chat_groups_as_of(timestamp with time zone); Type: FUNCTION; Schema: cgs_release_0_3_0; Owner: -
--

CREATE FUNCTION cgs_release_0_3_0.chat_groups_as_of(at timestamp with time zone) RETURNS SETOF cgs_release_0_3_0.current_chat_groups
    LANGUAGE sql STABLE
    AS $$
    SELECT cgs_require_history(at);  -- refuses a time the history no longer covers, rows or not
    SELECT * FROM cgs_groups_as_of(at, NULL, NULL, NULL);
  $$;


--
-- Name: FUNCTION chat_groups_as_of(at timestamp with time zone); Type: COMMENT; Schema: cgs_release_0_3_0; Owner: -
--

COMMENT ON FUNCTION cgs_release_0_3_0.chat_groups_as_of(at timestamp with time zone) IS 'The groups listed at a time, with the values they had then, rebuilt from the history';


--
-- Name: chat_group_changes; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.chat_group_changes (
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
-- Name: TABLE chat_group_changes; Type: COMMENT; Schema: cgs_release_0_3_0; Owner: -
--

COMMENT ON TABLE cgs_release_0_3_0.chat_group_changes IS 'History: added, updated (field-level diff), removed and restored groups, and participant_joined/participant_left members, per run';


--
-- Name: chat_group_changes_change_id_seq; Type: SEQUENCE; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE cgs_release_0_3_0.chat_group_changes ALTER COLUMN change_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME cgs_release_0_3_0.chat_group_changes_change_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: chat_group_history; Type: VIEW; Schema: cgs_release_0_3_0; Owner: -
--

CREATE VIEW cgs_release_0_3_0.chat_group_history AS
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
   FROM (cgs_release_0_3_0.chat_group_changes c
     LEFT JOIN cgs_release_0_3_0.chat_groups g USING (cust_space_id, business_number, group_id))
  ORDER BY c.change_id DESC;


--
-- Name: chat_group_participant_checks; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.chat_group_participant_checks (
    cust_space_id text NOT NULL,
    business_number text NOT NULL,
    group_id text NOT NULL,
    checked_at timestamp with time zone NOT NULL,
    run_id uuid NOT NULL,
    total_participant_count integer
);


--
-- Name: chat_group_participants; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.chat_group_participants (
    cust_space_id text NOT NULL,
    business_number text NOT NULL,
    group_id text NOT NULL,
    participant_number text NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    left_at timestamp with time zone
);


--
-- Name: TABLE chat_group_participants; Type: COMMENT; Schema: cgs_release_0_3_0; Owner: -
--

COMMENT ON TABLE cgs_release_0_3_0.chat_group_participants IS 'Members of CAMS chat groups, one row per membership; left_at is set when a refresh no longer lists the number';


--
-- Name: current_chat_group_participants; Type: VIEW; Schema: cgs_release_0_3_0; Owner: -
--

CREATE VIEW cgs_release_0_3_0.current_chat_group_participants AS
 SELECT p.cust_space_id,
    p.business_number,
    p.group_id,
    p.participant_number,
    p.first_seen_at,
    g.account_name
   FROM (cgs_release_0_3_0.chat_group_participants p
     JOIN cgs_release_0_3_0.chat_groups g USING (cust_space_id, business_number, group_id))
  WHERE ((p.left_at IS NULL) AND (g.removed_at IS NULL));


--
-- Name: sync_runs; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.sync_runs (
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
-- Name: latest_successful_sync_runs; Type: VIEW; Schema: cgs_release_0_3_0; Owner: -
--

CREATE VIEW cgs_release_0_3_0.latest_successful_sync_runs AS
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
   FROM cgs_release_0_3_0.sync_runs
  WHERE (sync_runs.status = 'succeeded'::text)
  ORDER BY sync_runs.account_name, sync_runs.started_at DESC;


--
-- Name: latest_sync_runs; Type: VIEW; Schema: cgs_release_0_3_0; Owner: -
--

CREATE VIEW cgs_release_0_3_0.latest_sync_runs AS
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
   FROM cgs_release_0_3_0.sync_runs
  ORDER BY sync_runs.account_name, sync_runs.started_at DESC;


--
-- Name: maintenance; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.maintenance (
    task text NOT NULL,
    last_run_at timestamp with time zone NOT NULL,
    changes_pruned_before timestamp with time zone
);


--
-- Name: participant_backoff; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.participant_backoff (
    account_name text NOT NULL,
    denials integer NOT NULL,
    denied_at timestamp with time zone NOT NULL,
    retry_after timestamp with time zone NOT NULL,
    error_code text NOT NULL,
    request_id text
);


--
-- Name: schema_migrations; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: webhook_deliveries; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.webhook_deliveries (
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
-- Name: TABLE webhook_deliveries; Type: COMMENT; Schema: cgs_release_0_3_0; Owner: -
--

COMMENT ON TABLE cgs_release_0_3_0.webhook_deliveries IS 'Webhook deliveries: pending (being retried), delivered, or dead (kept with the last error; --redeliver requeues)';


--
-- Name: webhook_outbox; Type: TABLE; Schema: cgs_release_0_3_0; Owner: -
--

CREATE TABLE cgs_release_0_3_0.webhook_outbox (
    webhook text NOT NULL,
    change_id bigint NOT NULL,
    account_name text NOT NULL,
    event jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    delivery_id uuid
);


--
-- Name: TABLE webhook_outbox; Type: COMMENT; Schema: cgs_release_0_3_0; Owner: -
--

COMMENT ON TABLE cgs_release_0_3_0.webhook_outbox IS 'Change events waiting for (or carried by) a webhook delivery; written with the changes they describe';


--
-- Data for Name: chat_group_changes; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--

INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (1, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-001', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (2, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-002', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (3, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-003', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (4, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-004', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (5, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-005', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (6, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-006', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (7, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-007', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (8, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-008', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (9, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-009', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (10, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-010', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (11, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-011', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (12, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-012', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (13, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-013', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (14, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-014', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (15, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-015', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (16, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-016', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (17, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-017', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (18, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-018', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (19, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-019', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (20, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-020', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (21, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-021', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (22, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-022', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (23, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-023', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (24, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-024', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (25, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-025', 'added', NULL, '2026-12-05 15:08:37.549268+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (26, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-001', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (27, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-002', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (28, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-003', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (29, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-004', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (30, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-005', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (31, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-006', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (32, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-007', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (33, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-009', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (34, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-011', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (35, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-012', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (36, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-013', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (37, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-014', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (38, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-015', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (39, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-016', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (40, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-017', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (41, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-018', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (42, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-019', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (43, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-020', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (44, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-021', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (45, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-022', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (46, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-023', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (47, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-024', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (48, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-025', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (49, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-008', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (50, '5ccfd883-794f-4e24-aaab-95bca676950c', 'cams-fx-1', '8613800000001', 'G1-010', 'added', NULL, '2026-12-05 15:08:37.55794+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (51, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060001", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (52, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060002", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (53, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060003", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (54, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060004", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (55, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060005", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (56, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060006", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (57, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-012', 'participant_joined', '{"ParticipantNumber": {"new": "861390120001", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (58, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-012', 'participant_joined', '{"ParticipantNumber": {"new": "861390120002", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (59, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-018', 'participant_joined', '{"ParticipantNumber": {"new": "861390180001", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (60, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-018', 'participant_joined', '{"ParticipantNumber": {"new": "861390189999", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (61, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240001", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (62, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240002", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (63, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240003", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (64, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240004", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (65, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240005", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (66, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240006", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (67, '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'cams-fx-2', '8613800000002', 'G2-024', 'participant_joined', '{"ParticipantNumber": {"new": "861390240007", "old": null}}', '2026-12-05 15:08:37.811207+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (68, '21a766d4-2e3b-4303-bc5b-587856517564', 'cams-fx-1', '8613800000001', 'G1-008', 'removed', NULL, '2026-12-05 15:08:38.008239+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (69, '21a766d4-2e3b-4303-bc5b-587856517564', 'cams-fx-1', '8613800000001', 'G1-010', 'removed', NULL, '2026-12-05 15:08:38.008239+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (70, '21a766d4-2e3b-4303-bc5b-587856517564', 'cams-fx-1', '8613800000001', 'G1-001', 'updated', '{"Subject": {"new": "Renamed 1.1", "old": "Group 1.1"}}', '2026-12-05 15:08:38.008239+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (71, '21a766d4-2e3b-4303-bc5b-587856517564', 'cams-fx-1', '8613800000001', 'G1-003', 'updated', '{"GroupStatus": {"new": "SUSPENDED", "old": "ACTIVE"}}', '2026-12-05 15:08:38.008239+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (72, '21a766d4-2e3b-4303-bc5b-587856517564', 'cams-fx-1', '8613800000001', 'G1-NEW', 'added', NULL, '2026-12-05 15:08:38.008239+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (73, '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 'cams-fx-2', '8613800000002', 'G2-006', 'updated', '{"TotalParticipantCount": {"new": 7, "old": 6}}', '2026-12-05 15:08:38.019019+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (74, '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 'cams-fx-2', '8613800000002', 'G2-012', 'updated', '{"TotalParticipantCount": {"new": 4, "old": 2}}', '2026-12-05 15:08:38.019019+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (75, '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 'cams-fx-2', '8613800000002', 'G2-018', 'updated', '{"TotalParticipantCount": {"new": 1, "old": 2}}', '2026-12-05 15:08:38.019019+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (76, '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 'cams-fx-2', '8613800000002', 'G2-018', 'participant_left', '{"ParticipantNumber": {"new": null, "old": "861390189999"}}', '2026-12-05 15:08:38.058885+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (77, '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 'cams-fx-2', '8613800000002', 'G2-006', 'participant_joined', '{"ParticipantNumber": {"new": "861390060007", "old": null}}', '2026-12-05 15:08:38.058885+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (78, '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 'cams-fx-2', '8613800000002', 'G2-012', 'participant_joined', '{"ParticipantNumber": {"new": "861390120003", "old": null}}', '2026-12-05 15:08:38.058885+00');
INSERT INTO cgs_release_0_3_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (79, '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 'cams-fx-2', '8613800000002', 'G2-012', 'participant_joined', '{"ParticipantNumber": {"new": "861390120004", "old": null}}', '2026-12-05 15:08:38.058885+00');


--
-- Data for Name: chat_group_participant_checks; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--

INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-001', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-002', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-003', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-004', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-005', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-007', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-008', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-009', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-010', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-011', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-013', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-014', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-015', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-016', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-017', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-019', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-020', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-021', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-022', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-023', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-024', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 7);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-025', '2026-12-05 15:08:37.811207+00', '8e7caee1-2c56-40d1-9e45-e07de3cef9f7', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-006', '2026-12-05 15:08:38.058885+00', '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 7);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-012', '2026-12-05 15:08:38.058885+00', '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 4);
INSERT INTO cgs_release_0_3_0.chat_group_participant_checks VALUES ('cams-fx-2', '8613800000002', 'G2-018', '2026-12-05 15:08:38.058885+00', '990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 1);


--
-- Data for Name: chat_group_participants; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--

INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060001', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060002', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060003', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060004', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060005', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060006', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-012', '861390120001', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-012', '861390120002', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-018', '861390180001', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240001', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240002', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240003', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240004', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240005', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240006', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-024', '861390240007', '2026-12-05 15:08:37.811207+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-018', '861390189999', '2026-12-05 15:08:37.811207+00', '2026-12-05 15:08:38.058885+00');
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-006', '861390060007', '2026-12-05 15:08:38.058885+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-012', '861390120003', '2026-12-05 15:08:38.058885+00', NULL);
INSERT INTO cgs_release_0_3_0.chat_group_participants VALUES ('cams-fx-2', '8613800000002', 'G2-012', '861390120004', '2026-12-05 15:08:38.058885+00', NULL);


--
-- Data for Name: chat_groups; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--

INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-001', 'Group 2.1', 'd1', 'https://chat.whatsapp.com/G21', 'ACTIVE', 'https://img/2/1.jpg', '{"GroupId": "G2-001", "Subject": "Group 2.1", "InviteLink": "https://chat.whatsapp.com/G21", "Description": "d1", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/1.jpg", "TotalParticipantCount": "2"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-002', 'Group 2.2', 'd2', 'https://chat.whatsapp.com/G22', 'ACTIVE', 'https://img/2/2.jpg', '{"GroupId": "G2-002", "Subject": "Group 2.2", "InviteLink": "https://chat.whatsapp.com/G22", "Description": "d2", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/2.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-003', 'Group 2.3', 'd3', 'https://chat.whatsapp.com/G23', 'ACTIVE', 'https://img/2/3.jpg', '{"GroupId": "G2-003", "Subject": "Group 2.3", "GroupLink": "https://t.me/+23", "InviteLink": "https://chat.whatsapp.com/G23", "Description": "d3", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/3.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-004', 'Group 2.4', 'd4', 'https://chat.whatsapp.com/G24', 'ACTIVE', 'https://img/2/4.jpg', '{"GroupId": "G2-004", "Subject": "Group 2.4", "InviteLink": "https://chat.whatsapp.com/G24", "Description": "d4", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/4.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-005', 'Group 2.5', NULL, 'https://chat.whatsapp.com/G25', 'ACTIVE', 'https://img/2/5.jpg', '{"GroupId": "G2-005", "Subject": "Group 2.5", "InviteLink": "https://chat.whatsapp.com/G25", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/5.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-007', 'Group 2.7', 'd7', 'https://chat.whatsapp.com/G27', 'ACTIVE', 'https://img/2/7.jpg', '{"GroupId": "G2-007", "Subject": "Group 2.7", "InviteLink": "https://chat.whatsapp.com/G27", "Description": "d7", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/7.jpg", "TotalParticipantCount": "8"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-008', 'Group 2.8', 'd8', 'https://chat.whatsapp.com/G28', 'ACTIVE', 'https://img/2/8.jpg', '{"GroupId": "G2-008", "Subject": "Group 2.8", "InviteLink": "https://chat.whatsapp.com/G28", "Description": "d8", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/8.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-009', 'Group 2.9', 'd9', 'https://chat.whatsapp.com/G29', 'ACTIVE', 'https://img/2/9.jpg', '{"GroupId": "G2-009", "Subject": "Group 2.9", "GroupLink": "https://t.me/+29", "InviteLink": "https://chat.whatsapp.com/G29", "Description": "d9", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/9.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-010', 'Group 2.10', NULL, 'https://chat.whatsapp.com/G210', 'ACTIVE', 'https://img/2/10.jpg', '{"GroupId": "G2-010", "Subject": "Group 2.10", "InviteLink": "https://chat.whatsapp.com/G210", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/10.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-011', 'Group 2.11', 'd11', 'https://chat.whatsapp.com/G211', 'ACTIVE', 'https://img/2/11.jpg', '{"GroupId": "G2-011", "Subject": "Group 2.11", "InviteLink": "https://chat.whatsapp.com/G211", "Description": "d11", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/11.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-013', 'Group 2.13', 'd13', 'https://chat.whatsapp.com/G213', 'ACTIVE', 'https://img/2/13.jpg', '{"GroupId": "G2-013", "Subject": "Group 2.13", "InviteLink": "https://chat.whatsapp.com/G213", "Description": "d13", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/13.jpg", "TotalParticipantCount": "5"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-014', 'Group 2.14', 'd14', 'https://chat.whatsapp.com/G214', 'ACTIVE', 'https://img/2/14.jpg', '{"GroupId": "G2-014", "Subject": "Group 2.14", "InviteLink": "https://chat.whatsapp.com/G214", "Description": "d14", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/14.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-015', 'Group 2.15', NULL, 'https://chat.whatsapp.com/G215', 'ACTIVE', 'https://img/2/15.jpg', '{"GroupId": "G2-015", "Subject": "Group 2.15", "GroupLink": "https://t.me/+215", "InviteLink": "https://chat.whatsapp.com/G215", "Description": null, "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/15.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-016', 'Group 2.16', 'd16', 'https://chat.whatsapp.com/G216', 'ACTIVE', 'https://img/2/16.jpg', '{"GroupId": "G2-016", "Subject": "Group 2.16", "InviteLink": "https://chat.whatsapp.com/G216", "Description": "d16", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/16.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-017', 'Group 2.17', 'd17', 'https://chat.whatsapp.com/G217', 'ACTIVE', 'https://img/2/17.jpg', '{"GroupId": "G2-017", "Subject": "Group 2.17", "InviteLink": "https://chat.whatsapp.com/G217", "Description": "d17", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/17.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-019', 'Group 2.19', 'd19', 'https://chat.whatsapp.com/G219', 'ACTIVE', 'https://img/2/19.jpg', '{"GroupId": "G2-019", "Subject": "Group 2.19", "InviteLink": "https://chat.whatsapp.com/G219", "Description": "d19", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/19.jpg", "TotalParticipantCount": "2"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-020', 'Group 2.20', NULL, 'https://chat.whatsapp.com/G220', 'ACTIVE', 'https://img/2/20.jpg', '{"GroupId": "G2-020", "Subject": "Group 2.20", "InviteLink": "https://chat.whatsapp.com/G220", "Description": null, "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/20.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-021', 'Group 2.21', 'd21', 'https://chat.whatsapp.com/G221', 'ACTIVE', 'https://img/2/21.jpg', '{"GroupId": "G2-021", "Subject": "Group 2.21", "GroupLink": "https://t.me/+221", "InviteLink": "https://chat.whatsapp.com/G221", "Description": "d21", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/21.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-022', 'Group 2.22', 'd22', 'https://chat.whatsapp.com/G222', 'ACTIVE', 'https://img/2/22.jpg', '{"GroupId": "G2-022", "Subject": "Group 2.22", "InviteLink": "https://chat.whatsapp.com/G222", "Description": "d22", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/22.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-023', 'Group 2.23', 'd23', 'https://chat.whatsapp.com/G223', 'ACTIVE', 'https://img/2/23.jpg', '{"GroupId": "G2-023", "Subject": "Group 2.23", "InviteLink": "https://chat.whatsapp.com/G223", "Description": "d23", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/23.jpg"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-024', 'Group 2.24', 'd24', 'https://chat.whatsapp.com/G224', 'ACTIVE', 'https://img/2/24.jpg', '{"GroupId": "G2-024", "Subject": "Group 2.24", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G224", "Description": "d24", "GmtModifier": 1767225600024, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/24.jpg", "TotalParticipantCount": 7}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-025', 'Group 2.25', NULL, 'https://chat.whatsapp.com/G225', 'ACTIVE', 'https://img/2/25.jpg', '{"GroupId": "G2-025", "Subject": "Group 2.25", "InviteLink": "https://chat.whatsapp.com/G225", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/25.jpg", "TotalParticipantCount": "8"}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:37.549268+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-002', 'Group 1.2', 'd2', 'https://chat.whatsapp.com/G12', 'ACTIVE', 'https://img/1/2.jpg', '{"GroupId": "G1-002", "Subject": "Group 1.2", "InviteLink": "https://chat.whatsapp.com/G12", "Description": "d2", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/2.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-004', 'Group 1.4', 'd4', 'https://chat.whatsapp.com/G14', 'ACTIVE', 'https://img/1/4.jpg', '{"GroupId": "G1-004", "Subject": "Group 1.4", "InviteLink": "https://chat.whatsapp.com/G14", "Description": "d4", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/4.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-005', 'Group 1.5', NULL, 'https://chat.whatsapp.com/G15', 'ACTIVE', 'https://img/1/5.jpg', '{"GroupId": "G1-005", "Subject": "Group 1.5", "InviteLink": "https://chat.whatsapp.com/G15", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/5.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-006', 'Group 1.6', 'd6', 'https://chat.whatsapp.com/G16', 'ACTIVE', 'https://img/1/6.jpg', '{"GroupId": "G1-006", "Subject": "Group 1.6", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G16", "Description": "d6", "GmtModifier": 1767225600006, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/6.jpg", "TotalParticipantCount": 42}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-007', 'Group 1.7', 'd7', 'https://chat.whatsapp.com/G17', 'ACTIVE', 'https://img/1/7.jpg', '{"GroupId": "G1-007", "Subject": "Group 1.7", "InviteLink": "https://chat.whatsapp.com/G17", "Description": "d7", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/7.jpg", "TotalParticipantCount": "8"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-009', 'Group 1.9', 'd9', 'https://chat.whatsapp.com/G19', 'ACTIVE', 'https://img/1/9.jpg', '{"GroupId": "G1-009", "Subject": "Group 1.9", "GroupLink": "https://t.me/+19", "InviteLink": "https://chat.whatsapp.com/G19", "Description": "d9", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/9.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-011', 'Group 1.11', 'd11', 'https://chat.whatsapp.com/G111', 'ACTIVE', 'https://img/1/11.jpg', '{"GroupId": "G1-011", "Subject": "Group 1.11", "InviteLink": "https://chat.whatsapp.com/G111", "Description": "d11", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/11.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-012', 'Group 1.12', 'd12', 'https://chat.whatsapp.com/G112', 'ACTIVE', 'https://img/1/12.jpg', '{"GroupId": "G1-012", "Subject": "Group 1.12", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G112", "Description": "d12", "GmtModifier": 1767225600012, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/12.jpg", "TotalParticipantCount": 4}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-013', 'Group 1.13', 'd13', 'https://chat.whatsapp.com/G113', 'ACTIVE', 'https://img/1/13.jpg', '{"GroupId": "G1-013", "Subject": "Group 1.13", "InviteLink": "https://chat.whatsapp.com/G113", "Description": "d13", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/13.jpg", "TotalParticipantCount": "5"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-014', 'Group 1.14', 'd14', 'https://chat.whatsapp.com/G114', 'ACTIVE', 'https://img/1/14.jpg', '{"GroupId": "G1-014", "Subject": "Group 1.14", "InviteLink": "https://chat.whatsapp.com/G114", "Description": "d14", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/14.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-015', 'Group 1.15', NULL, 'https://chat.whatsapp.com/G115', 'ACTIVE', 'https://img/1/15.jpg', '{"GroupId": "G1-015", "Subject": "Group 1.15", "GroupLink": "https://t.me/+115", "InviteLink": "https://chat.whatsapp.com/G115", "Description": null, "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/15.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-016', 'Group 1.16', 'd16', 'https://chat.whatsapp.com/G116', 'ACTIVE', 'https://img/1/16.jpg', '{"GroupId": "G1-016", "Subject": "Group 1.16", "InviteLink": "https://chat.whatsapp.com/G116", "Description": "d16", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/16.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-017', 'Group 1.17', 'd17', 'https://chat.whatsapp.com/G117', 'ACTIVE', 'https://img/1/17.jpg', '{"GroupId": "G1-017", "Subject": "Group 1.17", "InviteLink": "https://chat.whatsapp.com/G117", "Description": "d17", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/17.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-018', 'Group 1.18', 'd18', 'https://chat.whatsapp.com/G118', 'ACTIVE', 'https://img/1/18.jpg', '{"GroupId": "G1-018", "Subject": "Group 1.18", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G118", "Description": "d18", "GmtModifier": 1767225600018, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/18.jpg", "TotalParticipantCount": 1}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-019', 'Group 1.19', 'd19', 'https://chat.whatsapp.com/G119', 'ACTIVE', 'https://img/1/19.jpg', '{"GroupId": "G1-019", "Subject": "Group 1.19", "InviteLink": "https://chat.whatsapp.com/G119", "Description": "d19", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/19.jpg", "TotalParticipantCount": "2"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-020', 'Group 1.20', NULL, 'https://chat.whatsapp.com/G120', 'ACTIVE', 'https://img/1/20.jpg', '{"GroupId": "G1-020", "Subject": "Group 1.20", "InviteLink": "https://chat.whatsapp.com/G120", "Description": null, "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/20.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-021', 'Group 1.21', 'd21', 'https://chat.whatsapp.com/G121', 'ACTIVE', 'https://img/1/21.jpg', '{"GroupId": "G1-021", "Subject": "Group 1.21", "GroupLink": "https://t.me/+121", "InviteLink": "https://chat.whatsapp.com/G121", "Description": "d21", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/21.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-022', 'Group 1.22', 'd22', 'https://chat.whatsapp.com/G122', 'ACTIVE', 'https://img/1/22.jpg', '{"GroupId": "G1-022", "Subject": "Group 1.22", "InviteLink": "https://chat.whatsapp.com/G122", "Description": "d22", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/22.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-023', 'Group 1.23', 'd23', 'https://chat.whatsapp.com/G123', 'ACTIVE', 'https://img/1/23.jpg', '{"GroupId": "G1-023", "Subject": "Group 1.23", "InviteLink": "https://chat.whatsapp.com/G123", "Description": "d23", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/23.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-024', 'Group 1.24', 'd24', 'https://chat.whatsapp.com/G124', 'ACTIVE', 'https://img/1/24.jpg', '{"GroupId": "G1-024", "Subject": "Group 1.24", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G124", "Description": "d24", "GmtModifier": 1767225600024, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/24.jpg", "TotalParticipantCount": 7}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-025', 'Group 1.25', NULL, 'https://chat.whatsapp.com/G125', 'ACTIVE', 'https://img/1/25.jpg', '{"GroupId": "G1-025", "Subject": "Group 1.25", "InviteLink": "https://chat.whatsapp.com/G125", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/25.jpg", "TotalParticipantCount": "8"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:37.55794+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-008', 'Group 1.8', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-008", "Subject": "Group 1.8", "GroupStatus": "ACTIVE"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:38.008239+00', '2026-12-05 15:08:38.008239+00', DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-010', 'Group 1.10', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-010", "Subject": "Group 1.10", "GroupStatus": "ACTIVE"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:38.008239+00', '2026-12-05 15:08:38.008239+00', DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-001', 'Renamed 1.1', 'd1', 'https://chat.whatsapp.com/G11', 'ACTIVE', 'https://img/1/1.jpg', '{"GroupId": "G1-001", "Subject": "Renamed 1.1", "InviteLink": "https://chat.whatsapp.com/G11", "Description": "d1", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/1.jpg", "TotalParticipantCount": "2"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:38.008239+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-003', 'Group 1.3', 'd3', 'https://chat.whatsapp.com/G13', 'SUSPENDED', 'https://img/1/3.jpg', '{"GroupId": "G1-003", "Subject": "Group 1.3", "GroupLink": "https://t.me/+13", "InviteLink": "https://chat.whatsapp.com/G13", "Description": "d3", "GroupStatus": "SUSPENDED", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/3.jpg"}', 'fx-one', '2026-12-05 15:08:37.55794+00', '2026-12-05 15:08:38.008239+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-NEW', 'New', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-NEW", "Subject": "New", "GroupStatus": "ACTIVE", "TotalParticipantCount": 3}', 'fx-one', '2026-12-05 15:08:38.008239+00', '2026-12-05 15:08:38.008239+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-006', 'Group 2.6', 'd6', 'https://chat.whatsapp.com/G26', 'ACTIVE', 'https://img/2/6.jpg', '{"GroupId": "G2-006", "Subject": "Group 2.6", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G26", "Description": "d6", "GmtModifier": 1767225600006, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/6.jpg", "TotalParticipantCount": 7}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:38.019019+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-012', 'Group 2.12', 'd12', 'https://chat.whatsapp.com/G212', 'ACTIVE', 'https://img/2/12.jpg', '{"GroupId": "G2-012", "Subject": "Group 2.12", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G212", "Description": "d12", "GmtModifier": 1767225600012, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/12.jpg", "TotalParticipantCount": 4}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:38.019019+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_3_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-018', 'Group 2.18', 'd18', 'https://chat.whatsapp.com/G218', 'ACTIVE', 'https://img/2/18.jpg', '{"GroupId": "G2-018", "Subject": "Group 2.18", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G218", "Description": "d18", "GmtModifier": 1767225600018, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/18.jpg", "TotalParticipantCount": 1}', 'fx-two', '2026-12-05 15:08:37.549268+00', '2026-12-05 15:08:38.019019+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);


--
-- Data for Name: maintenance; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--



--
-- Data for Name: participant_backoff; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--



--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--

INSERT INTO cgs_release_0_3_0.schema_migrations VALUES (1, '0001_init.sql', '9f4ff82f6d5179ec88c111da3f15f8f707b7b0d8fadba1c33e36246cd164a37c', '2026-12-05 15:08:37.346409+00');
INSERT INTO cgs_release_0_3_0.schema_migrations VALUES (2, '0002_schema2.sql', '5a769ae24c15573297bccc668e7a7649288cbd4241a696165b3673f7c87cfa94', '2026-12-05 15:08:37.365015+00');
INSERT INTO cgs_release_0_3_0.schema_migrations VALUES (3, '0003_participants.sql', '9019931fc1be7a4cd971b3df4bb61ee8f0a1b74a3aeca4a4b67593ad78977527', '2026-12-05 15:08:37.380595+00');
INSERT INTO cgs_release_0_3_0.schema_migrations VALUES (4, '0004_webhooks.sql', '4c5e8f100387aec10d2072dabef768ddd1ad5aee55699b68838879667fe34dda', '2026-12-05 15:08:37.394364+00');


--
-- Data for Name: sync_runs; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--

INSERT INTO cgs_release_0_3_0.sync_runs VALUES ('5ccfd883-794f-4e24-aaab-95bca676950c', 'fx-one', 'cams-fx-1', '8613800000001', 'once', '2026-12-05 15:08:37.539532+00', '2026-12-05 15:08:37.565333+00', 'succeeded', 1, 25, 25, 0, 0, 0, 0, '{F2A4D488-AAF9-43F2-BEC9-746366DE7920}', NULL, NULL, 'vm', 9286, 0, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO cgs_release_0_3_0.sync_runs VALUES ('8e7caee1-2c56-40d1-9e45-e07de3cef9f7', 'fx-two', 'cams-fx-2', '8613800000002', 'once', '2026-12-05 15:08:37.533045+00', '2026-12-05 15:08:37.556239+00', 'succeeded', 1, 25, 25, 0, 0, 0, 0, '{B3ECA2A5-1245-48D7-B7A5-86F9CAC241E6,3C629E22-9618-4D80-A7A7-86C130E3FD19,00A0A71E-7CBE-48E3-8494-A53B3E05CA98,6408BD2D-5BB7-4D2C-9CBB-E9A1C552F384,89FEA4C2-28A2-4845-B0BB-C66832DACE61,BDB7F54F-0D7A-4D76-953C-27D31992E445,6E9E2090-329C-4398-A09D-6FFC8C4AA2C2,0A53F97D-4402-464F-BCA0-C88518501E66,C6EEDCBA-338E-47F7-8AC9-8B8FD55FDDF0,7BD96762-7EDA-4EFA-9DD2-FB23C6BC738E,A269C0B0-9D7A-49B1-8260-FD4E11B28472,CF602688-939B-47EE-9C3B-4BCB8919F1F5,FEA3D121-1DFC-4185-8C00-5F45DE263599,C13124B6-D29B-49C9-9D24-7EB207D3620B,5E1B50D9-D89C-4399-880C-02AB6BAE83C3,80F78015-C7DB-4A00-BD95-CA1965C71EF9,6CAA4535-F957-4F7C-90D8-DD0CC9FB6EFE,DC3DF766-31E0-4283-B4BB-EF93878F52C4,9C4B62D6-B852-4B94-8842-6F286CC3A971,0812EC0E-4CF2-4EA3-84D7-8FBF46BA9855,837669BA-44CD-4C53-B79E-A00AED0F0265,084F3226-7FA1-435F-908D-2F706316D2D6,C91D74B7-AD95-4085-9943-D31FE683EB2D,069F3C72-EC25-480F-BE9B-8751D082B389,60B0907A-179A-4B75-9270-04F5C40085DC,CF4EDAE2-4B47-497A-A701-200DAC6B73CD}', NULL, NULL, 'vm', 9286, 25, 25, 17, 0, NULL, NULL, NULL);
INSERT INTO cgs_release_0_3_0.sync_runs VALUES ('21a766d4-2e3b-4303-bc5b-587856517564', 'fx-one', 'cams-fx-1', '8613800000001', 'once', '2026-12-05 15:08:37.992229+00', '2026-12-05 15:08:38.015176+00', 'succeeded', 1, 24, 1, 2, 2, 0, 21, '{0C008BA7-E851-4C47-8712-0E12522265BE}', NULL, NULL, 'vm', 9301, 0, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO cgs_release_0_3_0.sync_runs VALUES ('990fcc3f-ec2a-440d-87c2-d585b1b2ceba', 'fx-two', 'cams-fx-2', '8613800000002', 'once', '2026-12-05 15:08:37.993926+00', '2026-12-05 15:08:38.02495+00', 'succeeded', 1, 25, 0, 3, 0, 0, 22, '{FE0AD9FF-E527-4386-8E50-DABEA169AC2C,71BC2119-18BE-4394-A2B3-6FABC0E5C089,F4EA66EB-EE57-4E63-A7A7-15A525A31D93,61B49C62-D5CE-4658-A52F-CA6DF83607C9}', NULL, NULL, 'vm', 9301, 3, 3, 3, 1, NULL, NULL, NULL);


--
-- Data for Name: webhook_deliveries; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--



--
-- Data for Name: webhook_outbox; Type: TABLE DATA; Schema: cgs_release_0_3_0; Owner: -
--



--
-- Name: chat_group_changes_change_id_seq; Type: SEQUENCE SET; Schema: cgs_release_0_3_0; Owner: -
--

SELECT pg_catalog.setval('cgs_release_0_3_0.chat_group_changes_change_id_seq', 79, true);


--
-- Name: chat_group_changes chat_group_changes_change_type_check; Type: CHECK CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE cgs_release_0_3_0.chat_group_changes
    ADD CONSTRAINT chat_group_changes_change_type_check CHECK ((change_type = ANY (ARRAY['added'::text, 'updated'::text, 'removed'::text, 'restored'::text, 'participant_joined'::text, 'participant_left'::text]))) NOT VALID;


--
-- Name: chat_group_changes chat_group_changes_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.chat_group_changes
    ADD CONSTRAINT chat_group_changes_pkey PRIMARY KEY (change_id);


--
-- Name: chat_group_participant_checks chat_group_participant_checks_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.chat_group_participant_checks
    ADD CONSTRAINT chat_group_participant_checks_pkey PRIMARY KEY (cust_space_id, business_number, group_id);


--
-- Name: chat_group_participants chat_group_participants_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.chat_group_participants
    ADD CONSTRAINT chat_group_participants_pkey PRIMARY KEY (cust_space_id, business_number, group_id, participant_number);


--
-- Name: chat_groups chat_groups_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.chat_groups
    ADD CONSTRAINT chat_groups_pkey PRIMARY KEY (cust_space_id, business_number, group_id);


--
-- Name: maintenance maintenance_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.maintenance
    ADD CONSTRAINT maintenance_pkey PRIMARY KEY (task);


--
-- Name: participant_backoff participant_backoff_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.participant_backoff
    ADD CONSTRAINT participant_backoff_pkey PRIMARY KEY (account_name);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sync_runs sync_runs_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.sync_runs
    ADD CONSTRAINT sync_runs_pkey PRIMARY KEY (run_id);


--
-- Name: webhook_deliveries webhook_deliveries_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (delivery_id);


--
-- Name: webhook_outbox webhook_outbox_pkey; Type: CONSTRAINT; Schema: cgs_release_0_3_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_3_0.webhook_outbox
    ADD CONSTRAINT webhook_outbox_pkey PRIMARY KEY (webhook, change_id);


--
-- Name: chat_group_changes_changed_at_idx; Type: INDEX; Schema: cgs_release_0_3_0; Owner: -
--

CREATE INDEX chat_group_changes_changed_at_idx ON cgs_release_0_3_0.chat_group_changes USING btree (changed_at);


--
-- Name: chat_group_changes_group_idx; Type: INDEX; Schema: cgs_release_0_3_0; Owner: -
--

CREATE INDEX chat_group_changes_group_idx ON cgs_release_0_3_0.chat_group_changes USING btree (cust_space_id, business_number, group_id, change_id);


--
-- Name: sync_runs_account_started_idx; Type: INDEX; Schema: cgs_release_0_3_0; Owner: -
--

CREATE INDEX sync_runs_account_started_idx ON cgs_release_0_3_0.sync_runs USING btree (account_name, started_at DESC);


--
-- Name: sync_runs_running_idx; Type: INDEX; Schema: cgs_release_0_3_0; Owner: -
--

CREATE INDEX sync_runs_running_idx ON cgs_release_0_3_0.sync_runs USING btree (account_name) WHERE (status = 'running'::text);


--
-- Name: webhook_deliveries_pending_idx; Type: INDEX; Schema: cgs_release_0_3_0; Owner: -
--

CREATE INDEX webhook_deliveries_pending_idx ON cgs_release_0_3_0.webhook_deliveries USING btree (webhook, first_change_id) WHERE (status = 'pending'::text);


--
-- Name: webhook_deliveries_status_idx; Type: INDEX; Schema: cgs_release_0_3_0; Owner: -
--

CREATE INDEX webhook_deliveries_status_idx ON cgs_release_0_3_0.webhook_deliveries USING btree (webhook, status, created_at);


--
-- Name: webhook_outbox_delivery_idx; Type: INDEX; Schema: cgs_release_0_3_0; Owner: -
--

CREATE INDEX webhook_outbox_delivery_idx ON cgs_release_0_3_0.webhook_outbox USING btree (delivery_id);


--
-- Name: webhook_outbox_unbatched_idx; Type: INDEX; Schema: cgs_release_0_3_0; Owner: -
--

CREATE INDEX webhook_outbox_unbatched_idx ON cgs_release_0_3_0.webhook_outbox USING btree (webhook, change_id) WHERE (delivery_id IS NULL);


--
-- PostgreSQL database dump complete
--


