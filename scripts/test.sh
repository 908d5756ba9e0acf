#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs dependencies, checks formatting, builds with
# warnings as errors, starts a throwaway PostgreSQL, runs every test with CTest, then repeats the
# suite under ASan+UBSan. Exit status is non-zero on any failure.
#   scripts/test.sh            everything
#   CGS_TEST_SKIP_SANITIZERS=1 scripts/test.sh   skip the sanitizer pass (local iteration only)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc)

step() { printf '\n==> %s\n' "$*"; }

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

run_suite() {  # build dir, extra cmake args...
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCGS_WERROR=ON "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 900)
}

step "build and test (RelWithDebInfo, -Werror)"
run_suite build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo

if [ "${CGS_TEST_SKIP_SANITIZERS:-0}" != 1 ]; then
  step "build and test under ASan+UBSan"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0 \
    run_suite build/asan -DCMAKE_BUILD_TYPE=Debug -DCGS_SANITIZE=address,undefined
fi
step "all tests passed"
