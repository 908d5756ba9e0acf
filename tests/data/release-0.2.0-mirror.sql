-- A mirror made by cams-groupsync 0.2.0 (commit c7e809c, schema version 2): two --once runs
-- of tests/data/release-sim.json's accounts, the second after renames, a status change, two
-- removals, an addition. Made by
-- scripts/release-fixture.sh 0.2.0; tests/e2e/upgrade_e2e_test.cpp upgrades it.
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
SELECT pg_catalog.set_config('search_path', 'cgs_release_0_2_0', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: cgs_release_0_2_0; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA cgs_release_0_2_0;


--
-- Name: cgs_groups_as_of(timestamp with time zone, text, text, text); Type: FUNCTION; Schema: cgs_release_0_2_0; Owner: -
--

CREATE FUNCTION cgs_release_0_2_0.cgs_groups_as_of(at timestamp with time zone, one_cust_space_id text, one_business_number text, one_group_id text) RETURNS TABLE(cust_space_id text, business_number text, group_id text, subject text, description text, invite_link text, group_status text, profile_picture_file text, raw jsonb, account_name text, first_seen_at timestamp with time zone, last_changed_at timestamp with time zone, business_role text, gmt_modifier bigint, group_link text, group_type text, total_participant_count integer)
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


--
-- Name: cgs_item_bigint(jsonb, text); Type: FUNCTION; Schema: cgs_release_0_2_0; Owner: -
--

CREATE FUNCTION cgs_release_0_2_0.cgs_item_bigint(raw jsonb, field text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN jsonb_typeof(raw -> field) = 'number'
                 AND (raw ->> field)::numeric = trunc((raw ->> field)::numeric)
                 AND (raw ->> field)::numeric BETWEEN -9223372036854775808 AND 9223372036854775807
                THEN (raw ->> field)::numeric::bigint END
  $$;


--
-- Name: cgs_item_integer(jsonb, text); Type: FUNCTION; Schema: cgs_release_0_2_0; Owner: -
--

CREATE FUNCTION cgs_release_0_2_0.cgs_item_integer(raw jsonb, field text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN jsonb_typeof(raw -> field) = 'number'
                 AND (raw ->> field)::numeric = trunc((raw ->> field)::numeric)
                 AND (raw ->> field)::numeric BETWEEN -2147483648 AND 2147483647
                THEN (raw ->> field)::numeric::integer END
  $$;


--
-- Name: cgs_item_text(jsonb, text); Type: FUNCTION; Schema: cgs_release_0_2_0; Owner: -
--

CREATE FUNCTION cgs_release_0_2_0.cgs_item_text(raw jsonb, field text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN jsonb_typeof(raw -> field) = 'string' THEN raw ->> field END $$;


--
-- Name: cgs_require_history(timestamp with time zone); Type: FUNCTION; Schema: cgs_release_0_2_0; Owner: -
--

CREATE FUNCTION cgs_release_0_2_0.cgs_require_history(at timestamp with time zone) RETURNS boolean
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
-- Name: chat_groups; Type: TABLE; Schema: cgs_release_0_2_0; Owner: -
--

CREATE TABLE cgs_release_0_2_0.chat_groups (
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
    business_role text GENERATED ALWAYS AS (cgs_release_0_2_0.cgs_item_text(raw, 'BusinessRole'::text)) STORED,
    gmt_modifier bigint GENERATED ALWAYS AS (cgs_release_0_2_0.cgs_item_bigint(raw, 'GmtModifier'::text)) STORED,
    group_link text GENERATED ALWAYS AS (cgs_release_0_2_0.cgs_item_text(raw, 'GroupLink'::text)) STORED,
    group_type text GENERATED ALWAYS AS (cgs_release_0_2_0.cgs_item_text(raw, 'GroupType'::text)) STORED,
    total_participant_count integer GENERATED ALWAYS AS (cgs_release_0_2_0.cgs_item_integer(raw, 'TotalParticipantCount'::text)) STORED
);


--
-- Name: TABLE chat_groups; Type: COMMENT; Schema: cgs_release_0_2_0; Owner: -
--

COMMENT ON TABLE cgs_release_0_2_0.chat_groups IS 'CAMS chat groups, one row per group ever listed; removed_at is set when a complete listing no longer has it';


--
-- Name: current_chat_groups; Type: VIEW; Schema: cgs_release_0_2_0; Owner: -
--

CREATE VIEW cgs_release_0_2_0.current_chat_groups AS
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
   FROM cgs_release_0_2_0.chat_groups
  WHERE (chat_groups.removed_at IS NULL);


--
-- Name: chat_group_as_of(text, text, text, timestamp with time zone); Type: FUNCTION; Schema: cgs_release_0_2_0; Owner: -
--

CREATE FUNCTION cgs_release_0_2_0.chat_group_as_of(cust_space_id text, business_number text, group_id text, at timestamp with time zone) RETURNS SETOF cgs_release_0_2_0.current_chat_groups
    LANGUAGE sql STABLE
    AS $_$
    SELECT cgs_require_history($4);
    SELECT * FROM cgs_groups_as_of($4, $1, $2, $3);
  $_$;


--
-- Name: FUNCTION chat_group_as_of(cust_space_id text, business_number text, group_id text, at timestamp with time zone); Type: COMMENT; Schema: cgs_release_0_2_0; Owner: -
--

COMMENT ON FUNCTION cgs_release_0_2_0.chat_group_as_of(cust_space_id text, business_number text, group_id text, at timestamp with time zone) IS 'One group as it was listed at a time; no row when it was not listed then';


--
-- Name: chat_groups_as_of(timestamp with time zone); Type: FUNCTION; Schema: cgs_release_0_2_0; Owner: -
--

CREATE FUNCTION cgs_release_0_2_0.chat_groups_as_of(at timestamp with time zone) RETURNS SETOF cgs_release_0_2_0.current_chat_groups
    LANGUAGE sql STABLE
    AS $$
    SELECT cgs_require_history(at);  -- refuses a time the history no longer covers, rows or not
    SELECT * FROM cgs_groups_as_of(at, NULL, NULL, NULL);
  $$;


--
-- Name: FUNCTION chat_groups_as_of(at timestamp with time zone); Type: COMMENT; Schema: cgs_release_0_2_0; Owner: -
--

COMMENT ON FUNCTION cgs_release_0_2_0.chat_groups_as_of(at timestamp with time zone) IS 'The groups listed at a time, with the values they had then, rebuilt from the history';


--
-- Name: chat_group_changes; Type: TABLE; Schema: cgs_release_0_2_0; Owner: -
--

CREATE TABLE cgs_release_0_2_0.chat_group_changes (
    change_id bigint NOT NULL,
    run_id uuid NOT NULL,
    cust_space_id text NOT NULL,
    business_number text NOT NULL,
    group_id text NOT NULL,
    change_type text NOT NULL,
    changed_fields jsonb,
    changed_at timestamp with time zone NOT NULL,
    CONSTRAINT chat_group_changes_change_type_check CHECK ((change_type = ANY (ARRAY['added'::text, 'updated'::text, 'removed'::text, 'restored'::text])))
);


--
-- Name: TABLE chat_group_changes; Type: COMMENT; Schema: cgs_release_0_2_0; Owner: -
--

COMMENT ON TABLE cgs_release_0_2_0.chat_group_changes IS 'History: added, updated (field-level diff), removed and restored groups, per run';


--
-- Name: chat_group_changes_change_id_seq; Type: SEQUENCE; Schema: cgs_release_0_2_0; Owner: -
--

ALTER TABLE cgs_release_0_2_0.chat_group_changes ALTER COLUMN change_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME cgs_release_0_2_0.chat_group_changes_change_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: chat_group_history; Type: VIEW; Schema: cgs_release_0_2_0; Owner: -
--

CREATE VIEW cgs_release_0_2_0.chat_group_history AS
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
   FROM (cgs_release_0_2_0.chat_group_changes c
     LEFT JOIN cgs_release_0_2_0.chat_groups g USING (cust_space_id, business_number, group_id))
  ORDER BY c.change_id DESC;


--
-- Name: sync_runs; Type: TABLE; Schema: cgs_release_0_2_0; Owner: -
--

CREATE TABLE cgs_release_0_2_0.sync_runs (
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
    CONSTRAINT sync_runs_status_check CHECK ((status = ANY (ARRAY['running'::text, 'succeeded'::text, 'failed'::text, 'incomplete'::text, 'held'::text, 'aborted'::text]))),
    CONSTRAINT sync_runs_trigger_check CHECK ((trigger = ANY (ARRAY['schedule'::text, 'once'::text])))
);


--
-- Name: latest_successful_sync_runs; Type: VIEW; Schema: cgs_release_0_2_0; Owner: -
--

CREATE VIEW cgs_release_0_2_0.latest_successful_sync_runs AS
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
    sync_runs.pid
   FROM cgs_release_0_2_0.sync_runs
  WHERE (sync_runs.status = 'succeeded'::text)
  ORDER BY sync_runs.account_name, sync_runs.started_at DESC;


--
-- Name: latest_sync_runs; Type: VIEW; Schema: cgs_release_0_2_0; Owner: -
--

CREATE VIEW cgs_release_0_2_0.latest_sync_runs AS
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
    sync_runs.pid
   FROM cgs_release_0_2_0.sync_runs
  ORDER BY sync_runs.account_name, sync_runs.started_at DESC;


--
-- Name: maintenance; Type: TABLE; Schema: cgs_release_0_2_0; Owner: -
--

CREATE TABLE cgs_release_0_2_0.maintenance (
    task text NOT NULL,
    last_run_at timestamp with time zone NOT NULL,
    changes_pruned_before timestamp with time zone
);


--
-- Name: schema_migrations; Type: TABLE; Schema: cgs_release_0_2_0; Owner: -
--

CREATE TABLE cgs_release_0_2_0.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Data for Name: chat_group_changes; Type: TABLE DATA; Schema: cgs_release_0_2_0; Owner: -
--

INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (1, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-001', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (2, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-002', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (3, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-003', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (4, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-004', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (5, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-005', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (6, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-006', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (7, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-007', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (8, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-009', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (9, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-011', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (10, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-012', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (11, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-013', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (12, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-014', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (13, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-015', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (14, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-016', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (15, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-017', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (16, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-018', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (17, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-019', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (18, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-020', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (19, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-021', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (20, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-022', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (21, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-023', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (22, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-024', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (23, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-025', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (24, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-008', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (25, '6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'cams-fx-1', '8613800000001', 'G1-010', 'added', NULL, '2026-12-05 15:10:25.889394+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (26, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-001', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (27, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-002', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (28, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-003', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (29, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-004', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (30, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-005', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (31, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-006', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (32, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-007', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (33, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-008', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (34, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-009', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (35, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-010', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (36, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-011', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (37, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-012', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (38, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-013', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (39, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-014', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (40, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-015', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (41, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-016', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (42, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-017', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (43, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-018', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (44, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-019', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (45, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-020', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (46, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-021', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (47, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-022', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (48, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-023', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (49, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-024', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (50, '287a2e37-5722-48bc-a4fc-d725129b62d0', 'cams-fx-2', '8613800000002', 'G2-025', 'added', NULL, '2026-12-05 15:10:25.914425+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (51, 'b730f43c-a924-467c-bc93-110a535151da', 'cams-fx-1', '8613800000001', 'G1-008', 'removed', NULL, '2026-12-05 15:10:26.421409+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (52, 'b730f43c-a924-467c-bc93-110a535151da', 'cams-fx-1', '8613800000001', 'G1-010', 'removed', NULL, '2026-12-05 15:10:26.421409+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (53, 'b730f43c-a924-467c-bc93-110a535151da', 'cams-fx-1', '8613800000001', 'G1-001', 'updated', '{"Subject": {"new": "Renamed 1.1", "old": "Group 1.1"}}', '2026-12-05 15:10:26.421409+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (54, 'b730f43c-a924-467c-bc93-110a535151da', 'cams-fx-1', '8613800000001', 'G1-003', 'updated', '{"GroupStatus": {"new": "SUSPENDED", "old": "ACTIVE"}}', '2026-12-05 15:10:26.421409+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (55, 'b730f43c-a924-467c-bc93-110a535151da', 'cams-fx-1', '8613800000001', 'G1-NEW', 'added', NULL, '2026-12-05 15:10:26.421409+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (56, 'c7ab8ca5-fdbf-4ca9-9981-e4f17333642d', 'cams-fx-2', '8613800000002', 'G2-006', 'updated', '{"TotalParticipantCount": {"new": 7, "old": 6}}', '2026-12-05 15:10:26.417401+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (57, 'c7ab8ca5-fdbf-4ca9-9981-e4f17333642d', 'cams-fx-2', '8613800000002', 'G2-012', 'updated', '{"TotalParticipantCount": {"new": 4, "old": 2}}', '2026-12-05 15:10:26.417401+00');
INSERT INTO cgs_release_0_2_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (58, 'c7ab8ca5-fdbf-4ca9-9981-e4f17333642d', 'cams-fx-2', '8613800000002', 'G2-018', 'updated', '{"TotalParticipantCount": {"new": 1, "old": 2}}', '2026-12-05 15:10:26.417401+00');


--
-- Data for Name: chat_groups; Type: TABLE DATA; Schema: cgs_release_0_2_0; Owner: -
--

INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-002', 'Group 1.2', 'd2', 'https://chat.whatsapp.com/G12', 'ACTIVE', 'https://img/1/2.jpg', '{"GroupId": "G1-002", "Subject": "Group 1.2", "InviteLink": "https://chat.whatsapp.com/G12", "Description": "d2", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/2.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-004', 'Group 1.4', 'd4', 'https://chat.whatsapp.com/G14', 'ACTIVE', 'https://img/1/4.jpg', '{"GroupId": "G1-004", "Subject": "Group 1.4", "InviteLink": "https://chat.whatsapp.com/G14", "Description": "d4", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/4.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-005', 'Group 1.5', NULL, 'https://chat.whatsapp.com/G15', 'ACTIVE', 'https://img/1/5.jpg', '{"GroupId": "G1-005", "Subject": "Group 1.5", "InviteLink": "https://chat.whatsapp.com/G15", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/5.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-006', 'Group 1.6', 'd6', 'https://chat.whatsapp.com/G16', 'ACTIVE', 'https://img/1/6.jpg', '{"GroupId": "G1-006", "Subject": "Group 1.6", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G16", "Description": "d6", "GmtModifier": 1767225600006, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/6.jpg", "TotalParticipantCount": 42}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-007', 'Group 1.7', 'd7', 'https://chat.whatsapp.com/G17', 'ACTIVE', 'https://img/1/7.jpg', '{"GroupId": "G1-007", "Subject": "Group 1.7", "InviteLink": "https://chat.whatsapp.com/G17", "Description": "d7", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/7.jpg", "TotalParticipantCount": "8"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-009', 'Group 1.9', 'd9', 'https://chat.whatsapp.com/G19', 'ACTIVE', 'https://img/1/9.jpg', '{"GroupId": "G1-009", "Subject": "Group 1.9", "GroupLink": "https://t.me/+19", "InviteLink": "https://chat.whatsapp.com/G19", "Description": "d9", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/9.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-011', 'Group 1.11', 'd11', 'https://chat.whatsapp.com/G111', 'ACTIVE', 'https://img/1/11.jpg', '{"GroupId": "G1-011", "Subject": "Group 1.11", "InviteLink": "https://chat.whatsapp.com/G111", "Description": "d11", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/11.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-012', 'Group 1.12', 'd12', 'https://chat.whatsapp.com/G112', 'ACTIVE', 'https://img/1/12.jpg', '{"GroupId": "G1-012", "Subject": "Group 1.12", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G112", "Description": "d12", "GmtModifier": 1767225600012, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/12.jpg", "TotalParticipantCount": 4}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-013', 'Group 1.13', 'd13', 'https://chat.whatsapp.com/G113', 'ACTIVE', 'https://img/1/13.jpg', '{"GroupId": "G1-013", "Subject": "Group 1.13", "InviteLink": "https://chat.whatsapp.com/G113", "Description": "d13", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/13.jpg", "TotalParticipantCount": "5"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-014', 'Group 1.14', 'd14', 'https://chat.whatsapp.com/G114', 'ACTIVE', 'https://img/1/14.jpg', '{"GroupId": "G1-014", "Subject": "Group 1.14", "InviteLink": "https://chat.whatsapp.com/G114", "Description": "d14", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/14.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-015', 'Group 1.15', NULL, 'https://chat.whatsapp.com/G115', 'ACTIVE', 'https://img/1/15.jpg', '{"GroupId": "G1-015", "Subject": "Group 1.15", "GroupLink": "https://t.me/+115", "InviteLink": "https://chat.whatsapp.com/G115", "Description": null, "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/15.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-016', 'Group 1.16', 'd16', 'https://chat.whatsapp.com/G116', 'ACTIVE', 'https://img/1/16.jpg', '{"GroupId": "G1-016", "Subject": "Group 1.16", "InviteLink": "https://chat.whatsapp.com/G116", "Description": "d16", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/16.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-017', 'Group 1.17', 'd17', 'https://chat.whatsapp.com/G117', 'ACTIVE', 'https://img/1/17.jpg', '{"GroupId": "G1-017", "Subject": "Group 1.17", "InviteLink": "https://chat.whatsapp.com/G117", "Description": "d17", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/17.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-018', 'Group 1.18', 'd18', 'https://chat.whatsapp.com/G118', 'ACTIVE', 'https://img/1/18.jpg', '{"GroupId": "G1-018", "Subject": "Group 1.18", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G118", "Description": "d18", "GmtModifier": 1767225600018, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/18.jpg", "TotalParticipantCount": 1}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-019', 'Group 1.19', 'd19', 'https://chat.whatsapp.com/G119', 'ACTIVE', 'https://img/1/19.jpg', '{"GroupId": "G1-019", "Subject": "Group 1.19", "InviteLink": "https://chat.whatsapp.com/G119", "Description": "d19", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/19.jpg", "TotalParticipantCount": "2"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-020', 'Group 1.20', NULL, 'https://chat.whatsapp.com/G120', 'ACTIVE', 'https://img/1/20.jpg', '{"GroupId": "G1-020", "Subject": "Group 1.20", "InviteLink": "https://chat.whatsapp.com/G120", "Description": null, "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/20.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-021', 'Group 1.21', 'd21', 'https://chat.whatsapp.com/G121', 'ACTIVE', 'https://img/1/21.jpg', '{"GroupId": "G1-021", "Subject": "Group 1.21", "GroupLink": "https://t.me/+121", "InviteLink": "https://chat.whatsapp.com/G121", "Description": "d21", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/21.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-022', 'Group 1.22', 'd22', 'https://chat.whatsapp.com/G122', 'ACTIVE', 'https://img/1/22.jpg', '{"GroupId": "G1-022", "Subject": "Group 1.22", "InviteLink": "https://chat.whatsapp.com/G122", "Description": "d22", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/22.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-023', 'Group 1.23', 'd23', 'https://chat.whatsapp.com/G123', 'ACTIVE', 'https://img/1/23.jpg', '{"GroupId": "G1-023", "Subject": "Group 1.23", "InviteLink": "https://chat.whatsapp.com/G123", "Description": "d23", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/23.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-024', 'Group 1.24', 'd24', 'https://chat.whatsapp.com/G124', 'ACTIVE', 'https://img/1/24.jpg', '{"GroupId": "G1-024", "Subject": "Group 1.24", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G124", "Description": "d24", "GmtModifier": 1767225600024, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/24.jpg", "TotalParticipantCount": 7}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-025', 'Group 1.25', NULL, 'https://chat.whatsapp.com/G125', 'ACTIVE', 'https://img/1/25.jpg', '{"GroupId": "G1-025", "Subject": "Group 1.25", "InviteLink": "https://chat.whatsapp.com/G125", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/25.jpg", "TotalParticipantCount": "8"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:25.889394+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-001', 'Group 2.1', 'd1', 'https://chat.whatsapp.com/G21', 'ACTIVE', 'https://img/2/1.jpg', '{"GroupId": "G2-001", "Subject": "Group 2.1", "InviteLink": "https://chat.whatsapp.com/G21", "Description": "d1", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/1.jpg", "TotalParticipantCount": "2"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-002', 'Group 2.2', 'd2', 'https://chat.whatsapp.com/G22', 'ACTIVE', 'https://img/2/2.jpg', '{"GroupId": "G2-002", "Subject": "Group 2.2", "InviteLink": "https://chat.whatsapp.com/G22", "Description": "d2", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/2.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-003', 'Group 2.3', 'd3', 'https://chat.whatsapp.com/G23', 'ACTIVE', 'https://img/2/3.jpg', '{"GroupId": "G2-003", "Subject": "Group 2.3", "GroupLink": "https://t.me/+23", "InviteLink": "https://chat.whatsapp.com/G23", "Description": "d3", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/3.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-004', 'Group 2.4', 'd4', 'https://chat.whatsapp.com/G24', 'ACTIVE', 'https://img/2/4.jpg', '{"GroupId": "G2-004", "Subject": "Group 2.4", "InviteLink": "https://chat.whatsapp.com/G24", "Description": "d4", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/4.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-005', 'Group 2.5', NULL, 'https://chat.whatsapp.com/G25', 'ACTIVE', 'https://img/2/5.jpg', '{"GroupId": "G2-005", "Subject": "Group 2.5", "InviteLink": "https://chat.whatsapp.com/G25", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/5.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-007', 'Group 2.7', 'd7', 'https://chat.whatsapp.com/G27', 'ACTIVE', 'https://img/2/7.jpg', '{"GroupId": "G2-007", "Subject": "Group 2.7", "InviteLink": "https://chat.whatsapp.com/G27", "Description": "d7", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/7.jpg", "TotalParticipantCount": "8"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-008', 'Group 2.8', 'd8', 'https://chat.whatsapp.com/G28', 'ACTIVE', 'https://img/2/8.jpg', '{"GroupId": "G2-008", "Subject": "Group 2.8", "InviteLink": "https://chat.whatsapp.com/G28", "Description": "d8", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/8.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-009', 'Group 2.9', 'd9', 'https://chat.whatsapp.com/G29', 'ACTIVE', 'https://img/2/9.jpg', '{"GroupId": "G2-009", "Subject": "Group 2.9", "GroupLink": "https://t.me/+29", "InviteLink": "https://chat.whatsapp.com/G29", "Description": "d9", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/9.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-010', 'Group 2.10', NULL, 'https://chat.whatsapp.com/G210', 'ACTIVE', 'https://img/2/10.jpg', '{"GroupId": "G2-010", "Subject": "Group 2.10", "InviteLink": "https://chat.whatsapp.com/G210", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/10.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-011', 'Group 2.11', 'd11', 'https://chat.whatsapp.com/G211', 'ACTIVE', 'https://img/2/11.jpg', '{"GroupId": "G2-011", "Subject": "Group 2.11", "InviteLink": "https://chat.whatsapp.com/G211", "Description": "d11", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/11.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-013', 'Group 2.13', 'd13', 'https://chat.whatsapp.com/G213', 'ACTIVE', 'https://img/2/13.jpg', '{"GroupId": "G2-013", "Subject": "Group 2.13", "InviteLink": "https://chat.whatsapp.com/G213", "Description": "d13", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/13.jpg", "TotalParticipantCount": "5"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-014', 'Group 2.14', 'd14', 'https://chat.whatsapp.com/G214', 'ACTIVE', 'https://img/2/14.jpg', '{"GroupId": "G2-014", "Subject": "Group 2.14", "InviteLink": "https://chat.whatsapp.com/G214", "Description": "d14", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/14.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-015', 'Group 2.15', NULL, 'https://chat.whatsapp.com/G215', 'ACTIVE', 'https://img/2/15.jpg', '{"GroupId": "G2-015", "Subject": "Group 2.15", "GroupLink": "https://t.me/+215", "InviteLink": "https://chat.whatsapp.com/G215", "Description": null, "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/15.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-016', 'Group 2.16', 'd16', 'https://chat.whatsapp.com/G216', 'ACTIVE', 'https://img/2/16.jpg', '{"GroupId": "G2-016", "Subject": "Group 2.16", "InviteLink": "https://chat.whatsapp.com/G216", "Description": "d16", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/16.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-017', 'Group 2.17', 'd17', 'https://chat.whatsapp.com/G217', 'ACTIVE', 'https://img/2/17.jpg', '{"GroupId": "G2-017", "Subject": "Group 2.17", "InviteLink": "https://chat.whatsapp.com/G217", "Description": "d17", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/17.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-019', 'Group 2.19', 'd19', 'https://chat.whatsapp.com/G219', 'ACTIVE', 'https://img/2/19.jpg', '{"GroupId": "G2-019", "Subject": "Group 2.19", "InviteLink": "https://chat.whatsapp.com/G219", "Description": "d19", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/19.jpg", "TotalParticipantCount": "2"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-020', 'Group 2.20', NULL, 'https://chat.whatsapp.com/G220', 'ACTIVE', 'https://img/2/20.jpg', '{"GroupId": "G2-020", "Subject": "Group 2.20", "InviteLink": "https://chat.whatsapp.com/G220", "Description": null, "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/20.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-021', 'Group 2.21', 'd21', 'https://chat.whatsapp.com/G221', 'ACTIVE', 'https://img/2/21.jpg', '{"GroupId": "G2-021", "Subject": "Group 2.21", "GroupLink": "https://t.me/+221", "InviteLink": "https://chat.whatsapp.com/G221", "Description": "d21", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/21.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-022', 'Group 2.22', 'd22', 'https://chat.whatsapp.com/G222', 'ACTIVE', 'https://img/2/22.jpg', '{"GroupId": "G2-022", "Subject": "Group 2.22", "InviteLink": "https://chat.whatsapp.com/G222", "Description": "d22", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/22.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-023', 'Group 2.23', 'd23', 'https://chat.whatsapp.com/G223', 'ACTIVE', 'https://img/2/23.jpg', '{"GroupId": "G2-023", "Subject": "Group 2.23", "InviteLink": "https://chat.whatsapp.com/G223", "Description": "d23", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/23.jpg"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-024', 'Group 2.24', 'd24', 'https://chat.whatsapp.com/G224', 'ACTIVE', 'https://img/2/24.jpg', '{"GroupId": "G2-024", "Subject": "Group 2.24", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G224", "Description": "d24", "GmtModifier": 1767225600024, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/24.jpg", "TotalParticipantCount": 7}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-025', 'Group 2.25', NULL, 'https://chat.whatsapp.com/G225', 'ACTIVE', 'https://img/2/25.jpg', '{"GroupId": "G2-025", "Subject": "Group 2.25", "InviteLink": "https://chat.whatsapp.com/G225", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/25.jpg", "TotalParticipantCount": "8"}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:25.914425+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-008', 'Group 1.8', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-008", "Subject": "Group 1.8", "GroupStatus": "ACTIVE"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:26.421409+00', '2026-12-05 15:10:26.421409+00', DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-010', 'Group 1.10', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-010", "Subject": "Group 1.10", "GroupStatus": "ACTIVE"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:26.421409+00', '2026-12-05 15:10:26.421409+00', DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-001', 'Renamed 1.1', 'd1', 'https://chat.whatsapp.com/G11', 'ACTIVE', 'https://img/1/1.jpg', '{"GroupId": "G1-001", "Subject": "Renamed 1.1", "InviteLink": "https://chat.whatsapp.com/G11", "Description": "d1", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/1.jpg", "TotalParticipantCount": "2"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:26.421409+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-003', 'Group 1.3', 'd3', 'https://chat.whatsapp.com/G13', 'SUSPENDED', 'https://img/1/3.jpg', '{"GroupId": "G1-003", "Subject": "Group 1.3", "GroupLink": "https://t.me/+13", "InviteLink": "https://chat.whatsapp.com/G13", "Description": "d3", "GroupStatus": "SUSPENDED", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/3.jpg"}', 'fx-one', '2026-12-05 15:10:25.889394+00', '2026-12-05 15:10:26.421409+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-NEW', 'New', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-NEW", "Subject": "New", "GroupStatus": "ACTIVE", "TotalParticipantCount": 3}', 'fx-one', '2026-12-05 15:10:26.421409+00', '2026-12-05 15:10:26.421409+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-006', 'Group 2.6', 'd6', 'https://chat.whatsapp.com/G26', 'ACTIVE', 'https://img/2/6.jpg', '{"GroupId": "G2-006", "Subject": "Group 2.6", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G26", "Description": "d6", "GmtModifier": 1767225600006, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/6.jpg", "TotalParticipantCount": 7}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:26.417401+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-012', 'Group 2.12', 'd12', 'https://chat.whatsapp.com/G212', 'ACTIVE', 'https://img/2/12.jpg', '{"GroupId": "G2-012", "Subject": "Group 2.12", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G212", "Description": "d12", "GmtModifier": 1767225600012, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/12.jpg", "TotalParticipantCount": 4}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:26.417401+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO cgs_release_0_2_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-018', 'Group 2.18', 'd18', 'https://chat.whatsapp.com/G218', 'ACTIVE', 'https://img/2/18.jpg', '{"GroupId": "G2-018", "Subject": "Group 2.18", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G218", "Description": "d18", "GmtModifier": 1767225600018, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/18.jpg", "TotalParticipantCount": 1}', 'fx-two', '2026-12-05 15:10:25.914425+00', '2026-12-05 15:10:26.417401+00', NULL, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);


--
-- Data for Name: maintenance; Type: TABLE DATA; Schema: cgs_release_0_2_0; Owner: -
--



--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: cgs_release_0_2_0; Owner: -
--

INSERT INTO cgs_release_0_2_0.schema_migrations VALUES (1, '0001_init.sql', '9f4ff82f6d5179ec88c111da3f15f8f707b7b0d8fadba1c33e36246cd164a37c', '2026-12-05 15:10:25.612396+00');
INSERT INTO cgs_release_0_2_0.schema_migrations VALUES (2, '0002_schema2.sql', 'abf5eb869ffefbb607d08c59847696a725ecfe3a02ca075a64613afed29a757c', '2026-12-05 15:10:25.655118+00');


--
-- Data for Name: sync_runs; Type: TABLE DATA; Schema: cgs_release_0_2_0; Owner: -
--

INSERT INTO cgs_release_0_2_0.sync_runs VALUES ('6a446e75-3dfb-4ff7-8859-52644ee19ed4', 'fx-one', 'cams-fx-1', '8613800000001', 'once', '2026-12-05 15:10:25.855346+00', '2026-12-05 15:10:25.901489+00', 'succeeded', 1, 25, 25, 0, 0, 0, 0, '{DE81D6B9-C499-4FA8-B59C-A1F1AD812E39}', NULL, NULL, 'vm', 10614);
INSERT INTO cgs_release_0_2_0.sync_runs VALUES ('287a2e37-5722-48bc-a4fc-d725129b62d0', 'fx-two', 'cams-fx-2', '8613800000002', 'once', '2026-12-05 15:10:25.88041+00', '2026-12-05 15:10:25.921325+00', 'succeeded', 1, 25, 25, 0, 0, 0, 0, '{127C1B1B-1D1F-4C97-89D6-39DFBC36FB6C}', NULL, NULL, 'vm', 10614);
INSERT INTO cgs_release_0_2_0.sync_runs VALUES ('b730f43c-a924-467c-bc93-110a535151da', 'fx-one', 'cams-fx-1', '8613800000001', 'once', '2026-12-05 15:10:26.404469+00', '2026-12-05 15:10:26.428715+00', 'succeeded', 1, 24, 1, 2, 2, 0, 21, '{88FF3E42-E00B-469B-9F14-7726DE9B3FA2}', NULL, NULL, 'vm', 10632);
INSERT INTO cgs_release_0_2_0.sync_runs VALUES ('c7ab8ca5-fdbf-4ca9-9981-e4f17333642d', 'fx-two', 'cams-fx-2', '8613800000002', 'once', '2026-12-05 15:10:26.38245+00', '2026-12-05 15:10:26.436126+00', 'succeeded', 1, 25, 0, 3, 0, 0, 22, '{4F5FE324-EAF2-4EE8-928F-0BF4DD390E40}', NULL, NULL, 'vm', 10632);


--
-- Name: chat_group_changes_change_id_seq; Type: SEQUENCE SET; Schema: cgs_release_0_2_0; Owner: -
--

SELECT pg_catalog.setval('cgs_release_0_2_0.chat_group_changes_change_id_seq', 58, true);


--
-- Name: chat_group_changes chat_group_changes_pkey; Type: CONSTRAINT; Schema: cgs_release_0_2_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_2_0.chat_group_changes
    ADD CONSTRAINT chat_group_changes_pkey PRIMARY KEY (change_id);


--
-- Name: chat_groups chat_groups_pkey; Type: CONSTRAINT; Schema: cgs_release_0_2_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_2_0.chat_groups
    ADD CONSTRAINT chat_groups_pkey PRIMARY KEY (cust_space_id, business_number, group_id);


--
-- Name: maintenance maintenance_pkey; Type: CONSTRAINT; Schema: cgs_release_0_2_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_2_0.maintenance
    ADD CONSTRAINT maintenance_pkey PRIMARY KEY (task);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: cgs_release_0_2_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_2_0.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sync_runs sync_runs_pkey; Type: CONSTRAINT; Schema: cgs_release_0_2_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_2_0.sync_runs
    ADD CONSTRAINT sync_runs_pkey PRIMARY KEY (run_id);


--
-- Name: chat_group_changes_changed_at_idx; Type: INDEX; Schema: cgs_release_0_2_0; Owner: -
--

CREATE INDEX chat_group_changes_changed_at_idx ON cgs_release_0_2_0.chat_group_changes USING btree (changed_at);


--
-- Name: chat_group_changes_group_idx; Type: INDEX; Schema: cgs_release_0_2_0; Owner: -
--

CREATE INDEX chat_group_changes_group_idx ON cgs_release_0_2_0.chat_group_changes USING btree (cust_space_id, business_number, group_id, change_id);


--
-- Name: sync_runs_account_started_idx; Type: INDEX; Schema: cgs_release_0_2_0; Owner: -
--

CREATE INDEX sync_runs_account_started_idx ON cgs_release_0_2_0.sync_runs USING btree (account_name, started_at DESC);


--
-- Name: sync_runs_running_idx; Type: INDEX; Schema: cgs_release_0_2_0; Owner: -
--

CREATE INDEX sync_runs_running_idx ON cgs_release_0_2_0.sync_runs USING btree (account_name) WHERE (status = 'running'::text);


--
-- PostgreSQL database dump complete
--


