# Sourced by scripts/demo.sh and bench/run.sh (from the repository root).
# release_workspace NAME: a Release build of the daemon and cams-sim in build/NAME ($bin, $sim),
# and a scratch directory $work, traversable by the postgres user, removed on exit together with
# the simulator started as $sim_pid and the PostgreSQL cluster under $work/pg.
release_workspace() {
  local name=$1
  cmake -S . -B "build/$name" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCGS_BUILD_TESTS=OFF >/dev/null
  cmake --build "build/$name" -j "$(nproc)" | tail -n 1
  bin=build/$name/src/cams-groupsync
  sim=build/$name/tools/cams-sim/cams-sim
  work=$(mktemp -d "/tmp/cgs-$name.XXXXXX")
  chmod 755 "$work"
  sim_pid=""
  trap release_workspace_cleanup EXIT
}

release_workspace_cleanup() {
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
  bash scripts/local-pg.sh stop "$work/pg" || true
  rm -rf "$work"
}
