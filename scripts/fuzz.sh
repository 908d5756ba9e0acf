#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs them side by side for SECONDS
# (default 60) from their corpora in fuzz/corpus/<target>; new interesting inputs go to
# build/fuzz/new-<target> (merge them into the corpus with -merge=1 when they are worth keeping).
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCGS_BUILD_FUZZERS=ON -DCGS_BUILD_TESTS=OFF -DCGS_BUILD_SIM=OFF -DCGS_BUILD_BENCH=OFF \
  -DCGS_SANITIZE=address,undefined >/dev/null
cmake --build build/fuzz -j "$(nproc)" --target fuzz_response fuzz_config fuzz_encoding | tail -n 1
# The three targets fuzz at the same time (each on its share of the cores) for SECONDS of wall time.
pids=()
for target in response config encoding; do
  mkdir -p "build/fuzz/new-$target"
  build/fuzz/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -print_final_stats=1 "build/fuzz/new-$target" "fuzz/corpus/$target" >"build/fuzz/$target.log" 2>&1 &
  pids+=($!)
done
failed=0
for i in 0 1 2; do
  target=$(echo response config encoding | cut -d' ' -f$((i + 1)))
  status=0
  wait "${pids[$i]}" || status=$?
  echo "== fuzz_$target, ${seconds}s"
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)' "build/fuzz/$target.log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "build/fuzz/$target.log"
    echo "fuzz_$target failed (exit $status); the input is in build/fuzz (crash-*)"
    failed=1
  fi
done
exit "$failed"
