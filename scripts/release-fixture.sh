#!/usr/bin/env bash
# A mirror written by an earlier release, for tests/e2e/upgrade_e2e_test.cpp:
#   scripts/release-fixture.sh VERSION        e.g. 0.3.0; writes tests/data/release-VERSION-mirror.sql
# It builds that release's daemon from the repository's own history (the commit that set
# `project(... VERSION x.y.z)`), starts a throwaway PostgreSQL and this tree's cams-sim with the
# "before" state of tests/data/release-sim.json, runs the release's --migrate and --once, serves
# the final state (renames, a status change, removals, an addition; members joining and leaving
# from release 0.3.0, whose schema has them), runs --once again and dumps the schema with pg_dump.
# The test restores the dump, upgrades it with the current binary and syncs the final state.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:-}
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { sed -n '2,9p' "$0" >&2; exit 2; }
commit=$(git log --format=%H -S"VERSION $version" -- CMakeLists.txt | tail -n 1)
[ -n "$commit" ] || { echo "release-fixture: no commit sets VERSION $version" >&2; exit 1; }
schema=cgs_release_${version//./_}
out=tests/data/release-$version-mirror.sql
data=tests/data/release-sim.json

work=$(mktemp -d /tmp/cgs-fixture.XXXXXX)
chmod 755 "$work"
sim_pid=""
cleanup() {
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
  bash scripts/local-pg.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "release-fixture: $version is commit ${commit:0:7}; building its daemon" >&2
mkdir "$work/src"
git archive "$commit" | tar -x -C "$work/src"
cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCGS_BUILD_TESTS=OFF \
  -DCGS_BUILD_SIM=OFF -DCGS_BUILD_BENCH=OFF >/dev/null
cmake --build "$work/build" --target cams-groupsync -j "$(nproc)" | tail -n 1
bin=$work/build/src/cams-groupsync

# This tree's simulator speaks the same API the release was written against.
cmake -S . -B build/release-fixture -G Ninja -DCMAKE_BUILD_TYPE=Release -DCGS_BUILD_TESTS=OFF >/dev/null
cmake --build build/release-fixture --target cams-sim -j "$(nproc)" | tail -n 1
build/release-fixture/tools/cams-sim/cams-sim --listen 127.0.0.1:0 --port-file "$work/sim.port" \
  --data "$data" >"$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 50); do [ -s "$work/sim.port" ] && break; sleep 0.1; done
port=$(cat "$work/sim.port")
admin=http://127.0.0.1:$port/__admin
mutate() { curl -sf -X POST "$admin/mutate" -d "$1" >/dev/null; }

url=$(bash scripts/local-pg.sh start "$work/pg")
psql -q "$url" -c "CREATE DATABASE fixture" >/dev/null
url=${url%/*}/fixture

# Members are in the schema from 0.3.0 on: the second account mirrors them there.
members=false
[ -n "$(git ls-tree --name-only "$commit" migrations/0003_participants.sql)" ] && members=true
cat >"$work/config.yaml" <<YAML
database:
  url: "$url"
  schema: $schema
  migrations_dir: $work/src/migrations
api:
  endpoint: 127.0.0.1:$port
  scheme: http
  qps: 100
credentials:
  default:
    access_key_id_env: ALIBABA_CLOUD_ACCESS_KEY_ID
    access_key_secret_env: ALIBABA_CLOUD_ACCESS_KEY_SECRET
accounts:
  - name: fx-one
    cust_space_id: cams-fx-1
    business_number: "8613800000001"
  - name: fx-two
    cust_space_id: cams-fx-2
    business_number: "8613800000002"
$([ "$members" = true ] && echo "    participants: true")
YAML
export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tCamsSimulator ALIBABA_CLOUD_ACCESS_KEY_SECRET=cams-sim-secret

# The state before: G1-001 under its first name, G1-003 still active, G1-008 and G1-010 not yet
# removed, G1-NEW not yet added; G2-006 one member short, G2-012 two, G2-018 with one who leaves
# (a group's members are refreshed when its count moves).
mutate '{"cust_space_id":"cams-fx-1","business_number":"8613800000001","ops":[
  {"op":"update","group_id":"G1-001","set":{"Subject":"Group 1.1"}},
  {"op":"update","group_id":"G1-003","set":{"GroupStatus":"ACTIVE"}},
  {"op":"delete","group_id":"G1-NEW"},
  {"op":"add","group":{"GroupId":"G1-008","Subject":"Group 1.8","GroupStatus":"ACTIVE"}},
  {"op":"add","group":{"GroupId":"G1-010","Subject":"Group 1.10","GroupStatus":"ACTIVE"}}]}'
mutate '{"cust_space_id":"cams-fx-2","business_number":"8613800000002","ops":[
  {"op":"leave","group_id":"G2-006","numbers":["861390060007"]},
  {"op":"leave","group_id":"G2-012","numbers":["861390120003","861390120004"]},
  {"op":"join","group_id":"G2-018","numbers":["861390189999"]}]}'
"$bin" --config "$work/config.yaml" --migrate >&2
"$bin" --config "$work/config.yaml" --once >&2
curl -sf -X PUT "$admin/dataset" --data-binary @"$data" >/dev/null
"$bin" --config "$work/config.yaml" --once >&2

{
  echo "-- A mirror made by cams-groupsync $version (commit ${commit:0:7}, schema version" \
    "$(psql -tAq "$url" -c "SELECT max(version) FROM $schema.schema_migrations")): two --once runs"
  echo "-- of $data's accounts, the second after renames, a status change, two"
  echo "-- removals, an addition$([ "$members" = true ] && echo " and members joining and leaving"). Made by"
  echo "-- scripts/release-fixture.sh $version; tests/e2e/upgrade_e2e_test.cpp upgrades it."
  pg_dump --inserts --no-owner --no-privileges --schema="$schema" "$url" |
    python3 scripts/lib/restorable-dump.py "$schema"
} >"$out"
echo "release-fixture: wrote $out" >&2
