#!/usr/bin/env bash
# Reproducible benchmarks: builds Release, starts a throwaway PostgreSQL and cams-sim, runs every
# scenario, and writes bench/results/<date>.md and .json. Ratios are only meaningful within one run.
#   bench/run.sh                 full size
#   BENCH_SCALE=0.1 bench/run.sh a tenth of the groups (a quick check)
#   BENCH_ONLY=members bench/run.sh   one section only: sim, store, daemon10 (with mid), mid, peer, 1m, latency,
#                                     members, replicas, 2m, queries, discovery, webhooks (results then go to
#                                     <date>-<section>.md)
set -euo pipefail
shopt -s inherit_errexit  # a failing step inside $(...) stops the run too
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scale=${BENCH_SCALE:-1}
only=${BENCH_ONLY:-}
want() { [ -z "$only" ] || [ "$only" = "$1" ]; }
report() { python3 bench/report.py "$@"; }  # every number and report; this script orchestrates
n() { report scaled "$1" "$scale"; }
sim_stat() { curl -fsS "http://127.0.0.1:$port/__admin/stats" | report stat "$1"; }
secs() { python3 -c "print(round($2 - $1, 3))"; }
sql() { psql "$url" -Atq -c "$1"; }

bash scripts/install-deps.sh >/dev/null
source scripts/lib/release-workspace.sh
release_workspace bench
url=$(bash scripts/local-pg.sh start "$work/pg")
export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tBenchKey ALIBABA_CLOUD_ACCESS_KEY_SECRET=bench-secret-value
results="$work/results.jsonl"
: >"$results"
record() { echo "$1" >>"$results"; echo "$1"; }

start_sim() {  # generate spec, extra flags...
  [ -n "$sim_pid" ] && kill "$sim_pid" && wait "$sim_pid" 2>/dev/null || true
  rm -f "$work/port"
  # A keep-alive connection holds one simulator thread: SIM_THREADS must cover every client
  # connection (schedule.concurrency x api.max_in_flight per daemon), or the rest time out.
  "$sim" --listen 127.0.0.1:0 --port-file "$work/port" --generate "$1" --threads "${SIM_THREADS:-16}" \
    --credential "$ALIBABA_CLOUD_ACCESS_KEY_ID:$ALIBABA_CLOUD_ACCESS_KEY_SECRET" "${@:2}" >"$work/sim.log" 2>&1 &
  sim_pid=$!
  for _ in $(seq 600); do [ -s "$work/port" ] && break; sleep 0.1; done
  port=$(cat "$work/port")
}

write_config() {  # accounts, schema, extra api lines; $TOP_EXTRA and $ACCOUNT_EXTRA: more YAML
  {
    printf 'database:\n  url: "%s"\n  schema: %s\napi:\n  endpoint: 127.0.0.1:%s\n  scheme: http\n  page_size: 100\n' "$url" "$2" "$port"
    printf '%s' "${3:-  qps: 1000\n  max_in_flight: 4\n}" | sed 's/\\n/\n/g'
    printf '%s' "${TOP_EXTRA:-}" | sed 's/\\n/\n/g'
    printf 'schedule:\n  concurrency: %s\n' "${CONCURRENCY:-4}"
    printf '%s' "${SCHEDULE_EXTRA:-}" | sed 's/\\n/\n/g'
    printf 'accounts:\n'
    for i in $(seq 1 "$1"); do
      printf '  - name: a%04d\n    cust_space_id: cams-sim-%04d\n    business_number: "86138%08d"\n' "$i" "$i" "$i"
      printf '%s' "${ACCOUNT_EXTRA:-}" | sed 's/\\n/\n/g'
    done
  } >"$work/config.yaml"
  chmod 600 "$work/config.yaml"
}

pg_stats() {  # schema -> "ins upd del changes wal member_rows member_checks"
  psql "$url" -Atq -c "SELECT pg_stat_clear_snapshot()" -c "
    SELECT coalesce(sum(n_tup_ins) FILTER (WHERE relname = 'chat_groups'), 0),
           coalesce(sum(n_tup_upd) FILTER (WHERE relname = 'chat_groups'), 0),
           coalesce(sum(n_tup_del) FILTER (WHERE relname = 'chat_groups'), 0),
           coalesce(sum(n_tup_ins) FILTER (WHERE relname = 'chat_group_changes'), 0),
           pg_current_wal_lsn() - '0/0'::pg_lsn,
           coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del)
                    FILTER (WHERE relname = 'chat_group_participants'), 0),
           coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del)
                    FILTER (WHERE relname = 'chat_group_participant_checks'), 0)
    FROM pg_stat_user_tables WHERE schemaname = '$1'" | tail -n 1 | tr '|' ' '
}

