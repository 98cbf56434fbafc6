#!/usr/bin/env bash
# check-appstream.sh METAINFO: appstreamcli's validation without network (URLs are not
# fetched). Errors and warnings fail; infos and pedantic hints are shown only: AppStream 1.0
# (Debian 13) wants <developer id>, which 0.16 (Debian 12) notes as an unknown tag (an info).
set -uo pipefail
command -v appstreamcli >/dev/null || {
    echo "FAIL: appstreamcli is missing (Debian package appstream; tools/install-deps.sh installs it)"
    exit 1
}
appstreamcli --version
output=$(appstreamcli validate --no-net --pedantic "$1" 2>&1)
status=$?
echo "$output"
if [ $status -ne 0 ] || grep -qE '^[EW]: ' <<<"$output"; then
    echo "FAIL: appstreamcli validate --no-net $1 reports errors or warnings (exit status $status)"
    exit 1
fi
