#!/usr/bin/env bash
# Builds the .deb with CPack, then checks what it installs: the binary (which runs), the unit
# files, the example config, the migrations, and the declared library dependencies.
#   tests/systemd/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d /tmp/cgs-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" >cpack.log 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/*.deb)
echo "built $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/cams-groupsync usr/lib/systemd/system/cams-groupsync.service \
         usr/lib/systemd/system/cams-groupsync-once.timer etc/cams-groupsync/config.yaml.example \
         usr/share/cams-groupsync/migrations/0001_init.sql usr/share/doc/cams-groupsync/README.md \
         usr/share/man/man8/cams-groupsync.8.gz usr/share/man/man5/cams-groupsync.yaml.5.gz \
         usr/share/cams-groupsync/contrib/prometheus/cams-groupsync.rules.yml \
         usr/share/cams-groupsync/contrib/grafana/cams-groupsync.json \
         usr/share/cams-groupsync/contrib/webhook-receiver/receiver.py; do
  [ -e "$work/root/$f" ] || { echo "FAIL: the package lacks /$f"; exit 1; }
done
"$work/root/usr/bin/cams-groupsync" --version
"$work/root/usr/bin/cams-groupsync" --check-config --config "$work/root/etc/cams-groupsync/config.yaml.example" >/dev/null
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libpqxx libcurl libyaml-cpp libspdlog libsystemd; do
  echo "$depends" | grep -q "$lib" || { echo "FAIL: Depends lacks $lib: $depends"; exit 1; }
done
echo "ok: Depends: $depends"
