#!/usr/bin/env python3
"""The SQL interface at scale: fills a migrated mirror schema with GROUPS groups in 10 accounts
and their history straight in SQL (6 changes a group: added, then 5 renames spread over 50 days
and ending 8 days ago, plus a recent tail), then times the "as of" functions and the README's
one-liners with EXPLAIN ANALYZE (median of 3) and writes a Markdown report with their plans.
    bench/queries.py URL SCHEMA OUT.md [GROUPS]      (default GROUPS 1,000,000)
The schema must be migrated already (cams-groupsync --migrate); its tables are filled here.
"""
import json
import statistics
import subprocess
import sys
import time

url, schema, out = sys.argv[1], sys.argv[2], sys.argv[3]
groups = int(sys.argv[4]) if len(sys.argv) > 4 else 1_000_000
per_account = groups // 10


def psql(*commands):
    """Runs each command (-c) in order in one session; returns what they printed."""
    r = subprocess.run(["psql", url, "-qAtX", "-v", "ON_ERROR_STOP=1",
                        *sum((["-c", c] for c in commands), [])], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"psql failed: {r.stderr.strip()}\n{commands[-1][:300]}")
    return r.stdout


def in_schema(sql):
    return f'SET search_path TO "{schema}"; {sql}'


FILL = f"""
SET search_path TO "{schema}";
SET synchronous_commit = off;
INSERT INTO chat_groups (cust_space_id, business_number, group_id, subject, description,
                         group_status, raw, account_name, first_seen_at, last_changed_at)
SELECT cs, bn, gid, 'Group ' || i || ' v5', 'A group of account ' || a, 'ACTIVE',
       jsonb_build_object('GroupId', gid, 'Subject', 'Group ' || i || ' v5',
                          'Description', 'A group of account ' || a, 'GroupStatus', 'ACTIVE',
                          'TotalParticipantCount', i % 250, 'GmtModifier', 1700000000000 + i),
       format('a%s', lpad(a::text, 4, '0')), now() - interval '60 days',
       now() - interval '8 days'
FROM generate_series(1, 10) a,
     generate_series(1, {per_account}) i,
     LATERAL (SELECT format('cams-sim-%s', lpad(a::text, 4, '0')) AS cs,
                     format('86138%s', lpad(a::text, 8, '0')) AS bn,
                     format('G%s-%s', a, i) AS gid) k;
INSERT INTO chat_group_changes (run_id, cust_space_id, business_number, group_id, change_type,
                                changed_fields, changed_at)
SELECT gen_random_uuid(), cust_space_id, business_number, group_id, 'added', NULL,
       now() - interval '60 days'
FROM chat_groups;
INSERT INTO chat_group_changes (run_id, cust_space_id, business_number, group_id, change_type,
                                changed_fields, changed_at)
SELECT gen_random_uuid(), g.cust_space_id, g.business_number, g.group_id, 'updated',
       jsonb_build_object('Subject', jsonb_build_object(
           'old', split_part(g.subject, ' v', 1) || CASE WHEN v = 1 THEN '' ELSE ' v' || (v - 1) END,
           'new', split_part(g.subject, ' v', 1) || ' v' || v)),
       now() - interval '58 days' + (v - 1) * interval '10 days'
             + (hashtext(g.group_id) & 1023) * interval '1 minute'
FROM chat_groups g, generate_series(1, 5) v
ORDER BY v, g.cust_space_id, g.group_id;
-- A recent tail: a few renames this week and removals yesterday (the one-liners' small answers).
INSERT INTO chat_group_changes (run_id, cust_space_id, business_number, group_id, change_type,
                                changed_fields, changed_at)
SELECT gen_random_uuid(), cust_space_id, business_number, group_id,
       CASE WHEN n % 2 = 0 THEN 'updated' ELSE 'removed' END,
       CASE WHEN n % 2 = 0 THEN jsonb_build_object('Subject', jsonb_build_object('old', subject,
                                                    'new', subject || ' (renamed)')) END,
       now() - interval '20 hours'
FROM (SELECT *, row_number() OVER () AS n FROM chat_groups TABLESAMPLE SYSTEM (0.1)) s;
"""

