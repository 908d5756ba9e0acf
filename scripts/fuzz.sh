#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for SECONDS (default 60)
# from its corpus in fuzz/corpus/<target>; new interesting inputs are kept there.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCGS_BUILD_FUZZERS=ON -DCGS_BUILD_TESTS=OFF -DCGS_BUILD_SIM=OFF -DCGS_BUILD_BENCH=OFF \
  -DCGS_SANITIZE=address,undefined >/dev/null
cmake --build build/fuzz -j "$(nproc)" --target fuzz_response fuzz_config fuzz_encoding | tail -n 1
for target in response config encoding; do
  mkdir -p "build/fuzz/new-$target"
  echo "== fuzz_$target for ${seconds}s"
  status=0
  build/fuzz/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -print_final_stats=1 "build/fuzz/new-$target" "fuzz/corpus/$target" >"build/fuzz/$target.log" 2>&1 ||
    status=$?
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)' "build/fuzz/$target.log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "build/fuzz/$target.log"
    echo "fuzz_$target failed (exit $status); the input is in build/fuzz (crash-*)"
    exit 1
  fi
done
