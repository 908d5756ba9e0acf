#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, the demo and benchmarks.
#   scripts/local-pg.sh start DIR [PORT]   init (if needed) and start; prints the database URL
#   scripts/local-pg.sh stop DIR           stop it (the directory is left for the caller to remove)
#   scripts/local-pg.sh url DIR            print the URL of a running cluster
#   scripts/local-pg.sh standby DIR PRIMARY_DIR [PORT]
#                                          a streaming standby of the running cluster in
#                                          PRIMARY_DIR (pg_basebackup -R), started; prints its URL
#   scripts/local-pg.sh promote DIR        promote a standby (returns when it accepts writes)
#   scripts/local-pg.sh crash DIR          stop at once, as a crash would (-m immediate)
# It listens on 127.0.0.1:PORT (a free port when none is given) and on a unix socket in DIR.
# initdb refuses to run as root, so as root the server runs as the `postgres` system user.
# Extra server settings: PG_SERVER_OPTS="-c shared_buffers=256MB ..."
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "local-pg: no PostgreSQL server found (run scripts/install-deps.sh)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { sed -n '2,13p' "$0" >&2; exit 2; }

case "$cmd" in
  start)
    port=${3:-$(free_port)}
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir" && chmod 700 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # shellcheck disable=SC2086
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 ${PG_SERVER_OPTS:-}" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    as_owner "$bindir/psql" -h "$dir" -p "$port" -U postgres -d postgres -qAt \
      -c "SELECT 1 FROM pg_database WHERE datname='cams'" | grep -q 1 ||
      as_owner "$bindir/createdb" -h "$dir" -p "$port" -U postgres cams
    echo "postgresql://postgres@127.0.0.1:$port/cams"
    ;;
  standby)
    primary=$(cd "${3:?standby DIR PRIMARY_DIR [PORT]}" && pwd)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir" && chmod 700 "$dir"
    as_owner "$bindir/pg_basebackup" -D "$dir/data" -R -X stream -c fast -h 127.0.0.1 \
      -p "$(cat "$primary/port")" -U postgres >"$dir/basebackup.log" 2>&1 ||
      { cat "$dir/basebackup.log" >&2; exit 1; }
    exec bash "$0" start "$dir" "${4:-}"
    ;;
  promote)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -w -t 60 promote >/dev/null
    ;;
  crash)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    ;;
  url)
    echo "postgresql://postgres@127.0.0.1:$(cat "$dir/port")/cams"
    ;;
  *)
    sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
