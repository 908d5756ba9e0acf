#!/usr/bin/env bash
# Builds the .deb with CPack, then checks what it installs: the binary (which runs), the unit
# files, the example config, the migrations, man pages, contrib files and the declared library
# dependencies; then runs lintian (no error, no warning) and, as root, installs the package,
# verifies its installed units and purges it, checking that nothing is left behind.
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
         usr/share/doc/cams-groupsync/examples/webhook-receiver/receiver.py \
         usr/share/doc/cams-groupsync/sql.md usr/share/doc/cams-groupsync/runtime-role.sql \
         usr/share/doc/cams-groupsync/copyright usr/share/doc/cams-groupsync/changelog.gz; do
  [ -e "$work/root/$f" ] || { echo "FAIL: the package lacks /$f"; exit 1; }
done
"$work/root/usr/bin/cams-groupsync" --version
# The example is valid, and --check-config says what stops an unedited copy from syncing: the
# placeholder account and the unset AccessKey variables (exit 2).
example="$work/root/etc/cams-groupsync/config.yaml.example"
set +e
check=$(env -u ALIBABA_CLOUD_ACCESS_KEY_ID -u ALIBABA_CLOUD_ACCESS_KEY_SECRET \
  "$work/root/usr/bin/cams-groupsync" --check-config --config "$example" 2>&1)
code=$?
set -e
for want in "is valid" "cams-xxxx is the example's placeholder" \
            "environment variable ALIBABA_CLOUD_ACCESS_KEY_ID is not set"; do
  echo "$check" | grep -qF "$want" || { echo "FAIL: --check-config of the example lacks: $want"; echo "$check"; exit 1; }
done
[ "$code" = 2 ] || { echo "FAIL: --check-config of the unedited example exited $code, not 2"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libpqxx libcurl libyaml-cpp libspdlog libsystemd; do
  echo "$depends" | grep -q "$lib" || { echo "FAIL: Depends lacks $lib: $depends"; exit 1; }
done
echo "ok: Depends: $depends"

# Debian's linter: no error and no warning (informational tags are listed, not failed).
if command -v lintian >/dev/null; then
  report=$(lintian --display-info --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
  echo "${report:-lintian: no tags}"
  if echo "$report" | grep -qE '^[EW]: '; then echo "FAIL: lintian reports errors or warnings"; exit 1; fi
else
  echo "FAIL: lintian is not installed (scripts/install-deps.sh installs it)"; exit 1
fi

# Install, verify the installed units, purge: nothing may be left behind. Needs root, and a
# machine where the package is not installed already (it never touches a real installation).
if [ "$(id -u)" != 0 ]; then
  echo "skip install/purge: not root (CI runs it as root)"; exit 0
fi
if dpkg-query -W -f='${Status}' cams-groupsync 2>/dev/null | grep -q installed; then
  echo "skip install/purge: cams-groupsync is installed on this machine"; exit 0
fi
dpkg -i "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
installed=$(dpkg -L cams-groupsync)
units=$(echo "$installed" | grep -E '\.(service|timer)$')
if ! out=$(systemd-analyze verify $units 2>&1) || [ -n "$out" ]; then
  echo "FAIL: systemd-analyze verify of the installed units:"; echo "$out"
  dpkg --purge cams-groupsync >/dev/null 2>&1 || true
  exit 1
fi
echo "ok: installed; systemd-analyze verify is clean for $(echo $units | wc -w) installed units"
/usr/bin/cams-groupsync --version >/dev/null
man -w cams-groupsync >/dev/null && man -w 5 cams-groupsync.yaml >/dev/null
dpkg --purge cams-groupsync >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; exit 1; }
left=""
while IFS= read -r path; do
  if [ -f "$path" ] || [ -L "$path" ]; then left+="$path "; fi
done <<<"$installed"
[ -e /etc/cams-groupsync ] && left+="/etc/cams-groupsync "
if [ -n "$left" ]; then echo "FAIL: purge left files behind: $left"; exit 1; fi
echo "ok: purged; no file of the package is left"
