#!/usr/bin/env bash
# README's service setup ("Running it as a service"), run as written: the lines of its
# `<!-- service-setup -->` block, read from README.md, never retyped. What a fresh Debian 12 has
# and CI does not is stood in for, each stand-in as close to the real thing as this machine allows:
# - the operator's values: an AccessKey the simulator accepts, an account of its dataset, and
#   CAMS_ENDPOINT naming the simulator on loopback (with the `scheme: http` line a loopback
#   simulator needs, carried in the same variable);
# - step 1's two build lines: the package is built from BUILD_DIR (the same sources) instead of
#   building again; its install line runs as written (apt-get, the real package);
# - sudo: runs the command as root (CI is root), `sudo -u USER` through runuser; PostgreSQL is
#   the throwaway cluster of CGS_TEST_DATABASE_URL (PGHOST/PGPORT, which libpq reads, name it);
# - systemctl enable --now cams-groupsync.service: does what systemd does with the installed unit:
#   LoadCredential= (copies into a credentials directory), EnvironmentFile=, a dynamic user (an
#   unused uid, no groups: it can read only what the setup left readable), ExecStartPre=, then
#   ExecStart= with a NOTIFY_SOCKET, returning at READY=1 as systemctl does for Type=notify;
# - `sudo cams-groupsync-admin --status`, the last line, runs once the first run has ended (a
#   person reads it a few seconds later); it must show the account's run as succeeded.
# Afterwards the package is purged and the role and database dropped.
#   tests/systemd/check-service-setup.sh BUILD_DIR CAMS_SIM
# Needs root, and a machine where cams-groupsync is not installed (else it skips, saying why).
set -euo pipefail
build=$(cd "$1" && pwd)
sim=$2
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" != 0 ]; then echo "skip: not root (CI runs it as root)"; exit 0; fi
if dpkg-query -W -f='${Status}' cams-groupsync 2>/dev/null | grep -q installed; then
  echo "skip: cams-groupsync is installed on this machine"; exit 0
