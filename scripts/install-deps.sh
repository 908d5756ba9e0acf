#!/usr/bin/env bash
# Installs every build, test and run dependency of cams-groupsync from Debian 12 packages.
# Idempotent: apt-get skips what is already installed, so running it twice is safe.
set -euo pipefail

packages=(
  # toolchain
  build-essential g++ clang cmake ninja-build pkg-config git clang-format
  # libraries
  libpqxx-dev libpq-dev libcurl4-openssl-dev libssl-dev nlohmann-json3-dev libspdlog-dev libfmt-dev
  libyaml-cpp-dev libcli11-dev libsystemd-dev libcpp-httplib-dev libgtest-dev libgmock-dev
  # database server and client for tests, the demo and benchmarks
  postgresql postgresql-client
  # tests and tooling: official-SDK compat test (node; its npm ships with nodejs), unit checks (systemd-analyze), measurements, TLS test server (openssl)
  nodejs systemd time curl procps python3 ca-certificates openssl
  # a busy machine: the quota and freshness tests run again beside a CPU hog
  stress-ng
  # operator toolbox checks: promtool (alert rules, metrics lint), lintian (the .deb), man
  prometheus lintian man-db
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "install-deps: installed ${missing[*]}"