# (name, SQL, target ms): the "as of" functions and every one-liner of README "The mirror (SQL)".
AT = "now() - interval '59 days'"  # after every add, before the 5 renames of each group
QUERIES = [
    ("chat_group_as_of: one group",
     f"SELECT * FROM chat_group_as_of('cams-sim-0001', '8613800000001', 'G1-4242', {AT})", 5),
    ("chat_groups_as_of(at) with the account filtered outside the function",
     f"SELECT * FROM chat_groups_as_of({AT}) WHERE account_name = 'a0001'", None),
    ("chat_groups_as_of: one account (100,000 groups, 500,000 changes after)",
     f"SELECT * FROM chat_groups_as_of({AT}, 'a0001')", 2000),
    ("groups renamed this week",
     "SELECT group_id, changed_fields->'Subject'->>'old' AS old, "
     "changed_fields->'Subject'->>'new' AS new, changed_at FROM chat_group_changes "
     "WHERE change_type IN ('updated', 'restored') AND changed_fields ? 'Subject' "
     "AND changed_at > now() - interval '7 days'", 100),
    ("groups that disappeared in the last day",
     "SELECT group_id, current_subject, changed_at FROM chat_group_history "
     "WHERE change_type = 'removed' AND changed_at > now() - interval '1 day'", 100),
    ("the members of a group",
     "SELECT participant_number, first_seen_at FROM current_chat_group_participants "
     "WHERE cust_space_id = 'cams-sim-0001' AND business_number = '8613800000001' "
     "AND group_id = 'G1-4242' ORDER BY first_seen_at", 100),
    ("accounts whose last run did not succeed",
     "SELECT account_name, status, error_code, error_message, "
     "request_ids[array_upper(request_ids, 1)] FROM latest_sync_runs WHERE status <> 'succeeded'",
     100),
    ("the largest groups of one account",
     "SELECT group_id, subject, total_participant_count FROM current_chat_groups "
     "WHERE cust_space_id = 'cams-sim-0001' AND business_number = '8613800000001' "
     "ORDER BY 3 DESC NULLS LAST LIMIT 10", 100),
    ("the largest groups of the whole mirror (answer: 10 rows, reads every group)",
     "SELECT group_id, subject, total_participant_count FROM current_chat_groups "
     "ORDER BY 3 DESC NULLS LAST LIMIT 10", None),
    ("active groups of one account",
     "SELECT count(*) FROM current_chat_groups WHERE cust_space_id = 'cams-sim-0001' "
     "AND business_number = '8613800000001' AND group_status = 'ACTIVE'", 100),
    ("active groups per account (answer: 10 rows, reads every group)",
     "SELECT account_name, count(*) FROM current_chat_groups WHERE group_status = 'ACTIVE' "
     "GROUP BY 1", None),
]


def timings(sql, runs=4):
    """Planning + execution ms of `runs` EXPLAIN ANALYZE runs in one session (an application's
    pooled connection): the first is the session's cold start, the others warm."""
    stmt = "EXPLAIN (ANALYZE, FORMAT JSON) " + sql
    text = psql(f'SET search_path TO "{schema}"', *[stmt] * runs)
    decoder, plans, at = json.JSONDecoder(), [], 0
    while at < len(text.rstrip()):  # one JSON document per EXPLAIN, one after the other
        plan, at = decoder.raw_decode(text, at)
        plans.append(plan[0])
        while at < len(text) and text[at].isspace():
            at += 1
    return [p["Execution Time"] + p.get("Planning Time", 0) for p in plans]


def plan_text(sql):
    return psql(in_schema("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + sql))


def main():
    t0 = time.time()
    if int(psql(in_schema("SELECT count(*) FROM chat_groups"))) == 0:  # a rerun keeps the data
        psql(FILL)
        for table in ("chat_groups", "chat_group_changes"):
            psql(f'VACUUM ANALYZE "{schema}".{table}')
    fill_s = time.time() - t0
    rows = int(psql(in_schema("SELECT count(*) FROM chat_group_changes")))
    lines = [f"# SQL interface at scale ({groups:,} groups in 10 accounts, {rows:,} history rows)",
             "", f"Filled in {fill_s:.0f} s. Times: planning + execution by EXPLAIN ANALYZE, the "
             "median of 3 in one session after its first (cold: a new session's first call, "
             "which also loads the catalog); `at` = 59 days ago (every group has its 5 renames after "
             "it).", "",
             "| query | median ms | cold ms | target ms | met |", "|---|---:|---:|---:|---|"]
    plans = []
    for name, sql, target in QUERIES:
        cold, *warm = timings(sql)
        ms = statistics.median(warm)
        met = "-" if target is None else ("yes" if ms <= target else "**no**")
        lines.append(f"| {name} | {ms:.1f} | {cold:.1f} | {target if target else '-'} | {met} |")
        plans += ["", f"### {name}", "", "```sql", sql, "```", "", "```", plan_text(sql).rstrip(),
                  "```"]
        print(f"{name}: {ms:.1f} ms (cold {cold:.1f})", flush=True)
    with open(out, "w") as f:
        f.write("\n".join(lines + ["", "## Plans"] + plans) + "\n")


main()
