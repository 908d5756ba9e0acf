#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs dependencies, checks formatting, builds with
# warnings as errors, starts a throwaway PostgreSQL, runs every test with CTest, repeats the suite
# under ASan+UBSan, runs the concurrency tests under TSan and each libFuzzer target for a while.
# Exit status is non-zero on any failure.
#   scripts/test.sh                              everything
#   CGS_TEST_SKIP_SANITIZERS=1 scripts/test.sh   skip the ASan/TSan/fuzz passes (local iteration)
#   CGS_FUZZ_SECONDS=300 scripts/test.sh         fuzz longer (default 60 s per target)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc)

started=$SECONDS
step() { printf '\n==> [%ds] %s\n' "$((SECONDS - started))" "$*"; }

step "dependencies"
bash scripts/install-deps.sh

step "formatting (clang-format, .clang-format)"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find src tests tools -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror "${sources[@]}"

pgdir=$(mktemp -d /tmp/cgs-test-pg.XXXXXX)
cleanup() { bash scripts/local-pg.sh stop "$pgdir" || true; rm -rf "$pgdir"; }
trap cleanup EXIT
step "throwaway PostgreSQL"
CGS_TEST_DATABASE_URL=$(bash scripts/local-pg.sh start "$pgdir")
export CGS_TEST_DATABASE_URL CGS_TEST_PGDIR="$pgdir"
echo "database: $CGS_TEST_DATABASE_URL"

run_suite() {  # build dir, ctest args (before --), extra cmake args...
  local dir=$1; shift
  local ctest_args=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do ctest_args+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  cmake -S . -B "$dir" -G Ninja -DCGS_WERROR=ON "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 900 "${ctest_args[@]}")
}

step "build and test (RelWithDebInfo, -Werror)"
# The sanitizer and main builds compile in unity batches (about half the time of one file at a
# time). The fuzz build, and everyone's default build, compile each file alone, so an include that
# only a batch happened to provide still fails somewhere.
# The chaos soak runs in the ASan pass only (3 minutes, CGS_CHAOS_SECONDS).
run_suite build/ci -LE 'timing|chaos' -- -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_UNITY_BUILD=ON
# The tests that count requests per second at the simulator against the quota's 20 ms margins,
# each alone; then again, with the load test's freshness bound, beside a process keeping every
# core busy (stress-ng): the quota and freshness hold on a loaded host. (The simulator counts a
# request from when the kernel received it, so its own scheduling delay is not counted.)
step "timing tests (alone)"
(cd build/ci && ctest --output-on-failure --timeout 900 -L timing)
step "timing tests and the load test on a busy machine (stress-ng --cpu $jobs beside them)"
stress-ng --cpu "$jobs" --timeout 1800s >/dev/null 2>&1 &
hog=$!
(cd build/ci && ctest --output-on-failure --timeout 900 -L timing &&
  ctest --output-on-failure --timeout 900 -R '^Load\.ManyAccountsUnderAQpsLimitStayFreshAndFlat$') ||
  { kill "$hog"; exit 1; }
kill "$hog"
wait "$hog" 2>/dev/null || true

if [ "${CGS_TEST_SKIP_SANITIZERS:-0}" != 1 ]; then
  # Every test that runs our C++ code; the packaging checks (a .deb, systemd-analyze) ran above
  # and have no code of ours to instrument, and the benchmark tools are not tests. The `timing`
  # tests count requests per second at the simulator against 20 ms margins: under ASan both sides
  # run 2-3x slower (a new connection's first request alone can arrive 20 ms late), so they count
  # the sanitizer; the main pass above holds them. The chaos soak runs here, 3 minutes of it, so
  # its replicas are the instrumented daemon (scripts/chaos.sh runs it for longer); it fails the
  # database over too, so the two Failover cases (two clusters each, mostly PostgreSQL's own
  # work) are left to the main pass.
  step "build and test under ASan+UBSan (with 3 minutes of the seeded chaos soak)"
  CGS_CHAOS_SECONDS=180 ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0 \
    run_suite build/asan -LE 'packaging|timing' -E '^Failover\.' -- -DCMAKE_BUILD_TYPE=Debug -DCGS_SANITIZE=address,undefined \
    -DCGS_BUILD_BENCH=OFF -DCMAKE_UNITY_BUILD=ON
fi
if [ "${CGS_TEST_SKIP_SANITIZERS:-0}" != 1 ]; then
  step "concurrency tests under TSan (pager, limiter, scheduler, client + simulator, member refresh, webhook dispatch, daemon loop)"
  cmake -S . -B build/tsan -G Ninja -DCGS_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCGS_SANITIZE=thread -DCGS_BUILD_BENCH=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
  cmake --build build/tsan -j "$jobs" --target unit_logging_tests unit_runtime_tests unit_cams_tests integration_cams_tests \
    integration_sync_tests cams-groupsync
  export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$root/tests/tsan.supp"
  # The cases labelled tsan (tests/CMakeLists.txt names them; timing cases never are): unit and
  # integration ones built with TSan, then the main build's e2e ones driving the TSan daemon.
  ctest --test-dir build/tsan -L tsan -LE e2e --output-on-failure --no-tests=error
  CGS_E2E_BINARY=$root/build/tsan/src/cams-groupsync \
    ctest --test-dir build/ci -L tsan -L e2e --output-on-failure --no-tests=error
  unset TSAN_OPTIONS

  step "fuzzing (libFuzzer, ${CGS_FUZZ_SECONDS:-60} s per target)"
  bash scripts/fuzz.sh "${CGS_FUZZ_SECONDS:-60}"
fi
step "all tests passed"