run_daemon() {  # scenario name, schema, groups -> one JSON line
  local name=$1 schema=$2 groups=$3
  local before after requests_before members_before t0 t1
  psql "$url" -q -c CHECKPOINT; sleep 1.2; before=$(pg_stats "$schema")
  requests_before=$(sim_stat requests)
  members_before=$(sim_stat member_requests)
  t0=$(date +%s.%N)
  /usr/bin/time -v "$bin" --config "$work/config.yaml" --once --log-level warn 2>"$work/time.txt" >/dev/null ||
    { cat "$work/time.txt"; exit 1; }
  t1=$(date +%s.%N)
  sleep 1.2; after=$(pg_stats "$schema")
  report daemon-row "$name" "$t0" "$t1" "$work/time.txt" "$before" "$after" --groups "$groups" \
    --requests-before "$requests_before" --requests-after "$(sim_stat requests)" \
    --member-requests-before "$members_before" --member-requests-after "$(sim_stat member_requests)" \
    --max-qps "$(sim_stat max_per_second)"
}

if want sim; then
echo "== cams-sim throughput (signed requests, keep-alive, 100 groups per page)"
start_sim "accounts=1,groups=10000,seed=1"
load=$(build/bench/bench/cams-sim-load --endpoint "127.0.0.1:$port" --key "$ALIBABA_CLOUD_ACCESS_KEY_ID" \
  --secret "$ALIBABA_CLOUD_ACCESS_KEY_SECRET" --cust-space-id cams-sim-0001 --business-number 8613800000001 \
  --threads 4 --seconds 5)
record "$(echo "$load" | report tag sim_throughput)"
fi

if want store; then
echo "== store apply step ($(n 100000) groups)"
build/bench/bench/cams-store-bench --database-url "$url" --groups "$(n 100000)" | while read -r line; do
  record "$(echo "$line" | report tag store_ --from-key step)"
done
fi

g10=$(n 10000)
if want daemon10 || want peer; then
echo "== daemon: 10 accounts x $g10 groups"
start_sim "accounts=10,groups=$g10,seed=2"
# The initial sync and the COPY floor (PostgreSQL alone: COPY of the same rows into an empty
# table with the same indexes) alternate five times, each into a fresh schema / table and right
# after a CHECKPOINT, and each reports its median: this machine's timings drift by 20% from one
# run to the next, and alternating keeps a slow stretch from landing on one side only.
median() { printf '%s\n' "$@" | report median; }
# The mirror's stored columns: the generated ones (schema 2) are computed by PostgreSQL on the
# floor's side too, as they are for the daemon's inserts.
stored_columns() {
  psql "$url" -Atq -c "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
    WHERE attrelid = 'bench10_t1.chat_groups'::regclass AND attnum > 0 AND NOT attisdropped
      AND attgenerated = ''"
}
copy_floor() {  # one timed COPY of $work/groups.copy into a fresh table shaped like bench10's
  psql "$url" -q -c "DROP SCHEMA IF EXISTS floor CASCADE" -c "CREATE SCHEMA floor" \
    -c "CREATE TABLE floor.chat_groups (LIKE bench10_t1.chat_groups INCLUDING ALL)" -c "CHECKPOINT"
  local t0 t1
  t0=$(date +%s.%N)
  # The generated columns call the mirror's functions, which live in the mirror's schema.
  PGOPTIONS="-c search_path=bench10_t1" \
    psql "$url" -q -c "\copy floor.chat_groups ($floor_columns) FROM '$work/groups.copy'"
  t1=$(date +%s.%N)
  report copy-floor-row "$t0" "$t1" --groups $((10 * g10))
}
daemon_trials=()
floor_trials=()
for schema in bench10_t1 bench10_t2 bench10_t3 bench10_t4 bench10; do
  write_config 10 "$schema"
  daemon_trials+=("$(run_daemon initial_10x "$schema" $((10 * g10)))")
  if [ ! -f "$work/groups.copy" ]; then
    floor_columns=$(stored_columns)  # outside the timed COPY
    psql "$url" -q -c "\copy (SELECT $floor_columns FROM bench10_t1.chat_groups) TO '$work/groups.copy'"
  fi
  floor_trials+=("$(copy_floor)")
