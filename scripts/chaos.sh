#!/usr/bin/env bash
# The seeded chaos soak (tests/e2e/chaos_e2e_test.cpp) for as long as you like:
#   scripts/chaos.sh --minutes N [--seed S] [--asan]
# Two replicas, 20 accounts (members on for half), two webhooks, a primary with a synchronous
# standby; API errors, throttling, timeouts, inconsistent listings, SIGKILLs, PostgreSQL restarts
# and failovers, receivers down, slow or refusing, the data changing all the time. Prints the seed
# first (the same seed gives the same sequence of faults) and exits 0 when every invariant holds.
# --asan runs the AddressSanitizer+UBSan build (as CI does, for 3 minutes). Builds build/chaos or
# build/chaos-asan, and starts a throwaway PostgreSQL beside the soak's own two clusters.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=3
seed=$(( (RANDOM * 32768 + RANDOM) % 1000000 ))
asan=0
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --asan) asan=1; shift ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
done
[[ "$minutes" =~ ^[0-9]+$ && "$seed" =~ ^[0-9]+$ ]] || { sed -n '2,9p' "$0" >&2; exit 2; }
echo "chaos seed $seed, $minutes minute(s)$([ "$asan" = 1 ] && echo ", ASan+UBSan")"

if [ "$asan" = 1 ]; then
  build=build/chaos-asan
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCGS_SANITIZE=address,undefined \
    -DCGS_BUILD_BENCH=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
else
  build=build/chaos
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCGS_BUILD_BENCH=OFF \
    -DCMAKE_UNITY_BUILD=ON >/dev/null
fi
cmake --build "$build" --target cams-groupsync chaos_tests -j "$(nproc)" | tail -n 1

pgdir=$(mktemp -d /tmp/cgs-chaos-pg.XXXXXX)
trap 'bash scripts/local-pg.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
CGS_TEST_DATABASE_URL=$(bash scripts/local-pg.sh start "$pgdir")
export CGS_TEST_DATABASE_URL CGS_TEST_PGDIR=$pgdir
CGS_CHAOS_SECONDS=$((minutes * 60)) CGS_CHAOS_SEED=$seed "$build/tests/chaos_tests"
