#!/usr/bin/env bash
# The main job end to end on local defaults: installs the dependencies, builds, starts a throwaway
# PostgreSQL and the bundled CAMS simulator (3 generated accounts), syncs once, changes some groups
# and members in the simulator (rename, status change, delete, add; members join and leave),
# syncs again, then prints the mirrored groups and members, the change history and the changed
# groups as they were after the first sync with psql. Everything it started is stopped at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; else bold="" plain=""; fi
step() { printf '\n%s==> %s%s\n' "$bold" "$*" "$plain"; }

step "installing dependencies"
bash scripts/install-deps.sh
step "building (Release)"
source scripts/lib/release-workspace.sh
release_workspace demo

step "starting a throwaway PostgreSQL"
export CGS_DEMO_DATABASE_URL
CGS_DEMO_DATABASE_URL=$(bash scripts/local-pg.sh start "$work/pg")
echo "$CGS_DEMO_DATABASE_URL"

step "starting cams-sim with 3 generated accounts (groups with members)"
export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tCamsDemoKey ALIBABA_CLOUD_ACCESS_KEY_SECRET=cams-demo-secret-2026
"$sim" --listen 127.0.0.1:0 --port-file "$work/port" --generate accounts=3,groups=45,seed=7,participants=1 \
  --credential "$ALIBABA_CLOUD_ACCESS_KEY_ID:$ALIBABA_CLOUD_ACCESS_KEY_SECRET" >"$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.05; done
port=$(cat "$work/port")
admin="http://127.0.0.1:$port/__admin"
echo "cams-sim listening on 127.0.0.1:$port"
sed "s/127.0.0.1:18080/127.0.0.1:$port/" config/demo.yaml >"$work/config.yaml"
chmod 600 "$work/config.yaml"

step "cams-groupsync --check-config"
"$bin" --config "$work/config.yaml" --check-config

step "first sync: cams-groupsync --once"
"$bin" --config "$work/config.yaml" --once

step "changing groups and members in the simulator (rename, status change, delete, add; join, leave)"
first=$(curl -fsS "$admin/dataset" | python3 -c 'import json,sys; d=json.load(sys.stdin)["accounts"][0]; g=[x["GroupId"] for x in d["groups"][:4]]; print(" ".join(g), d["participants"][g[3]][0])')
read -r g1 g2 g3 g4 leaver <<<"$first"
curl -fsS -X POST "$admin/mutate" -d "{\"cust_space_id\":\"cams-sim-0001\",\"business_number\":\"8613800000001\",\"ops\":[
  {\"op\":\"update\",\"group_id\":\"$g1\",\"set\":{\"Subject\":\"Renamed in the demo\"}},
  {\"op\":\"update\",\"group_id\":\"$g2\",\"set\":{\"GroupStatus\":\"SUSPENDED\"}},
  {\"op\":\"delete\",\"group_id\":\"$g3\"},
  {\"op\":\"add\",\"group\":{\"GroupId\":\"DEMO-NEW-1\",\"Subject\":\"Added in the demo\",\"GroupStatus\":\"ACTIVE\",\"BusinessNumber\":\"8613800000001\"}},
  {\"op\":\"join\",\"group_id\":\"DEMO-NEW-1\",\"numbers\":[\"8613912340001\",\"8613912340002\"]},
  {\"op\":\"join\",\"group_id\":\"$g4\",\"numbers\":[\"8613912340003\",\"8613912340004\"]},
  {\"op\":\"leave\",\"group_id\":\"$g4\",\"numbers\":[\"$leaver\"]}]}"
echo

step "second sync: cams-groupsync --once"
"$bin" --config "$work/config.yaml" --once

psql_q() { psql "$CGS_DEMO_DATABASE_URL" -P pager=off -c "SET search_path TO cams" -c "$1" | sed '/^SET$/d'; }

step "the mirror: groups per account"
psql_q "SELECT account_name, count(*) AS groups, count(*) FILTER (WHERE group_status = 'ACTIVE') AS active
        FROM current_chat_groups GROUP BY account_name ORDER BY account_name"
step "the mirror: a few rows of shop-main"
psql_q "SELECT group_id, left(subject, 40) AS subject, group_status, left(invite_link, 40) AS invite_link
        FROM current_chat_groups WHERE account_name = 'shop-main' ORDER BY last_changed_at DESC, group_id LIMIT 8"
step "the mirror: members of the group whose members changed (current_chat_group_participants)"
psql_q "SELECT participant_number, first_seen_at FROM current_chat_group_participants
        WHERE group_id = '$g4' ORDER BY first_seen_at, participant_number"
step "the change history of the second sync (groups, then members joining and leaving)"
psql_q "SELECT change_type, group_id, current_subject, changed_fields
        FROM chat_group_history WHERE run_id IN (SELECT run_id FROM latest_sync_runs) ORDER BY change_id"
step "as of the first sync (chat_groups_as_of): the changed groups as they were then"
psql_q "SELECT o.group_id, left(o.subject, 30) AS subject_then, o.group_status AS status_then,
               coalesce(left(n.subject, 30), '(gone)') AS subject_now,
               coalesce(n.group_status, '(gone)') AS status_now
        FROM chat_groups_as_of((SELECT max(finished_at) FROM sync_runs
                                WHERE started_at < (SELECT min(started_at) FROM latest_sync_runs)))
             o LEFT JOIN current_chat_groups n USING (cust_space_id, business_number, group_id)
        WHERE n.group_id IS NULL OR n.subject IS DISTINCT FROM o.subject
           OR n.group_status IS DISTINCT FROM o.group_status
        ORDER BY o.group_id"
step "runs (sync_runs)"
psql_q "SELECT account_name, status, trigger, pages, groups_seen, added, updated, removed, restored, unchanged,
               participant_requests AS member_requests, participants_joined AS joined,
               participants_left AS left, cardinality(request_ids) AS requests,
               finished_at - started_at AS duration
        FROM sync_runs ORDER BY started_at, account_name"
step "cams-groupsync --status"
"$bin" --config "$work/config.yaml" --status || true
step "demo finished (PostgreSQL and cams-sim are stopped now)"