done
record "$(median "${daemon_trials[@]}")"
record "$(median "${floor_trials[@]}")"
record "$(run_daemon noop_10x "bench10" $((10 * g10)))"
# The same first sync and no-op with the quota out of the way (api.qps 10000, the most the config
# takes, for 1,000 pages): at the 1,000/s above no no-op takes less than the pages' 1.0 s, whatever
# it does with them, so its ratio to a first sync there is the quota's. Medians of three pairs.
unpaced_initial=()
unpaced_noop=()
for schema in bench10q_t1 bench10q_t2 bench10q; do
  write_config 10 "$schema" "  qps: 10000\n  max_in_flight: 4\n"
  unpaced_initial+=("$(run_daemon initial_10x_unpaced "$schema" $((10 * g10)))")
  unpaced_noop+=("$(run_daemon noop_10x_unpaced "$schema" $((10 * g10)))")
done
record "$(median "${unpaced_initial[@]}")"
record "$(median "${unpaced_noop[@]}")"
fi

gmid=$(n 2000)
if want mid || want daemon10; then
echo "== many mid-sized accounts: 20 x $gmid groups, simulator and daemon at QPS 1000, migrated beforehand"
start_sim "accounts=20,groups=$gmid,seed=9" --qps 1000
mid_trials=()
for schema in benchmid_t1 benchmid_t2 benchmid_t3 benchmid_t4 benchmid; do
  write_config 20 "$schema"
  "$bin" --config "$work/config.yaml" --migrate --log-level warn >/dev/null
  mid_trials+=("$(run_daemon initial_mid "$schema" $((20 * gmid)))")
done
record "$(printf '%s\n' "${mid_trials[@]}" | report median)"
fi

if want peer; then
echo "== peer: official SDK + pg, sequential paging, one upsert per group"
if [ ! -d bench/peer/node_modules/pg ]; then
  (cd bench/peer && npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null)
fi
accounts_json=$(report accounts 10)
before_requests=$(sim_stat requests)
t0=$(date +%s.%N)
/usr/bin/time -v node bench/peer/peer.js "127.0.0.1:$port" "$ALIBABA_CLOUD_ACCESS_KEY_ID" \
  "$ALIBABA_CLOUD_ACCESS_KEY_SECRET" "$url" peer "$accounts_json" 100 >"$work/peer.out" 2>"$work/time.txt" ||
  { cat "$work/time.txt"; exit 1; }
t1=$(date +%s.%N)
record "$(report peer-row "$t0" "$t1" "$work/time.txt" --groups $((10 * g10)) \
  --requests-before "$before_requests" --requests-after "$(sim_stat requests)")"
report change-one-percent "$port"
record "$(run_daemon one_percent_10x "bench10" $((10 * g10)))"
fi

g1m=$(n 1000000)
if want 1m; then
echo "== daemon: 1 account x $g1m groups"
start_sim "accounts=1,groups=$g1m,seed=3"
write_config 1 bench1m
record "$(run_daemon initial_1x "bench1m" "$g1m")"
record "$(run_daemon noop_1x "bench1m" "$g1m")"
fi

glat=$(n 20000)
if want latency; then
echo "== latency-bound: 1 account x $glat groups, 200 ms per request, QPS 10"
start_sim "accounts=1,groups=$glat,seed=4" --latency-ms 200 --qps 10
write_config 1 benchlat "  qps: 10\n  max_in_flight: 4\n"
record "$(run_daemon latency_bound "benchlat" "$glat")"
fi

gm=$(n 10000)
mq=${BENCH_MEMBER_QPS:-1000}
if want members; then
echo "== members: 10 accounts x $gm groups with 2-9 members each, QPS $mq"
start_sim "accounts=10,groups=$gm,seed=5,participants=1" --qps "$mq"
TOP_EXTRA="participants:\n  max_requests_per_run: 1000000\n" ACCOUNT_EXTRA="    participants: true\n" \
  write_config 10 benchmem "  qps: $mq\n  max_in_flight: 4\n"
