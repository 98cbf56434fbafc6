#!/usr/bin/env bash
# check-staged-install.sh BUILD_DIR STAGE MANDIR SYSTEM_UNIT USER_UNIT FILE...
# Installs the build into STAGE (DESTDIR), checks that every expected FILE is there, and runs
# `systemd-analyze verify --root=STAGE` on both installed units: it parses them, checks every
# Exec binary exists in the stage and that `man` finds the page Documentation= names there.
# systemd's own targets and /bin/kill (ExecReload) are copied from this machine into the stage.
# --root works only for system units, so the user unit is verified as a system unit (it uses
# no user-only setting). Any message from systemd-analyze fails the test: it reports unknown
# keys and bad values as warnings with exit status 0.
set -uo pipefail
build=$1 stage=$2 mandir=$3 system_unit=$4 user_unit=$5
shift 5
command -v systemd-analyze >/dev/null || {
    echo "FAIL: systemd-analyze is missing (Debian package systemd; tools/install-deps.sh installs it)"
    exit 1
}
command -v man >/dev/null || { echo "FAIL: man is missing (Debian package man-db)"; exit 1; }

rm -rf "$stage"
DESTDIR=$stage cmake --install "$build" >"$stage.log" 2>&1 || {
    echo "FAIL: cmake --install $build:"; cat "$stage.log"; exit 1
}
failed=0
for file in "$@"; do
    [ -f "$stage$file" ] || { echo "FAIL: not installed: $file"; failed=1; }
done
[ $failed -eq 0 ] && echo "OK: all $# expected files installed"

units=
for dir in /usr/lib/systemd/system /lib/systemd/system; do
    [ -f "$dir/sysinit.target" ] && units=$dir && break
done
[ -n "$units" ] || { echo "FAIL: no systemd units on this machine (sysinit.target)"; exit 1; }
[ -x /bin/kill ] || { echo "FAIL: /bin/kill is missing (Debian package procps)"; exit 1; }
mkdir -p "$stage/usr/lib/systemd/system" "$stage/usr/bin"
cp "$units"/*.target "$units"/*.slice "$stage/usr/lib/systemd/system/"
cp /bin/kill "$stage/usr/bin/kill"
[ -e "$stage/bin" ] || ln -s usr/bin "$stage/bin"
[ -e "$stage/lib" ] || ln -s usr/lib "$stage/lib"

for unit in "$system_unit" "$user_unit"; do
    output=$(MANPATH=$stage$mandir systemd-analyze verify --root="$stage" "$unit" 2>&1)
    status=$?
    if [ $status -ne 0 ] || [ -n "$output" ]; then
        echo "FAIL: systemd-analyze verify --root=$stage $unit (exit status $status):"
        echo "$output"
        failed=1
    else
        echo "OK: systemd-analyze verify --root=$stage $unit"
    fi
done
exit $failed
