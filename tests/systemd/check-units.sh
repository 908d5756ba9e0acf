#!/usr/bin/env bash
# Checks the shipped systemd units: `systemd-analyze verify` is clean and the overall exposure of
# `systemd-analyze security --offline=true` is at most 2.0; every service sets MemoryMax=,
# TasksMax= and LimitCORE=0. verify needs the ExecStart binary to
# exist, so copies of the units point at the built binary.
#   tests/systemd/check-units.sh PATH/TO/cams-groupsync
set -euo pipefail
binary=$1
src=$(cd "$(dirname "$0")/../../systemd" && pwd)
work=$(mktemp -d /tmp/cgs-units.XXXXXX)
trap 'rm -rf "$work"' EXIT
status=0
for unit in "$src"/*.service "$src"/*.timer; do
  sed "s|/usr/bin/cams-groupsync|$binary|g" "$unit" >"$work/$(basename "$unit")"
done
for unit in "$work"/*.service "$work"/*.timer; do
  name=$(basename "$unit")
  if ! out=$(cd "$work" && systemd-analyze verify "./$name" 2>&1) || [ -n "$out" ]; then
    echo "FAIL verify $name:"; echo "$out"; status=1
  else
    echo "ok   verify $name"
  fi
done
for unit in "$work"/*.service; do
  name=$(basename "$unit")
  level=$(systemd-analyze security --offline=true "$unit" 2>&1 | sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p')
  if [ -z "$level" ] || awk -v l="$level" 'BEGIN { exit !(l > 2.0) }'; then
    echo "FAIL security $name: exposure ${level:-unknown} (must be <= 2.0)"; status=1
  else
    echo "ok   security $name: exposure $level"
  fi
done
# The bounds every service unit must carry (a runaway stopped, no core holding secrets).
for unit in "$src"/*.service; do
  for directive in MemoryMax= TasksMax= LimitCORE=0; do
    if ! grep -q "^$directive" "$unit"; then
      echo "FAIL bounds $(basename "$unit"): no $directive"; status=1
    fi
  done
done
exit $status