record "$(run_daemon members_initial_10x benchmem $((10 * gm)))"
record "$(run_daemon members_noop_10x benchmem $((10 * gm)))"
changed=$(report change-members "$port")
record "$(run_daemon members_one_percent_10x benchmem $((10 * gm)))"
record "{\"scenario\": \"members_meta\", \"qps\": $mq, \"changed\": $changed}"
fi

rq=${BENCH_REPLICA_QPS:-50}
gr=$(n 2000)
if want replicas; then
echo "== replicas: 24 accounts x $gr groups on one credential set at QPS $rq; 1, 2 and 3 replicas"
for r in 1 2 3; do
  # A fresh simulator (its own counts), with a thread for each of 3 x 4 x 4 connections.
  SIM_THREADS=56 start_sim "accounts=24,groups=$gr,seed=6" --qps "$rq"
  write_config 24 "benchrep$r" "  qps: $rq\n  max_in_flight: 4\n"
  "$bin" --config "$work/config.yaml" --migrate --log-level warn >/dev/null
  pids=()
  t0=$(date +%s.%N)
  for i in $(seq "$r"); do  # every replica at the same moment, as a cron job on each host would
    "$bin" --config "$work/config.yaml" --once >/dev/null 2>"$work/replica$i.err" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || { cat "$work"/replica*.err; exit 1; }; done
  t1=$(date +%s.%N)
  skipped=$(cat "$work"/replica*.err | grep -c ': skipped (synced by ' || true)
  record "$(report row "replicas_$r" replicas="$r" qps="$rq" seconds="$(secs "$t0" "$t1")" \
    requests="$(sim_stat requests)" max_requests_in_1s="$(sim_stat max_per_second)" \
    throttled="$(sim_stat throttled)" skipped="$skipped" \
    failed_runs="$(sql "SELECT count(*) FROM benchrep$r.sync_runs WHERE status <> 'succeeded'")")"
done
fi

acc=${BENCH_2M_ACCOUNTS:-1000}
g2=$(n 2000)
prune_rows=${BENCH_PRUNE_ROWS:-10000000}
if want 2m; then
echo "== two million groups: $acc accounts x $g2 groups, concurrency 8, QPS 1000"
SIM_THREADS=40 start_sim "accounts=$acc,groups=$g2,seed=7" --qps 1000  # 8 x 4 connections
mport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# schedule.interval 30s: the daemon started below begins a full cycle 30 s after the last one.
CONCURRENCY=8 SCHEDULE_EXTRA="  interval: 30s\n" \
  TOP_EXTRA="retention:\n  changes: 30d\nmetrics:\n  listen: 127.0.0.1:$mport\n" \
  write_config "$acc" bench2m "  qps: 1000\n  max_in_flight: 4\n"
record "$(run_daemon initial_2m bench2m $((acc * g2)))"
record "$(run_daemon noop_2m bench2m $((acc * g2)))"

t0=$(date +%s.%N); "$bin" --config "$work/config.yaml" --status >/dev/null; t1=$(date +%s.%N)
status_ms=$(report elapsed-ms "$t0" "$t1")
# The daemon with every account configured: a full cycle, then its metrics endpoint (every
# account's series filled), its memory and its database sessions.
runs_before=$(sql "SELECT count(*) FROM bench2m.sync_runs")
"$bin" --config "$work/config.yaml" --log-level warn 2>"$work/daemon.err" &
dpid=$!
for _ in $(seq 600); do
  [ "$(sql "SELECT count(*) FROM bench2m.sync_runs WHERE status = 'succeeded'")" -ge \
    $((runs_before + acc)) ] && break
  sleep 0.5