fi
[ -n "${CGS_TEST_DATABASE_URL:-}" ] || fail "CGS_TEST_DATABASE_URL is not set"
hostport=$(echo "$CGS_TEST_DATABASE_URL" | sed -E 's|^postgresql://[^@]*@([^/]*)/.*$|\1|')
export PGHOST=${hostport%:*} PGPORT=${hostport##*:}

block=$(awk '/^<!-- service-setup -->$/ { mark = 1; next }
             mark && /^```sh$/ { inside = 1; next }
             inside && /^```$/ { exit }
             inside { print }' "$source_dir/README.md")
[ -n "$block" ] || fail "README.md has no <!-- service-setup --> block"
build_lines=$(printf '%s\n' "$block" | grep -E '^(cmake |\(cd build && cpack )' || true)
[ "$build_lines" = "cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCGS_BUILD_SIM=OFF
cmake --build build
(cd build && cpack -G DEB)" ] || fail "step 1's build lines changed; update this script: $build_lines"
script=$(printf '%s\n' "$block" | grep -vE '^(cmake |\(cd build && cpack )')

work=$(mktemp -d /tmp/cgs-setup.XXXXXX)
chmod 711 "$work"  # the dynamic user reaches its credentials and the notify socket in here
sim_pid=""
drop_database() {
  runuser -u postgres -- psql -q -d postgres -c "DROP DATABASE IF EXISTS cams_groupsync WITH (FORCE)" \
    -c "DROP ROLE IF EXISTS cams_groupsync" >/dev/null
}
cleanup() {
  if [ -f "$work/daemon.pid" ]; then  # stopped as systemd stops it: SIGTERM, then wait
    pid=$(cat "$work/daemon.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
  dpkg --purge cams-groupsync >/dev/null 2>&1 || true
  drop_database || true
  rm -rf "$work"
}
trap cleanup EXIT
drop_database

# The simulator and the operator's values.
"$sim" --listen 127.0.0.1:0 --port-file "$work/sim.port" --generate accounts=1,groups=30,seed=11 \
  --write-data "$work/sim.json" --credential LTAI5tSetupCheckKey:setup-check-secret \
  --threads 16 >"$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 100); do [ -s "$work/sim.port" ] && break; sleep 0.1; done
[ -s "$work/sim.port" ] || { cat "$work/sim.log"; fail "the simulator did not start"; }
read -r cust_space_id business_number < <(python3 -c 'import json,sys
a = json.load(open(sys.argv[1]))["accounts"][0]; print(a["cust_space_id"], a["business_number"])' \
  "$work/sim.json")

# Step 1's package, from the build under test.
mkdir -p "$work/build"
(cd "$work/build" && cpack -G DEB --config "$build/CPackConfig.cmake" >cpack.log 2>&1) ||
  { cat "$work/build/cpack.log"; fail "cpack"; }

cat >"$work/standins.sh" <<EOF
ACCESS_KEY_ID=LTAI5tSetupCheckKey
ACCESS_KEY_SECRET=setup-check-secret
CUST_SPACE_ID=$cust_space_id
BUSINESS_NUMBER=$business_number
CAMS_ENDPOINT='127.0.0.1:$(cat "$work/sim.port")
  scheme: http'
DB_PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
work=$work
EOF
cat >>"$work/standins.sh" <<'EOF'
set -euo pipefail
sudo() {
  if [ "$1" = -u ]; then local user=$2; shift 2; runuser -u "$user" -- "$@"; return; fi
  if [ "$*" = "cams-groupsync-admin --status" ]; then wait_for_first_run; fi
  "$@"
}
wait_for_first_run() {
  for _ in $(seq 600); do
    n=$(runuser -u postgres -- psql -qAtX -d cams_groupsync \
          -c "SELECT count(*) FROM cams.sync_runs WHERE finished_at IS NOT NULL" 2>/dev/null || true)
    [ "${n:-0}" -ge 1 ] && return 0
    kill -0 "$(cat "$work/daemon.pid")" || { cat "$work/daemon.log"; echo "the daemon died" >&2; return 1; }
    sleep 0.1
  done
  cat "$work/daemon.log"; echo "no run ended within 60 s" >&2; return 1
}
systemctl() {
  [ "$*" = "enable --now cams-groupsync.service" ] || { echo "stand-in systemctl: $* is not part of the setup" >&2; return 1; }
  local unit key value uid=61999 creds="$work/credentials" vars=()
  unit=$(dpkg -L cams-groupsync | grep '/cams-groupsync\.service$')
  mkdir -m 700 "$creds"
  while IFS='=' read -r key value; do
    case "$key" in
      LoadCredential) install -m 400 "${value#*:}" "$creds/${value%%:*}" ;;
      EnvironmentFile) value=${value#-}
        [ -e "$value" ] && mapfile -t -O "${#vars[@]}" vars < <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$value") ;;
    esac
  done <"$unit"
  chown -R "$uid:$uid" "$creds"; chmod 500 "$creds"
  local service=(env -i PATH=/usr/bin:/bin PGHOST="$PGHOST" PGPORT="$PGPORT"
                 CREDENTIALS_DIRECTORY="$creds" NOTIFY_SOCKET="$work/notify" "${vars[@]}"
                 setpriv --reuid="$uid" --regid="$uid" --clear-groups --)
  # shellcheck disable=SC2046
  (cd / && exec "${service[@]}" $(sed -n 's/^ExecStartPre=//p' "$unit")) >"$work/pre.log" 2>&1 ||
    { cat "$work/pre.log"; echo "ExecStartPre failed" >&2; return 1; }
  python3 -c 'import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); s.bind(sys.argv[1]); os.chmod(sys.argv[1], 0o666)
open(sys.argv[1] + ".bound", "w").close(); s.settimeout(120)
while b"READY=1" not in s.recv(4096).split(b"\n"): pass' "$work/notify" &
  local listener=$!
  for _ in $(seq 100); do [ -e "$work/notify.bound" ] && break; sleep 0.05; done
  # shellcheck disable=SC2046
  (cd / && exec "${service[@]}" $(sed -n 's/^ExecStart=//p' "$unit")) >"$work/daemon.log" 2>&1 &
  echo $! >"$work/daemon.pid"  # the daemon's own pid (exec all the way down)
  while kill -0 "$listener" 2>/dev/null; do
    kill -0 "$(cat "$work/daemon.pid")" 2>/dev/null || { cat "$work/daemon.log"; echo "the service exited before READY=1" >&2; return 1; }
    sleep 0.1
  done
  wait "$listener" || { cat "$work/daemon.log"; echo "no READY=1 within 120 s" >&2; return 1; }
  echo "stand-in systemctl: cams-groupsync.service is running (READY=1)"
}
EOF
{ cat "$work/standins.sh"; printf '%s\n' "$script"; } >"$work/setup.sh"
echo "running README's service setup:"
printf '%s\n' "$script" | sed 's/^/  | /'
(cd "$work" && bash "$work/setup.sh") >"$work/setup.out" 2>&1 ||
  { cat "$work/setup.out"; fail "README's service setup failed (output above)"; }
cat "$work/setup.out"

# What it should have left: a daemon that synced the account, as --status (the last line) shows.
status=$(sed -n '/^ACCOUNT /,$p' "$work/setup.out")
echo "$status" | grep -qE '^main +succeeded ' || fail "--status does not show the account's run as succeeded"
groups=$(runuser -u postgres -- psql -qAtX -d cams_groupsync -c "SELECT count(*) FROM cams.chat_groups")
[ "$groups" = 30 ] || fail "the mirror holds $groups groups, not the simulator's 30"
[ "$(stat -c %a /etc/cams-groupsync/config.yaml)" = 644 ] || fail "config.yaml is not 644"
for secret in access-key-secret environment; do
  [ "$(stat -c %a "/etc/cams-groupsync/$secret")" = 600 ] || fail "$secret is not 600"
done
echo "ok: README's service setup ran as written; the service synced $groups groups of the account"
