#!/usr/bin/env bash
# Runs compat.js (Alibaba's official Node.js SDK) against a fresh cams-sim.
#   tests/compat/run.sh PATH/TO/cams-sim
set -euo pipefail
sim=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/cgs-compat.XXXXXX)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ ! -d "$here/node_modules/@alicloud/openapi-client" ]; then
  (cd "$here" && npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null)
fi
"$sim" --listen 127.0.0.1:0 --port-file "$work/port" --generate accounts=2,groups=45,seed=9,participants=1,numbers=2 \
  --write-data "$work/data.json" --credential LTAI5tCompatKey:compat-secret-123 >"$work/sim.out" 2>&1 &
pid=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.05; done
node "$here/compat.js" "127.0.0.1:$(cat "$work/port")" LTAI5tCompatKey compat-secret-123 "$work/data.json"
