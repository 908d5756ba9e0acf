-- A mirror made by cams-groupsync 0.1.0 (commit ca5ad1b, schema version 1): two --once runs of
-- tests/data/release-sim.json's accounts (the second after renames, a count change, two
-- removals and an addition). tests/e2e/upgrade_e2e_test.cpp upgrades it with this release.
-- Made with: pg_dump --inserts --no-owner --no-privileges --schema=cgs_release_0_1_0
--
-- PostgreSQL database dump
--



SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: cgs_release_0_1_0; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA cgs_release_0_1_0;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: chat_group_changes; Type: TABLE; Schema: cgs_release_0_1_0; Owner: -
--

CREATE TABLE cgs_release_0_1_0.chat_group_changes (
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
-- Name: TABLE chat_group_changes; Type: COMMENT; Schema: cgs_release_0_1_0; Owner: -
--

COMMENT ON TABLE cgs_release_0_1_0.chat_group_changes IS 'History: added, updated (field-level diff), removed and restored groups, per run';


--
-- Name: chat_group_changes_change_id_seq; Type: SEQUENCE; Schema: cgs_release_0_1_0; Owner: -
--

ALTER TABLE cgs_release_0_1_0.chat_group_changes ALTER COLUMN change_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME cgs_release_0_1_0.chat_group_changes_change_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: chat_groups; Type: TABLE; Schema: cgs_release_0_1_0; Owner: -
--

CREATE TABLE cgs_release_0_1_0.chat_groups (
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
    removed_at timestamp with time zone
);


--
-- Name: TABLE chat_groups; Type: COMMENT; Schema: cgs_release_0_1_0; Owner: -
--

COMMENT ON TABLE cgs_release_0_1_0.chat_groups IS 'CAMS chat groups, one row per group ever listed; removed_at is set when a complete listing no longer has it';


--
-- Name: chat_group_history; Type: VIEW; Schema: cgs_release_0_1_0; Owner: -
--

CREATE VIEW cgs_release_0_1_0.chat_group_history AS
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
   FROM (cgs_release_0_1_0.chat_group_changes c
     LEFT JOIN cgs_release_0_1_0.chat_groups g USING (cust_space_id, business_number, group_id))
  ORDER BY c.change_id DESC;


--
-- Name: current_chat_groups; Type: VIEW; Schema: cgs_release_0_1_0; Owner: -
--

CREATE VIEW cgs_release_0_1_0.current_chat_groups AS
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
    chat_groups.last_changed_at
   FROM cgs_release_0_1_0.chat_groups
  WHERE (chat_groups.removed_at IS NULL);


--
-- Name: sync_runs; Type: TABLE; Schema: cgs_release_0_1_0; Owner: -
--

CREATE TABLE cgs_release_0_1_0.sync_runs (
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
-- Name: latest_successful_sync_runs; Type: VIEW; Schema: cgs_release_0_1_0; Owner: -
--

CREATE VIEW cgs_release_0_1_0.latest_successful_sync_runs AS
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
   FROM cgs_release_0_1_0.sync_runs
  WHERE (sync_runs.status = 'succeeded'::text)
  ORDER BY sync_runs.account_name, sync_runs.started_at DESC;


--
-- Name: latest_sync_runs; Type: VIEW; Schema: cgs_release_0_1_0; Owner: -
--

CREATE VIEW cgs_release_0_1_0.latest_sync_runs AS
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
   FROM cgs_release_0_1_0.sync_runs
  ORDER BY sync_runs.account_name, sync_runs.started_at DESC;


--
-- Name: maintenance; Type: TABLE; Schema: cgs_release_0_1_0; Owner: -
--

CREATE TABLE cgs_release_0_1_0.maintenance (
    task text NOT NULL,
    last_run_at timestamp with time zone NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: cgs_release_0_1_0; Owner: -
--

CREATE TABLE cgs_release_0_1_0.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Data for Name: chat_group_changes; Type: TABLE DATA; Schema: cgs_release_0_1_0; Owner: -
--

INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (1, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-001', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (2, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-002', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (3, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-003', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (4, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-004', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (5, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-005', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (6, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-006', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (7, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-007', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (8, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-008', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (9, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-009', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (10, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-010', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (11, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-011', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (12, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-012', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (13, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-013', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (14, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-014', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (15, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-015', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (16, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-016', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (17, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-017', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (18, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-018', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (19, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-019', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (20, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-020', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (21, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-021', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (22, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-022', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (23, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-023', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (24, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-024', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (25, '34673d79-3ef2-498f-90ea-c5e591768db7', 'cams-fx-2', '8613800000002', 'G2-025', 'added', NULL, '2026-11-26 11:07:47.189666+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (26, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-001', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (27, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-002', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (28, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-003', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (29, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-004', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (30, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-005', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (31, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-006', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (32, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-007', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (33, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-008', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (34, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-009', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (35, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-010', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (36, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-011', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (37, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-012', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (38, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-013', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (39, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-014', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (40, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-015', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (41, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-016', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (42, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-017', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (43, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-018', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (44, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-019', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (45, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-020', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (46, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-021', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (47, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-022', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (48, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-023', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (49, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-024', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (50, '7d39290e-d402-410d-81de-c30db6c2174b', 'cams-fx-1', '8613800000001', 'G1-025', 'added', NULL, '2026-11-26 11:07:47.490401+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (51, 'c4c617bf-da13-4dc3-95fc-cbf37021cdfd', 'cams-fx-1', '8613800000001', 'G1-008', 'removed', NULL, '2026-11-26 11:07:47.89662+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (52, 'c4c617bf-da13-4dc3-95fc-cbf37021cdfd', 'cams-fx-1', '8613800000001', 'G1-010', 'removed', NULL, '2026-11-26 11:07:47.89662+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (53, 'c4c617bf-da13-4dc3-95fc-cbf37021cdfd', 'cams-fx-1', '8613800000001', 'G1-001', 'updated', '{"Subject": {"new": "Renamed 1.1", "old": "Group 1.1"}}', '2026-11-26 11:07:47.89662+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (54, 'c4c617bf-da13-4dc3-95fc-cbf37021cdfd', 'cams-fx-1', '8613800000001', 'G1-003', 'updated', '{"GroupStatus": {"new": "SUSPENDED", "old": "ACTIVE"}}', '2026-11-26 11:07:47.89662+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (55, 'c4c617bf-da13-4dc3-95fc-cbf37021cdfd', 'cams-fx-1', '8613800000001', 'G1-006', 'updated', '{"TotalParticipantCount": {"new": 42, "old": 7}}', '2026-11-26 11:07:47.89662+00');
INSERT INTO cgs_release_0_1_0.chat_group_changes OVERRIDING SYSTEM VALUE VALUES (56, 'c4c617bf-da13-4dc3-95fc-cbf37021cdfd', 'cams-fx-1', '8613800000001', 'G1-NEW', 'added', NULL, '2026-11-26 11:07:47.89662+00');


--
-- Data for Name: chat_groups; Type: TABLE DATA; Schema: cgs_release_0_1_0; Owner: -
--

INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-001', 'Group 2.1', 'd1', 'https://chat.whatsapp.com/G21', 'ACTIVE', 'https://img/2/1.jpg', '{"GroupId": "G2-001", "Subject": "Group 2.1", "InviteLink": "https://chat.whatsapp.com/G21", "Description": "d1", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/1.jpg", "TotalParticipantCount": "2"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-002', 'Group 2.2', 'd2', 'https://chat.whatsapp.com/G22', 'ACTIVE', 'https://img/2/2.jpg', '{"GroupId": "G2-002", "Subject": "Group 2.2", "InviteLink": "https://chat.whatsapp.com/G22", "Description": "d2", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/2.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-003', 'Group 2.3', 'd3', 'https://chat.whatsapp.com/G23', 'ACTIVE', 'https://img/2/3.jpg', '{"GroupId": "G2-003", "Subject": "Group 2.3", "GroupLink": "https://t.me/+23", "InviteLink": "https://chat.whatsapp.com/G23", "Description": "d3", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/3.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-004', 'Group 2.4', 'd4', 'https://chat.whatsapp.com/G24', 'ACTIVE', 'https://img/2/4.jpg', '{"GroupId": "G2-004", "Subject": "Group 2.4", "InviteLink": "https://chat.whatsapp.com/G24", "Description": "d4", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/4.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-005', 'Group 2.5', NULL, 'https://chat.whatsapp.com/G25', 'ACTIVE', 'https://img/2/5.jpg', '{"GroupId": "G2-005", "Subject": "Group 2.5", "InviteLink": "https://chat.whatsapp.com/G25", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/5.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-006', 'Group 2.6', 'd6', 'https://chat.whatsapp.com/G26', 'ACTIVE', 'https://img/2/6.jpg', '{"GroupId": "G2-006", "Subject": "Group 2.6", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G26", "Description": "d6", "GmtModifier": 1767225600006, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/6.jpg", "TotalParticipantCount": 7}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-007', 'Group 2.7', 'd7', 'https://chat.whatsapp.com/G27', 'ACTIVE', 'https://img/2/7.jpg', '{"GroupId": "G2-007", "Subject": "Group 2.7", "InviteLink": "https://chat.whatsapp.com/G27", "Description": "d7", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/7.jpg", "TotalParticipantCount": "8"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-008', 'Group 2.8', 'd8', 'https://chat.whatsapp.com/G28', 'ACTIVE', 'https://img/2/8.jpg', '{"GroupId": "G2-008", "Subject": "Group 2.8", "InviteLink": "https://chat.whatsapp.com/G28", "Description": "d8", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/8.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-009', 'Group 2.9', 'd9', 'https://chat.whatsapp.com/G29', 'ACTIVE', 'https://img/2/9.jpg', '{"GroupId": "G2-009", "Subject": "Group 2.9", "GroupLink": "https://t.me/+29", "InviteLink": "https://chat.whatsapp.com/G29", "Description": "d9", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/9.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-010', 'Group 2.10', NULL, 'https://chat.whatsapp.com/G210', 'ACTIVE', 'https://img/2/10.jpg', '{"GroupId": "G2-010", "Subject": "Group 2.10", "InviteLink": "https://chat.whatsapp.com/G210", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/10.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-011', 'Group 2.11', 'd11', 'https://chat.whatsapp.com/G211', 'ACTIVE', 'https://img/2/11.jpg', '{"GroupId": "G2-011", "Subject": "Group 2.11", "InviteLink": "https://chat.whatsapp.com/G211", "Description": "d11", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/11.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-012', 'Group 2.12', 'd12', 'https://chat.whatsapp.com/G212', 'ACTIVE', 'https://img/2/12.jpg', '{"GroupId": "G2-012", "Subject": "Group 2.12", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G212", "Description": "d12", "GmtModifier": 1767225600012, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/12.jpg", "TotalParticipantCount": 4}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-013', 'Group 2.13', 'd13', 'https://chat.whatsapp.com/G213', 'ACTIVE', 'https://img/2/13.jpg', '{"GroupId": "G2-013", "Subject": "Group 2.13", "InviteLink": "https://chat.whatsapp.com/G213", "Description": "d13", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/13.jpg", "TotalParticipantCount": "5"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-014', 'Group 2.14', 'd14', 'https://chat.whatsapp.com/G214', 'ACTIVE', 'https://img/2/14.jpg', '{"GroupId": "G2-014", "Subject": "Group 2.14", "InviteLink": "https://chat.whatsapp.com/G214", "Description": "d14", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/14.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-015', 'Group 2.15', NULL, 'https://chat.whatsapp.com/G215', 'ACTIVE', 'https://img/2/15.jpg', '{"GroupId": "G2-015", "Subject": "Group 2.15", "GroupLink": "https://t.me/+215", "InviteLink": "https://chat.whatsapp.com/G215", "Description": null, "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/15.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-016', 'Group 2.16', 'd16', 'https://chat.whatsapp.com/G216', 'ACTIVE', 'https://img/2/16.jpg', '{"GroupId": "G2-016", "Subject": "Group 2.16", "InviteLink": "https://chat.whatsapp.com/G216", "Description": "d16", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/16.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-017', 'Group 2.17', 'd17', 'https://chat.whatsapp.com/G217', 'ACTIVE', 'https://img/2/17.jpg', '{"GroupId": "G2-017", "Subject": "Group 2.17", "InviteLink": "https://chat.whatsapp.com/G217", "Description": "d17", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/17.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-018', 'Group 2.18', 'd18', 'https://chat.whatsapp.com/G218', 'ACTIVE', 'https://img/2/18.jpg', '{"GroupId": "G2-018", "Subject": "Group 2.18", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G218", "Description": "d18", "GmtModifier": 1767225600018, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/18.jpg", "TotalParticipantCount": 1}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-019', 'Group 2.19', 'd19', 'https://chat.whatsapp.com/G219', 'ACTIVE', 'https://img/2/19.jpg', '{"GroupId": "G2-019", "Subject": "Group 2.19", "InviteLink": "https://chat.whatsapp.com/G219", "Description": "d19", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/19.jpg", "TotalParticipantCount": "2"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-020', 'Group 2.20', NULL, 'https://chat.whatsapp.com/G220', 'ACTIVE', 'https://img/2/20.jpg', '{"GroupId": "G2-020", "Subject": "Group 2.20", "InviteLink": "https://chat.whatsapp.com/G220", "Description": null, "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/20.jpg", "TotalParticipantCount": 12.5}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-021', 'Group 2.21', 'd21', 'https://chat.whatsapp.com/G221', 'ACTIVE', 'https://img/2/21.jpg', '{"GroupId": "G2-021", "Subject": "Group 2.21", "GroupLink": "https://t.me/+221", "InviteLink": "https://chat.whatsapp.com/G221", "Description": "d21", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/21.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-022', 'Group 2.22', 'd22', 'https://chat.whatsapp.com/G222', 'ACTIVE', 'https://img/2/22.jpg', '{"GroupId": "G2-022", "Subject": "Group 2.22", "InviteLink": "https://chat.whatsapp.com/G222", "Description": "d22", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/22.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-023', 'Group 2.23', 'd23', 'https://chat.whatsapp.com/G223', 'ACTIVE', 'https://img/2/23.jpg', '{"GroupId": "G2-023", "Subject": "Group 2.23", "InviteLink": "https://chat.whatsapp.com/G223", "Description": "d23", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/23.jpg"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-024', 'Group 2.24', 'd24', 'https://chat.whatsapp.com/G224', 'ACTIVE', 'https://img/2/24.jpg', '{"GroupId": "G2-024", "Subject": "Group 2.24", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G224", "Description": "d24", "GmtModifier": 1767225600024, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/24.jpg", "TotalParticipantCount": 7}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-2', '8613800000002', 'G2-025', 'Group 2.25', NULL, 'https://chat.whatsapp.com/G225', 'ACTIVE', 'https://img/2/25.jpg', '{"GroupId": "G2-025", "Subject": "Group 2.25", "InviteLink": "https://chat.whatsapp.com/G225", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000002", "ProfilePictureFile": "https://img/2/25.jpg", "TotalParticipantCount": "8"}', 'fx-two', '2026-11-26 11:07:47.189666+00', '2026-11-26 11:07:47.189666+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-002', 'Group 1.2', 'd2', 'https://chat.whatsapp.com/G12', 'ACTIVE', 'https://img/1/2.jpg', '{"GroupId": "G1-002", "Subject": "Group 1.2", "InviteLink": "https://chat.whatsapp.com/G12", "Description": "d2", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/2.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-004', 'Group 1.4', 'd4', 'https://chat.whatsapp.com/G14', 'ACTIVE', 'https://img/1/4.jpg', '{"GroupId": "G1-004", "Subject": "Group 1.4", "InviteLink": "https://chat.whatsapp.com/G14", "Description": "d4", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/4.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-005', 'Group 1.5', NULL, 'https://chat.whatsapp.com/G15', 'ACTIVE', 'https://img/1/5.jpg', '{"GroupId": "G1-005", "Subject": "Group 1.5", "InviteLink": "https://chat.whatsapp.com/G15", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/5.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-007', 'Group 1.7', 'd7', 'https://chat.whatsapp.com/G17', 'ACTIVE', 'https://img/1/7.jpg', '{"GroupId": "G1-007", "Subject": "Group 1.7", "InviteLink": "https://chat.whatsapp.com/G17", "Description": "d7", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/7.jpg", "TotalParticipantCount": "8"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-009', 'Group 1.9', 'd9', 'https://chat.whatsapp.com/G19', 'ACTIVE', 'https://img/1/9.jpg', '{"GroupId": "G1-009", "Subject": "Group 1.9", "GroupLink": "https://t.me/+19", "InviteLink": "https://chat.whatsapp.com/G19", "Description": "d9", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/9.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-011', 'Group 1.11', 'd11', 'https://chat.whatsapp.com/G111', 'ACTIVE', 'https://img/1/11.jpg', '{"GroupId": "G1-011", "Subject": "Group 1.11", "InviteLink": "https://chat.whatsapp.com/G111", "Description": "d11", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/11.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-012', 'Group 1.12', 'd12', 'https://chat.whatsapp.com/G112', 'ACTIVE', 'https://img/1/12.jpg', '{"GroupId": "G1-012", "Subject": "Group 1.12", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G112", "Description": "d12", "GmtModifier": 1767225600012, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/12.jpg", "TotalParticipantCount": 4}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-013', 'Group 1.13', 'd13', 'https://chat.whatsapp.com/G113', 'ACTIVE', 'https://img/1/13.jpg', '{"GroupId": "G1-013", "Subject": "Group 1.13", "InviteLink": "https://chat.whatsapp.com/G113", "Description": "d13", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/13.jpg", "TotalParticipantCount": "5"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-014', 'Group 1.14', 'd14', 'https://chat.whatsapp.com/G114', 'ACTIVE', 'https://img/1/14.jpg', '{"GroupId": "G1-014", "Subject": "Group 1.14", "InviteLink": "https://chat.whatsapp.com/G114", "Description": "d14", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/14.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-015', 'Group 1.15', NULL, 'https://chat.whatsapp.com/G115', 'ACTIVE', 'https://img/1/15.jpg', '{"GroupId": "G1-015", "Subject": "Group 1.15", "GroupLink": "https://t.me/+115", "InviteLink": "https://chat.whatsapp.com/G115", "Description": null, "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/15.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-016', 'Group 1.16', 'd16', 'https://chat.whatsapp.com/G116', 'ACTIVE', 'https://img/1/16.jpg', '{"GroupId": "G1-016", "Subject": "Group 1.16", "InviteLink": "https://chat.whatsapp.com/G116", "Description": "d16", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/16.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-017', 'Group 1.17', 'd17', 'https://chat.whatsapp.com/G117', 'ACTIVE', 'https://img/1/17.jpg', '{"GroupId": "G1-017", "Subject": "Group 1.17", "InviteLink": "https://chat.whatsapp.com/G117", "Description": "d17", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/17.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-018', 'Group 1.18', 'd18', 'https://chat.whatsapp.com/G118', 'ACTIVE', 'https://img/1/18.jpg', '{"GroupId": "G1-018", "Subject": "Group 1.18", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G118", "Description": "d18", "GmtModifier": 1767225600018, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/18.jpg", "TotalParticipantCount": 1}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-019', 'Group 1.19', 'd19', 'https://chat.whatsapp.com/G119', 'ACTIVE', 'https://img/1/19.jpg', '{"GroupId": "G1-019", "Subject": "Group 1.19", "InviteLink": "https://chat.whatsapp.com/G119", "Description": "d19", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/19.jpg", "TotalParticipantCount": "2"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-020', 'Group 1.20', NULL, 'https://chat.whatsapp.com/G120', 'ACTIVE', 'https://img/1/20.jpg', '{"GroupId": "G1-020", "Subject": "Group 1.20", "InviteLink": "https://chat.whatsapp.com/G120", "Description": null, "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/20.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-021', 'Group 1.21', 'd21', 'https://chat.whatsapp.com/G121', 'ACTIVE', 'https://img/1/21.jpg', '{"GroupId": "G1-021", "Subject": "Group 1.21", "GroupLink": "https://t.me/+121", "InviteLink": "https://chat.whatsapp.com/G121", "Description": "d21", "GroupStatus": "ACTIVE", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/21.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-022', 'Group 1.22', 'd22', 'https://chat.whatsapp.com/G122', 'ACTIVE', 'https://img/1/22.jpg', '{"GroupId": "G1-022", "Subject": "Group 1.22", "InviteLink": "https://chat.whatsapp.com/G122", "Description": "d22", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/22.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-023', 'Group 1.23', 'd23', 'https://chat.whatsapp.com/G123', 'ACTIVE', 'https://img/1/23.jpg', '{"GroupId": "G1-023", "Subject": "Group 1.23", "InviteLink": "https://chat.whatsapp.com/G123", "Description": "d23", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/23.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-024', 'Group 1.24', 'd24', 'https://chat.whatsapp.com/G124', 'ACTIVE', 'https://img/1/24.jpg', '{"GroupId": "G1-024", "Subject": "Group 1.24", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G124", "Description": "d24", "GmtModifier": 1767225600024, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/24.jpg", "TotalParticipantCount": 7}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-025', 'Group 1.25', NULL, 'https://chat.whatsapp.com/G125', 'ACTIVE', 'https://img/1/25.jpg', '{"GroupId": "G1-025", "Subject": "Group 1.25", "InviteLink": "https://chat.whatsapp.com/G125", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/25.jpg", "TotalParticipantCount": "8"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.490401+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-008', 'Group 1.8', 'd8', 'https://chat.whatsapp.com/G18', 'ACTIVE', 'https://img/1/8.jpg', '{"GroupId": "G1-008", "Subject": "Group 1.8", "InviteLink": "https://chat.whatsapp.com/G18", "Description": "d8", "GmtModifier": "x", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/8.jpg", "TotalParticipantCount": 12.5}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.89662+00', '2026-11-26 11:07:47.89662+00');
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-010', 'Group 1.10', NULL, 'https://chat.whatsapp.com/G110', 'ACTIVE', 'https://img/1/10.jpg', '{"GroupId": "G1-010", "Subject": "Group 1.10", "InviteLink": "https://chat.whatsapp.com/G110", "Description": null, "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/10.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.89662+00', '2026-11-26 11:07:47.89662+00');
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-001', 'Renamed 1.1', 'd1', 'https://chat.whatsapp.com/G11', 'ACTIVE', 'https://img/1/1.jpg', '{"GroupId": "G1-001", "Subject": "Renamed 1.1", "InviteLink": "https://chat.whatsapp.com/G11", "Description": "d1", "GroupStatus": "ACTIVE", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/1.jpg", "TotalParticipantCount": "2"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.89662+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-003', 'Group 1.3', 'd3', 'https://chat.whatsapp.com/G13', 'SUSPENDED', 'https://img/1/3.jpg', '{"GroupId": "G1-003", "Subject": "Group 1.3", "GroupLink": "https://t.me/+13", "InviteLink": "https://chat.whatsapp.com/G13", "Description": "d3", "GroupStatus": "SUSPENDED", "BusinessRole": "MEMBER", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/3.jpg"}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.89662+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-006', 'Group 1.6', 'd6', 'https://chat.whatsapp.com/G16', 'ACTIVE', 'https://img/1/6.jpg', '{"GroupId": "G1-006", "Subject": "Group 1.6", "GroupType": "GROUP", "InviteLink": "https://chat.whatsapp.com/G16", "Description": "d6", "GmtModifier": 1767225600006, "GroupStatus": "ACTIVE", "BusinessRole": "ADMIN", "BusinessNumber": "8613800000001", "ProfilePictureFile": "https://img/1/6.jpg", "TotalParticipantCount": 42}', 'fx-one', '2026-11-26 11:07:47.490401+00', '2026-11-26 11:07:47.89662+00', NULL);
INSERT INTO cgs_release_0_1_0.chat_groups VALUES ('cams-fx-1', '8613800000001', 'G1-NEW', 'New', NULL, NULL, 'ACTIVE', NULL, '{"GroupId": "G1-NEW", "Subject": "New", "GroupStatus": "ACTIVE", "TotalParticipantCount": 3}', 'fx-one', '2026-11-26 11:07:47.89662+00', '2026-11-26 11:07:47.89662+00', NULL);


--
-- Data for Name: maintenance; Type: TABLE DATA; Schema: cgs_release_0_1_0; Owner: -
--



--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: cgs_release_0_1_0; Owner: -
--

INSERT INTO cgs_release_0_1_0.schema_migrations VALUES (1, '0001_init.sql', '9f4ff82f6d5179ec88c111da3f15f8f707b7b0d8fadba1c33e36246cd164a37c', '2026-11-26 11:07:46.949206+00');


--
-- Data for Name: sync_runs; Type: TABLE DATA; Schema: cgs_release_0_1_0; Owner: -
--

INSERT INTO cgs_release_0_1_0.sync_runs VALUES ('34673d79-3ef2-498f-90ea-c5e591768db7', 'fx-two', 'cams-fx-2', '8613800000002', 'once', '2026-11-26 11:07:46.98304+00', '2026-11-26 11:07:47.19324+00', 'succeeded', 3, 25, 25, 0, 0, 0, 0, '{890B13A6-CD97-40F8-8DE5-F31471C17DB3,9F4FD0D7-221B-42F9-83DE-4D7EA166F4EF,35D60916-6A6B-4F14-B5A2-76F8DE32A485}', NULL, NULL, 'vm', 4008);
INSERT INTO cgs_release_0_1_0.sync_runs VALUES ('7d39290e-d402-410d-81de-c30db6c2174b', 'fx-one', 'cams-fx-1', '8613800000001', 'once', '2026-11-26 11:07:46.982378+00', '2026-11-26 11:07:47.494002+00', 'succeeded', 3, 25, 25, 0, 0, 0, 0, '{6355F7AB-8F2A-475F-8829-E12072834961,78D971E7-01CB-4036-949A-A3B076DA4135,651F8D81-3E00-4615-A9AB-D41CCE8ECAB0}', NULL, NULL, 'vm', 4008);
INSERT INTO cgs_release_0_1_0.sync_runs VALUES ('c4c617bf-da13-4dc3-95fc-cbf37021cdfd', 'fx-one', 'cams-fx-1', '8613800000001', 'once', '2026-11-26 11:07:47.589611+00', '2026-11-26 11:07:47.900844+00', 'succeeded', 3, 24, 1, 3, 2, 0, 20, '{9CACD2F9-5D0F-45D9-B668-411E7412308B,C8352C83-B4C4-4D4B-B9CC-B54EBD7D3AEC,3F44135E-7832-46EE-98F3-74F8ADE8A5CB}', NULL, NULL, 'vm', 4024);
INSERT INTO cgs_release_0_1_0.sync_runs VALUES ('af21064f-13aa-4265-9aa2-6a059300285c', 'fx-two', 'cams-fx-2', '8613800000002', 'once', '2026-11-26 11:07:47.588688+00', '2026-11-26 11:07:48.099576+00', 'succeeded', 3, 25, 0, 0, 0, 0, 25, '{53CF58BD-A32D-4C4A-8276-D4F40EDE9D5C,4366B51E-1F76-4238-975A-76217F63E4B0,17B878EE-215B-4873-9FCD-A7D986CCD358}', NULL, NULL, 'vm', 4024);


--
-- Name: chat_group_changes_change_id_seq; Type: SEQUENCE SET; Schema: cgs_release_0_1_0; Owner: -
--

SELECT pg_catalog.setval('cgs_release_0_1_0.chat_group_changes_change_id_seq', 56, true);


--
-- Name: chat_group_changes chat_group_changes_pkey; Type: CONSTRAINT; Schema: cgs_release_0_1_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_1_0.chat_group_changes
    ADD CONSTRAINT chat_group_changes_pkey PRIMARY KEY (change_id);


--
-- Name: chat_groups chat_groups_pkey; Type: CONSTRAINT; Schema: cgs_release_0_1_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_1_0.chat_groups
    ADD CONSTRAINT chat_groups_pkey PRIMARY KEY (cust_space_id, business_number, group_id);


--
-- Name: maintenance maintenance_pkey; Type: CONSTRAINT; Schema: cgs_release_0_1_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_1_0.maintenance
    ADD CONSTRAINT maintenance_pkey PRIMARY KEY (task);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: cgs_release_0_1_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_1_0.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sync_runs sync_runs_pkey; Type: CONSTRAINT; Schema: cgs_release_0_1_0; Owner: -
--

ALTER TABLE ONLY cgs_release_0_1_0.sync_runs
    ADD CONSTRAINT sync_runs_pkey PRIMARY KEY (run_id);


--
-- Name: chat_group_changes_changed_at_idx; Type: INDEX; Schema: cgs_release_0_1_0; Owner: -
--

CREATE INDEX chat_group_changes_changed_at_idx ON cgs_release_0_1_0.chat_group_changes USING btree (changed_at);


--
-- Name: chat_group_changes_group_idx; Type: INDEX; Schema: cgs_release_0_1_0; Owner: -
--

CREATE INDEX chat_group_changes_group_idx ON cgs_release_0_1_0.chat_group_changes USING btree (cust_space_id, business_number, group_id, change_id);


--
-- Name: sync_runs_account_started_idx; Type: INDEX; Schema: cgs_release_0_1_0; Owner: -
--

CREATE INDEX sync_runs_account_started_idx ON cgs_release_0_1_0.sync_runs USING btree (account_name, started_at DESC);


--
-- Name: sync_runs_running_idx; Type: INDEX; Schema: cgs_release_0_1_0; Owner: -
--

CREATE INDEX sync_runs_running_idx ON cgs_release_0_1_0.sync_runs USING btree (account_name) WHERE (status = 'running'::text);


--
-- PostgreSQL database dump complete
--


