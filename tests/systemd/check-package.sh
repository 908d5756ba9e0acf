#!/usr/bin/env bash
# Builds the .deb with CPack, then checks what it installs: the binary (which runs), the unit
# files, the example config, the migrations, man pages, contrib files and the declared library
# dependencies; then runs lintian (no error, no warning), runs the maintainer scripts where neither
# systemd nor init-system-helpers is there, and, as root, walks the package's lifecycle (install,
# upgrade to a second build, remove, purge) checking what the scripts ask of systemd and that a
# purge leaves nothing behind, /etc/cams-groupsync and its secrets included.
#   tests/systemd/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d /tmp/cgs-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" >cpack.log 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/*.deb)
echo "built $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/cams-groupsync usr/bin/cams-groupsync-admin \
         usr/share/man/man8/cams-groupsync-admin.8.gz usr/lib/systemd/system/cams-groupsync.service \
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

# The maintainer scripts where nothing helps them: no systemd, no init-system-helpers, only sh and
# rm on PATH, installing into another root (DPKG_ROOT). Each must succeed; the purge must still
# remove the configuration and its secrets.
dpkg-deb -e "$deb" "$work/control"
mkdir -p "$work/bare/bin" "$work/alt/etc/cams-groupsync" "$work/alt/run/systemd/system"
ln -s "$(command -v sh)" "$work/bare/bin/sh"
ln -s "$(command -v rm)" "$work/bare/bin/rm"
echo secret >"$work/alt/etc/cams-groupsync/access-key-secret"
for step in "postinst configure" "postinst configure 0.4.1" "prerm remove" "postrm remove" \
            "postrm purge"; do
  set -- $step
  script=$1; shift
  env -i PATH="$work/bare/bin" DPKG_ROOT="$work/alt" sh "$work/control/$script" "$@" \
    2>"$work/bare.log" ||
    { echo "FAIL: $step fails without systemd and init-system-helpers"; cat "$work/bare.log"; exit 1; }
done
[ ! -e "$work/alt/etc/cams-groupsync" ] || { echo "FAIL: postrm purge left /etc/cams-groupsync"; exit 1; }
echo "ok: the maintainer scripts succeed without systemd or init-system-helpers"

# The lifecycle as an operator meets it: install, README's setup (configuration, AccessKey
# secret, environment file), an upgrade to a second build, remove, purge. systemd is not PID 1 in
# CI, so it is stood in for: /run/systemd/system (made only when absent, removed after), and
# stubs of deb-systemd-helper, deb-systemd-invoke and systemctl first on PATH that record each
# call. Needs root, and a machine where the package is not installed already.
if [ "$(id -u)" != 0 ]; then
  echo "skip install/upgrade/purge: not root (CI runs it as root)"; exit 0
fi
if dpkg-query -W -f='${Status}' cams-groupsync 2>/dev/null | grep -q installed; then
  echo "skip install/upgrade/purge: cams-groupsync is installed on this machine"; exit 0
fi
calls="$work/calls"
mkdir -p "$work/stubs"
for tool in deb-systemd-helper deb-systemd-invoke systemctl; do
  printf '#!/bin/sh\necho "%s $*" >>"%s"\n' "$tool" "$calls" >"$work/stubs/$tool"
  chmod 755 "$work/stubs/$tool"
done
made_run=""
if [ ! -d /run/systemd/system ]; then
  [ -d /run/systemd ] && made_run=system || made_run=systemd
  mkdir -p /run/systemd/system
fi
trap 'case "$made_run" in system) rmdir /run/systemd/system;; systemd) rm -r /run/systemd;; esac; rm -rf "$work"' EXIT
export PATH="$work/stubs:$PATH"
expect() {  # expect WHAT LINE: the recorded calls include LINE (or, with "no", do not)
  if [ "$1" = no ]; then
    ! grep -qF -- "$2" "$calls" || { echo "FAIL: $3 called: $2"; cat "$calls"; exit 1; }
  else
    grep -qxF -- "$2" "$calls" || { echo "FAIL: $3 did not call: $2"; cat "$calls"; exit 1; }
  fi
}
units="cams-groupsync.service cams-groupsync-once.service cams-groupsync-once.timer"

: >"$calls"
dpkg -i "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
expect yes "deb-systemd-helper update-state $units" install
expect yes "systemctl --system daemon-reload" install
expect no "enable" install
expect no "deb-systemd-invoke" install
installed=$(dpkg -L cams-groupsync)
units_installed=$(echo "$installed" | grep -E '\.(service|timer)$')
if ! out=$(systemd-analyze verify $units_installed 2>&1) || [ -n "$out" ]; then
  echo "FAIL: systemd-analyze verify of the installed units:"; echo "$out"
  dpkg --purge cams-groupsync >/dev/null 2>&1 || true
  exit 1
fi
echo "ok: installed; systemd-analyze verify is clean; nothing enabled or started"
/usr/bin/cams-groupsync --version >/dev/null
man -w cams-groupsync >/dev/null && man -w 5 cams-groupsync.yaml >/dev/null

# README's service setup puts these beside the example.
cp /etc/cams-groupsync/config.yaml.example /etc/cams-groupsync/config.yaml
install -m 600 /dev/null /etc/cams-groupsync/access-key-secret
install -m 600 /dev/null /etc/cams-groupsync/environment

dpkg-deb -R "$deb" "$work/v2"
sed -i 's/^Version: \(.*\)$/Version: \1+lifecycle2/' "$work/v2/DEBIAN/control"
dpkg-deb -b "$work/v2" "$work/v2.deb" >/dev/null
: >"$calls"
dpkg -i "$work/v2.deb" >"$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log"; exit 1; }
expect yes "deb-systemd-invoke try-restart cams-groupsync.service" upgrade
expect no "stop" upgrade
[ -f /etc/cams-groupsync/config.yaml ] && [ -f /etc/cams-groupsync/access-key-secret ] ||
  { echo "FAIL: the upgrade lost the configuration"; exit 1; }
echo "ok: upgraded to $(dpkg-query -W -f='${Version}' cams-groupsync); the daemon restarted, the configuration kept"

: >"$calls"
dpkg -r cams-groupsync >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; exit 1; }
expect yes "deb-systemd-invoke stop cams-groupsync.service cams-groupsync-once.timer cams-groupsync-once.service" remove
expect yes "deb-systemd-helper mask $units" remove
[ -f /etc/cams-groupsync/access-key-secret ] || { echo "FAIL: remove (not purge) deleted the configuration"; exit 1; }
echo "ok: removed; the units stopped, the configuration kept until a purge"

: >"$calls"
dpkg --purge cams-groupsync >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; exit 1; }
expect yes "deb-systemd-helper purge $units" purge
left=""
while IFS= read -r path; do
  if [ -f "$path" ] || [ -L "$path" ]; then left+="$path "; fi
done <<<"$installed"
[ -e /etc/cams-groupsync ] && left+="/etc/cams-groupsync "
if [ -n "$left" ]; then echo "FAIL: purge left files behind: $left"; exit 1; fi
echo "ok: purged; no file of the package, and nothing of /etc/cams-groupsync (secrets included), is left"
