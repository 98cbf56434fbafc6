#!/usr/bin/env bash
# Builds Logkeeper and runs the whole test suite inside a Debian 13 root, where Qt 6.8 and
# KF6 Archive exist: the build that uses KArchive. The root is made once with mmdebstrap and
# kept in /var/cache/logkeeper (outside the checkout); later runs reuse it. Needs root.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
root=${LOGKEEPER_DEBIAN13_ROOT:-/var/cache/logkeeper/trixie-root}
# (Debian 13 ships the SVG icon engine in qt6-svg-plugins, Debian 12 in libqt6svg6.)
packages=qt6-base-dev,libkf6archive-dev,libarchive-dev,zlib1g-dev,libzstd-dev,cmake,g++,ninja-build,pkg-config,gzip,bzip2,xz-utils,zstd,mount,qt6-svg-plugins
# lupdate, lrelease and Qt's own catalogues (translations/, tests/translations).
packages=$packages,qt6-tools-dev,qt6-l10n-tools,qt6-translations-l10n
# The validators of the packaging tests (tests/packaging), as in tools/install-deps.sh.
packages=$packages,desktop-file-utils,appstream,man-db,systemd,procps
# Tests run the binary under LANG=de_DE.UTF-8 and en_US.UTF-8: without those locales Qt 6.8
# warns on stderr that it switched to C.UTF-8, which is not what a German user sees.
packages=$packages,locales-all

if [ ! -x "$root/usr/bin/cmake" ] || [ ! -d "$root/usr/include/KF6/KArchive" ] ||
   [ ! -f "$root/usr/include/zlib.h" ] || [ ! -x "$root/usr/bin/mount" ] ||
   [ ! -x "$root/usr/bin/desktop-file-validate" ] || [ ! -x "$root/usr/bin/systemd-analyze" ] ||
   [ ! -d "$root/usr/share/doc/locales-all" ] || [ ! -x "$root/usr/lib/qt6/bin/lupdate" ] || [ ! -f "$root/usr/share/qt6/translations/qtbase_de.qm" ] ||
   [ -z "$(find "$root/usr/lib" -path '*/qt6/plugins/iconengines/libqsvgicon.so' -print -quit)" ]; then
    command -v mmdebstrap >/dev/null || {
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap
    }
    echo "Making the Debian 13 root in $root (about a minute)..."
    rm -rf "$root.new"
    mkdir -p "$(dirname "$root")"
    mmdebstrap --variant=apt --include="$packages" trixie "$root.new" \
        || { echo "debian13-check: cannot make the Debian 13 root (see above)" >&2; exit 1; }
    rm -rf "$root" && mv "$root.new" "$root"
fi

mounts=()
cleanup() {
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() { mkdir -p "$root$2"; mount --bind "$1" "$root$2"; mounts+=("$root$2"); }
mkdir -p "$root/proc" && mount -t proc proc "$root/proc" && mounts+=("$root/proc")
bind /dev /dev
mkdir -p "$root/dev/shm" && mount -t tmpfs tmpfs "$root/dev/shm" && mounts+=("$root/dev/shm")
mount -t tmpfs -o size=4g tmpfs "$root/tmp" && mounts+=("$root/tmp")
bind "$src" /src

chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    bash -c 'set -e
        cmake -S /src -B /tmp/build -G Ninja -DLOGKEEPER_WERROR=ON | grep -E "compression backend|Configuring done"
        cmake --build /tmp/build
        /tmp/build/app/logkeeper --version
        /tmp/build/app/logkeeper --version | grep -q "compression: KArchive" || { echo "not built with KArchive" >&2; exit 1; }
        ctest --test-dir /tmp/build --output-on-failure -j2'
