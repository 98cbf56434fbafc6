#!/usr/bin/env bash
# Builds the Debian package and checks it the way a user gets it: lintian (an error fails),
# desktop-file-validate and appstreamcli on the packaged files, then `apt-get install ./*.deb`
# into a clean Debian 12 root, where the installed units pass `systemd-analyze verify`, the
# man page renders without warnings, `logkeeper --version` works, every shipped config passes
# --check-config, and the system service's command idles on the shipped config. Then the root
# is booted with systemd-nspawn to run the real, sandboxed system service: it idles, rotates a
# log set added to its config, reloads and stops. Last, a purge must leave nothing behind.
# The root is made once with mmdebstrap and kept in /var/cache/logkeeper/bookworm-root; each
# run works on an overlay of it, so it stays clean. Needs root. LOGKEEPER_PACKAGE_BUILD
# overrides the build folder (default build-package/).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
root=${LOGKEEPER_DEBIAN12_ROOT:-/var/cache/logkeeper/bookworm-root}
debs=${root%/*}/bookworm-debs # downloaded packages, kept between runs
build=${LOGKEEPER_PACKAGE_BUILD:-$src/build-package}
[ "$(id -u)" -eq 0 ] || { echo "package-check: run it as root" >&2; exit 1; }

step() { printf '\n=== %s\n' "$*"; }
passed=()
ok() { echo "OK: $*"; passed+=("$*"); }
fail() { echo "package-check: FAILED: $*" >&2; exit 1; }
# Runs a validator that reports problems as output: any output, or a non-zero exit, fails.
silent() {
    local output
    output=$("$@" 2>&1) || fail "$* (exit status $?): $output"
    [ -z "$output" ] || fail "$*: $output"
}

step "Tools"
"$src/tools/install-deps.sh"
missing=""
for p in dpkg-dev lintian mmdebstrap systemd-container; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

if [ -n "${LOGKEEPER_PACKAGE_DEB:-}" ]; then
    deb=$(realpath "$LOGKEEPER_PACKAGE_DEB")
else
    step "Building the package in $build"
    rm -rf "$build" && mkdir -p "$build"
    # Debian's flags, with every hardening feature (lintian checks them). CMake reads no CPPFLAGS.
    eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
    export CXXFLAGS="$CXXFLAGS $CPPFLAGS"
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_INSTALL_PREFIX=/usr \
        -DBUILD_TESTING=OFF >"$build/configure.log" || { cat "$build/configure.log"; fail "cmake"; }
    grep -E "compression backend" "$build/configure.log" || true
    cmake --build "$build" -j2
    (cd "$build" && cpack -G DEB)
    deb=$(ls "$build"/logkeeper_*.deb)
fi
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
ok "package $(basename "$deb")"

unpacked=$(mktemp -d)
mounts=() api_mounts=()
cleanup() {
    [ -z "${daemon:-}" ] || kill "$daemon" 2>/dev/null || true
    for ((i = ${#api_mounts[@]} - 1; i >= 0; i--)); do umount -l "${api_mounts[i]}" 2>/dev/null || true; done
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
    rm -rf "$unpacked"
    # Never delete through a mount that is still there (the root has /dev bound into it).
    if [ -n "${work:-}" ]; then
        if findmnt -rn -o TARGET | grep -q "^$work/"; then
            echo "package-check: $work still has mounts; left in place" >&2
        else
            rm -rf --one-file-system "$work"
        fi
    fi
}
trap cleanup EXIT

step "lintian"
# As an unprivileged user, as lintian asks, on a copy it can read wherever the checkout is.
lintian_dir=$unpacked/lintian
mkdir -m 755 "$lintian_dir" && chmod 755 "$unpacked" && cp "$deb" "$lintian_dir/"
runuser -u nobody -- env HOME="$lintian_dir" lintian --fail-on error --display-info \
    "$lintian_dir/$(basename "$deb")" || fail "lintian reports errors (above)"
ok "lintian: no errors"

step "desktop-file-validate and appstreamcli on the packaged files"
dpkg-deb -x "$deb" "$unpacked"
silent desktop-file-validate "$unpacked/usr/share/applications/io.github.logkeeper.Logkeeper.desktop"
ok "desktop-file-validate"
# The criterion of the CTest check: errors and warnings fail, infos are shown.
"$src/tests/packaging/check-appstream.sh" \
    "$unpacked/usr/share/metainfo/io.github.logkeeper.Logkeeper.metainfo.xml" ||
    fail "appstreamcli validate"
ok "appstreamcli validate --no-net: no errors, no warnings"

step "The clean Debian 12 root"
if [ ! -x "$root/usr/bin/systemd-analyze" ] || [ ! -x "$root/usr/bin/man" ]; then
    echo "Making the Debian 12 root in $root (a few minutes)..."
    rm -rf "$root.new"
    mkdir -p "${root%/*}"
    # A minimal system with systemd as init (to verify and boot the units) and man-db.
    mmdebstrap --variant=apt --include=systemd,man-db bookworm "$root.new" ||
        fail "cannot make the Debian 12 root (see above)"
    rm -rf "$root" && mv "$root.new" "$root"
fi
work=$(mktemp -d /var/tmp/logkeeper-package-check.XXXXXX)
chroot_dir=$work/root
mkdir -p "$chroot_dir" "$work/upper" "$work/work" "$debs"
if mount -t overlay overlay -o "lowerdir=$root,upperdir=$work/upper,workdir=$work/work" "$chroot_dir"; then
    mounts+=("$chroot_dir")
else
    echo "(no overlayfs here: copying the root)"
    cp -a "$root/." "$chroot_dir/"
fi
# The API filesystems for chroot; taken away again while systemd-nspawn boots the root.
bind() { mkdir -p "$chroot_dir$2"; mount --bind "$1" "$chroot_dir$2"; api_mounts+=("$chroot_dir$2"); }
mount_api() {
    mount -t proc proc "$chroot_dir/proc" && api_mounts+=("$chroot_dir/proc")
    bind /dev /dev
    bind /dev/pts /dev/pts
    mount -t tmpfs tmpfs "$chroot_dir/tmp" && api_mounts+=("$chroot_dir/tmp")
    bind "$debs" /var/cache/apt/archives
}
unmount_api() {
    for ((i = ${#api_mounts[@]} - 1; i >= 0; i--)); do umount "${api_mounts[i]}"; done
    api_mounts=()
}
mount_api
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
cp "$deb" "$chroot_dir/tmp/"
in_root() {
    chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

step "apt-get install ./$(basename "$deb")"
in_root apt-get update -qq
in_root sh -c 'cd /tmp && apt-get install -y -q ./logkeeper_*.deb' || fail "apt-get install"
ok "apt-get install ./$(basename "$deb") into a clean Debian 12"
in_root logkeeper --version || fail "logkeeper --version"
ok "logkeeper --version"
in_root dpkg-query -W -f='${Conffiles}\n' logkeeper | grep -q '^ /etc/logkeeper/config.json ' ||
    fail "/etc/logkeeper/config.json is not a conffile"
ok "/etc/logkeeper/config.json is a conffile"
for config in /etc/logkeeper/config.json $(in_root sh -c 'ls /usr/share/doc/logkeeper/examples/*.json'); do
    in_root logkeeper --check-config -c "$config" || fail "logkeeper --check-config -c $config"
    ok "logkeeper --check-config -c $config"
done

step "The installed units and man page"
# The units as installed, with the binary and the man page their Exec= and Documentation= name.
silent in_root systemd-analyze verify /usr/lib/systemd/system/logkeeper.service
ok "systemd-analyze verify /usr/lib/systemd/system/logkeeper.service"
in_root mkdir -m 700 -p /tmp/runtime
silent in_root env XDG_RUNTIME_DIR=/tmp/runtime \
    systemd-analyze --user verify /usr/lib/systemd/user/logkeeper.service
ok "systemd-analyze --user verify /usr/lib/systemd/user/logkeeper.service"
in_root systemd-analyze security --offline=true /usr/lib/systemd/system/logkeeper.service |
    grep "Overall exposure" || true
silent in_root sh -c 'MANWIDTH=80 man --warnings logkeeper 2>&1 >/dev/null'
ok "man --warnings logkeeper (installed page)"
in_root sh -c '! systemctl is-enabled logkeeper.service >/dev/null 2>&1' ||
    fail "the package enabled logkeeper.service"
ok "logkeeper.service is not enabled by the package"

step "The system service's command on a fresh install"
# What systemd would start (ExecStart and Environment of the installed unit; StateDirectory made
# by hand): on the shipped config it must idle, not exit, and stop cleanly on SIGTERM.
unit=$chroot_dir/usr/lib/systemd/system/logkeeper.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
environment=$(sed -n 's/^Environment=//p' "$unit")
in_root mkdir -p /var/lib/logkeeper
echo "running: $environment $exec_start"
# exec: the background job is the daemon itself (chroot and env exec too), so $! is its pid.
(exec chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    $environment $exec_start 2>"$work/daemon.log") &
daemon=$!
sleep 5
[ "$(readlink "/proc/$daemon/exe" 2>/dev/null)" = "$chroot_dir/usr/bin/logkeeper" ] ||
    { cat "$work/daemon.log"; fail "the service's command is not running after 5 s"; }
# It holds the lock of the state file in StateDirectory= (the only writable place it needs).
[ -f "$chroot_dir/var/lib/logkeeper/state.json.lock" ] ||
    { cat "$work/daemon.log"; fail "no lock at /var/lib/logkeeper/state.json.lock"; }
kill -TERM $daemon
status=0
wait $daemon || status=$?
daemon=
cat "$work/daemon.log"
[ $status -eq 0 ] || fail "the service's command exited with $status on SIGTERM"
[ -f "$chroot_dir/var/lib/logkeeper/state.json.lock" ] && fail "the lock outlived the daemon"
ok "the service's command idles on the shipped config and stops cleanly on SIGTERM"

step "The system service under systemd (systemd-nspawn --boot)"
# The real unit with all its sandboxing, under systemd 252: enabled by hand, it must idle on the
# shipped config, then rotate, compress and run the hook of a log set added to the running
# daemon's config (in /var/log, the folder ReadWritePaths= opens), rotate a set with run_as as
# that user, reload, and stop cleanly.
cat >"$chroot_dir/usr/local/sbin/logkeeper-service-test" <<'SCRIPT'
#!/bin/sh
exec >/logkeeper-service-test.log 2>&1
failed=0
check() { if eval "$2"; then echo "OK: $1"; else echo "FAIL: $1"; failed=1; fi; }
# Polls for up to a minute: a slow machine gets time, a broken service still ends the test.
wait_for() { i=0; until eval "$1"; do i=$((i + 1)); [ $i -lt 120 ] || return 1; sleep 0.5; done; }
prop() { systemctl show -P "$1" logkeeper.service; }

check "the service is active on the shipped config" \
    'wait_for "[ \"\$(systemctl is-active logkeeper)\" = active ]"'
pid=$(prop MainPID)
sleep 5
check "after 5 s it still runs as the same process, never restarted" \
    '[ "$(systemctl is-active logkeeper)" = active ] && [ "$(prop MainPID)" = "$pid" ] && [ "$(prop NRestarts)" = 0 ]'

mkdir -p /var/log/lktest /var/log/lkuser
echo first line >/var/log/lktest/app.log
echo first line >/var/log/lkuser/app.log
chown -R nobody:nogroup /var/log/lkuser
cat >/etc/logkeeper/config.json <<'JSON'
{
    "log_sets": [
        { "name": "lktest", "log_dir": "/var/log/lktest", "active_log": "app.log",
          "rotation": { "max_size_mb": 0.01 }, "archival": { "codec": "zstd" },
          "hooks": { "post_rotate": "echo \"$LOGKEEPER_SET $LOGKEEPER_ARCHIVE\" > /var/log/lktest/hook.txt" } },
        { "name": "lkuser", "log_dir": "/var/log/lkuser", "active_log": "app.log",
          "rotation": { "max_size_mb": 0.01 }, "run_as": { "user": "nobody", "group": "nogroup" },
          "hooks": { "post_rotate": "id -u > /var/log/lkuser/hook-uid.txt" } }
    ],
    "debounce_time": 1, "max_wait": 3, "poll_interval": 5,
    "state_file": "/var/lib/logkeeper/state.json"
}
JSON
check "the daemon applies the edited config" \
    'wait_for "journalctl -u logkeeper | grep -q \"config /etc/logkeeper/config.json reloaded\""'
head -c 30000 /dev/urandom | base64 >>/var/log/lktest/app.log
head -c 30000 /dev/urandom | base64 >>/var/log/lkuser/app.log
check "the log is rotated into a verified zstd archive" \
    'wait_for "ls /var/log/lktest/archive/app_*.log.zst >/dev/null 2>&1 && journalctl -u logkeeper | grep -q verified"'
check "the post_rotate hook ran" 'wait_for "grep -q \"^lktest /var/log/lktest/archive/app_\" /var/log/lktest/hook.txt"'
# run_as under the unit's capability bounding set: the archive folder and archive are made by
# nobody, and the hook runs as nobody.
check "a run_as set is archived as its user" \
    'wait_for "ls /var/log/lkuser/archive/app_*.log.gz >/dev/null 2>&1" && [ "$(stat -c %U:%G /var/log/lkuser/archive)" = nobody:nogroup ] && [ "$(stat -c %U /var/log/lkuser/archive/app_*.log.gz)" = nobody ]'
check "its hook ran as nobody" 'wait_for "grep -qx 65534 /var/log/lkuser/hook-uid.txt"'
check "the state is kept in /var/lib/logkeeper" '[ -s /var/lib/logkeeper/state.json ]'
systemctl reload logkeeper
check "systemctl reload keeps it running" \
    '[ "$(systemctl is-active logkeeper)" = active ] && [ "$(prop MainPID)" = "$pid" ]'
systemctl stop logkeeper
check "it stops cleanly" '[ "$(prop Result)" = success ] && [ "$(prop ExecMainStatus)" = 0 ]'
check "no warning or error in its journal but the one about no log sets" \
    '[ -z "$(journalctl -u logkeeper -o cat | grep -E "^(WARNING|ERROR|CRITICAL):" | grep -v "no log sets configured")" ]'
echo "--- journalctl -u logkeeper"
journalctl -u logkeeper --no-pager
[ $failed -eq 0 ] && echo "ALL PASSED"
systemctl poweroff
SCRIPT
chmod 755 "$chroot_dir/usr/local/sbin/logkeeper-service-test"
cat >"$chroot_dir/etc/systemd/system/logkeeper-service-test.service" <<'UNIT'
[Unit]
Description=package-check: the logkeeper service under systemd
After=logkeeper.service
[Service]
Type=oneshot
ExecStart=/usr/local/sbin/logkeeper-service-test
[Install]
WantedBy=multi-user.target
UNIT
in_root systemctl enable logkeeper.service logkeeper-service-test.service
unmount_api
timeout 300 systemd-nspawn --quiet --directory="$chroot_dir" --boot --register=no --keep-unit \
    --private-network >"$work/boot.log" 2>&1 || { cat "$work/boot.log"; fail "systemd-nspawn --boot"; }
mount_api
cat "$chroot_dir/logkeeper-service-test.log" 2>/dev/null || { cat "$work/boot.log"; fail "the test in the booted root did not run"; }
grep -q "^ALL PASSED$" "$chroot_dir/logkeeper-service-test.log" || fail "the service under systemd (above)"
ok "the hardened system service under systemd: idles on the shipped config, rotates, runs the hook, rotates as a run_as user, reloads, stops"

step "apt-get purge logkeeper"
in_root apt-get purge -y -q logkeeper || fail "apt-get purge"
for path in /usr/bin/logkeeper /etc/logkeeper /var/lib/logkeeper /usr/share/doc/logkeeper; do
    [ ! -e "$chroot_dir$path" ] || fail "$path is left after the purge"
done
ok "apt-get purge leaves nothing behind"

printf '\n=== package-check: %d checks passed\n' "${#passed[@]}"
printf '  %s\n' "${passed[@]}"
