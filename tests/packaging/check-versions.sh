#!/usr/bin/env bash
# check-versions.sh VERSION SOURCE_DIR: the project's version is the newest entry of the
# Debian changelog, the AppStream releases and the man page, so a release updates all three.
set -uo pipefail
version=$1 src=$2
failed=0
changelog=$(head -n1 "$src/packaging/debian/changelog" | sed -n 's/^logkeeper (\([^)]*\)).*/\1/p')
metainfo=$(grep -m1 -oE '<release version="[^"]+"' "$src/packaging/io.github.logkeeper.Logkeeper.metainfo.xml" |
           sed 's/.*version="//; s/"$//')
manpage=$(grep -m1 '^\.TH ' "$src/packaging/logkeeper.1" | grep -oE '"Logkeeper [^"]+"' | sed 's/"Logkeeper //; s/"$//')
for pair in "packaging/debian/changelog:$changelog" "metainfo's newest release:$metainfo" \
            "packaging/logkeeper.1 (.TH):$manpage"; do
    if [ "${pair##*:}" != "$version" ]; then
        echo "FAIL: ${pair%:*} says '${pair##*:}', the project is $version"
        failed=1
    fi
done
[ $failed -eq 0 ] && echo "OK: changelog, metainfo and man page are at $version"
exit $failed
