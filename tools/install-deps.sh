#!/bin/sh
# Installs the Debian 12 packages Logkeeper needs to build, run and test. Idempotent: does
# nothing when everything is already there. Run as root (or through sudo).
# Its last line of packages: the validators the packaging tests run (tests/packaging).
set -eu
# libqt6svg6: the SVG icon engine, without which the tray and window icons are blank;
# xvfb trayer x11-utils: the test that docks the tray icon in a real X tray; xdotool: the test
# that closes a view-only viewer as a user does;
# qt6-tools-dev qt6-l10n-tools: lupdate and lrelease (translations/); qt6-translations-l10n:
# Qt's own German texts (the command line parser's, the message box buttons).
packages="cmake ninja-build g++ pkg-config qt6-base-dev libarchive-dev zlib1g-dev libzstd-dev
          gzip bzip2 xz-utils zstd libqt6svg6 xvfb trayer x11-utils xdotool
          qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
          desktop-file-utils appstream man-db systemd procps"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