done
connections=$(sql "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'cams-groupsync'")
scrapes=()
for _ in $(seq 20); do
  scrapes+=("$(curl -fsS -o "$work/metrics.txt" -w '%{time_total}' "http://127.0.0.1:$mport/metrics")")
  sleep 0.2
done
metrics_ms_max=$(python3 -c "print(round(max(map(float, '${scrapes[*]}'.split())) * 1000, 1))")
daemon_rss_mb=$(awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$dpid/status")
kill -TERM "$dpid"; wait "$dpid" || { cat "$work/daemon.err"; exit 1; }
size() { sql "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'bench2m' AND c.relkind = 'r' $1"; }
record "$(report row meta_2m qps=1000 accounts="$acc" groups_per_account="$g2" concurrency=8 \
  status_ms="$status_ms" metrics_ms_max="$metrics_ms_max" metrics_samples=20 \
  metrics_bytes="$(wc -c <"$work/metrics.txt")" daemon_rss_mb="$daemon_rss_mb" \
  connections="$connections" db_bytes="$(size "")" \
  chat_groups_bytes="$(size "AND c.relname = 'chat_groups'")" \
  changes_bytes="$(size "AND c.relname = 'chat_group_changes'")" \
  mirror_groups="$(sql "SELECT count(*) FROM bench2m.chat_groups")" \
  history_rows="$(sql "SELECT count(*) FROM bench2m.chat_group_changes")")"

echo "== pruning $prune_rows history rows of bench2m (retention.changes 30d)"
sql "INSERT INTO bench2m.chat_group_changes (run_id, cust_space_id, business_number, group_id,
       change_type, changed_fields, changed_at)
     SELECT gen_random_uuid(), 'cams-sim-0001', '8613800000001', 'OLD-' || (i % 2000), 'updated',
            '{\"Subject\": {\"old\": \"a\", \"new\": \"b\"}}',
            now() - interval '400 days' + i * interval '1 millisecond'
     FROM generate_series(1, $prune_rows) i" >/dev/null
sql "VACUUM ANALYZE bench2m.chat_group_changes"
some_n=$((acc / 10)); [ "$some_n" -ge 1 ] || some_n=1  # a tenth of the accounts, a0002...
some=(); for i in $(seq 2 $((some_n + 1))); do some+=(--account "$(printf 'a%04d' "$i")"); done
sync_some() { local t0 t1; t0=$(date +%s.%N)
  "$bin" --config "$work/config.yaml" --once "${some[@]}" --log-level warn >/dev/null
  t1=$(date +%s.%N); secs "$t0" "$t1"; }
alone=$(sync_some)
t0=$(date +%s.%N)
"$bin" --config "$work/config.yaml" --once --prune --account a0001 --log-level info \
  >/dev/null 2>"$work/prune.err" &
ppid_=$!
sleep 5  # well into the deletes
during=$(sync_some)
wait "$ppid_" || { cat "$work/prune.err"; exit 1; }
t1=$(date +%s.%N)
line=$(grep 'retention: pruned' "$work/prune.err")
record "$(report row prune_2m rows="$(echo "$line" | sed -E 's/.* ([0-9]+) change rows.*/\1/')" \
  seconds="$(secs "$t0" "$t1")" batches="$(echo "$line" | sed -E 's/.*\(([0-9]+) batches.*/\1/')" \
  longest_batch_ms="$(echo "$line" | sed -E 's/.*the longest ([0-9]+) ms.*/\1/')" \
  sync_accounts="$some_n" sync_alone_s="$alone" sync_during_s="$during")"
fi

ds=$(n "${BENCH_DISCOVERY_SPACES:-300}")
if want discovery; then
echo "== discovery: $ds spaces x 3 numbers (one CONNECTED), QueryChatappPhoneNumbers at its own 10/s"
start_sim "accounts=$ds,groups=1,seed=8,numbers=2" --qps 1000
printf 'database:\n  url: "%s"\n  schema: benchdisc\napi:\n  endpoint: 127.0.0.1:%s\n  scheme: http\n  qps: 1000\ndiscovery:\n  interval: 1h\n' \
  "$url" "$port" >"$work/discovery.yaml"
chmod 600 "$work/discovery.yaml"
"$bin" --config "$work/discovery.yaml" --migrate --log-level warn
inventory_rows() {
  psql "$url" -Atq -c "SELECT pg_stat_clear_snapshot()" -c "
    SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables
    WHERE schemaname = 'benchdisc' AND relname IN ('instances', 'phone_numbers', 'phone_number_changes')" | tail -n 1
}
for pass in first noop; do  # the second pass lists the same inventory: it must write nothing
  curl -fsS -X DELETE "http://127.0.0.1:$port/__admin/log" >/dev/null
  sleep 1.2; before=$(inventory_rows)
  /usr/bin/time -v "$bin" --config "$work/discovery.yaml" --once --log-level warn 2>"$work/time.txt" >/dev/null ||
    { cat "$work/time.txt"; exit 1; }
  sleep 1.2; after=$(inventory_rows)
  record "$(curl -fsS "http://127.0.0.1:$port/__admin/log" |
    report discovery-row "discovery_$pass" "$url" benchdisc "$work/time.txt" $((after - before)))"
