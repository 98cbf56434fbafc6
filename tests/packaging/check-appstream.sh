#!/usr/bin/env bash
# check-appstream.sh METAINFO: appstreamcli's validation, strict (warnings and infos fail too;
# pedantic hints are only shown), without network (URLs are not fetched).
set -uo pipefail
command -v appstreamcli >/dev/null || {
    echo "FAIL: appstreamcli is missing (Debian package appstream; tools/install-deps.sh installs it)"
    exit 1
}
appstreamcli --version
appstreamcli validate --no-net --strict --pedantic "$1"