done
fi

gw=$(n 1000000)
if want webhooks; then
echo "== webhooks: a backlog of $gw events (one account's first sync while the receiver was down) delivered to a receiver that answers 200 at once, max_batch 500"
sink=build/bench/bench/cams-webhook-sink
"$sink" --listen 127.0.0.1:0 --port-file "$work/sinkport" --save-first "$work/body.json" >"$work/sink.log" 2>&1 &
sink_pid=$!
trap 'kill "$sink_pid" 2>/dev/null || true; release_workspace_cleanup' EXIT
for _ in $(seq 100); do [ -s "$work/sinkport" ] && break; sleep 0.1; done
sport=$(cat "$work/sinkport")
for size in $((gw / 10)) "$gw"; do  # the same drain at a tenth of the backlog: is memory flat?
  start_sim "accounts=1,groups=$size,seed=10"
  webhook() {  # url -> the webhook's YAML
    printf 'webhooks:\n  - name: sink\n    url: %s\n    secret: bench-webhook-secret\n    events: [added]\n    max_batch: 500\n' "$1"
  }
  # The backlog: a first sync while the receiver is down (nothing listens on port 9) writes one
  # `added` event per group into the outbox; its first delivery fails and waits for its retry.
  TOP_EXTRA="$(webhook http://127.0.0.1:9/hook)\n" write_config 1 "benchwh$size"
  "$bin" --config "$work/config.yaml" --once --log-level error >/dev/null
  sleep "$(sql "SELECT greatest(0, extract(epoch FROM max(next_attempt_at) - now())) + 0.1
                FROM benchwh$size.webhook_deliveries")"
  curl -fsS -X DELETE "http://127.0.0.1:$sport/stats"
  # The receiver is back: a --once with the account disabled (no sync: its memory is the
  # dispatcher's) sends every due delivery in one pass; the receiver's clock times the drain.
  TOP_EXTRA="$(webhook "http://127.0.0.1:$sport/hook")\n" ACCOUNT_EXTRA="    enabled: false\n" \
    write_config 1 "benchwh$size"
  /usr/bin/time -v "$bin" --config "$work/config.yaml" --once --log-level warn 2>"$work/time.txt" >/dev/null ||
    { cat "$work/time.txt"; exit 1; }
  record "$(report webhook-row "webhooks_$size" "$size" "$work/time.txt" \
    "$(curl -fsS "http://127.0.0.1:$sport/stats")" \
    "$(sql "SELECT count(*) FILTER (WHERE status <> 'delivered') FROM benchwh$size.webhook_deliveries")")"
done
record "$("$sink" --blast "http://127.0.0.1:$sport/hook" --body "$work/body.json" --seconds 3 | report tag webhook_receiver_limit)"
kill "$sink_pid"; wait "$sink_pid" 2>/dev/null || true
fi

if want queries; then
# The SQL interface at scale: 1,000,000 groups in 10 accounts and 6,000,000 history rows written
# straight in SQL (no API needed), then the "as of" functions and the README's one-liners timed
# with their plans (bench/queries.py).
printf 'database:\n  url: "%s"\n  schema: benchq\naccounts:\n  - name: a0001\n    cust_space_id: cams-sim-0001\n    business_number: "8613800000001"\n' \
  "$url" >"$work/queries.yaml"
chmod 600 "$work/queries.yaml"
"$bin" --config "$work/queries.yaml" --migrate --log-level warn
python3 bench/queries.py "$url" benchq "$work/queries.md" "$(n 1000000)"
record "{\"scenario\": \"queries\", \"report\": \"$work/queries.md\"}"
fi

date=$(date -u +%Y-%m-%d)
[ "$scale" = 1 ] || date="$date-scale$scale"  # a quick check never overwrites full-size results
[ -z "$only" ] || date="$date-$only"
mkdir -p bench/results
report summary "$results" "bench/results/$date.json" "bench/results/$date.md" "$scale"
