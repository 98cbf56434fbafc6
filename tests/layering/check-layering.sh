#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The layering of README's "Layout", checked on the includes: each folder of model/ and widgets/
# may include only the modules below it. A header that crosses a layer would compile (all
# modules share one include root) and tie two libraries together that must stay apart: the
# headless daemon without browser or viewer code, the browser and viewer without the engine.
set -eu
root=${1:?usage: check-layering.sh SOURCE_DIR}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
status=0
allowed() {
    case $1 in
    model/core) echo "core" ;;
    model/compression) echo "core compression" ;;
    model/config) echo "core compression config" ;;
    model/policy) echo "core compression config policy" ;;
    model/engine) echo "core compression config policy engine" ;;
    model/browser) echo "core compression config policy browser" ;;
    model/viewer) echo "core compression viewer" ;;
    model/desktop) echo "core compression config policy engine desktop" ;;
    widgets/common) echo "core widgets/common" ;;
    widgets/viewer) echo "core compression viewer widgets/common widgets/viewer" ;;
    widgets/browser) echo "core compression config policy browser widgets/common widgets/browser" ;;
    widgets/settings) echo "core compression config policy engine desktop widgets/common widgets/settings" ;;
    widgets/tray) echo "core compression config policy engine desktop widgets/common widgets/tray" ;;
    *) echo "" ;;
    esac
}
for dir in "$root"/model/*/ "$root"/widgets/*/; do
    [ -d "$dir" ] || continue
    module=${dir#"$root"/}
    module=${module%/}
    ok=$(allowed "$module")
    if [ -z "$ok" ]; then
        echo "$module: a folder the layering does not know; add it to $0"
        status=1
        continue
    fi
    for file in "$dir"*.h "$dir"*.cpp; do
        [ -e "$file" ] || continue
        grep -nE '^#include "[a-z]+(/[a-z]+)?/' "$file" | while IFS= read -r line; do
            target=$(printf '%s\n' "$line" | sed -E 's/^[0-9]+:#include "(widgets\/[a-z]+|[a-z]+)\/.*/\1/')
            case " $ok " in
            *" $target "*) ;;
            *) echo "${file#"$root"/}:${line%%:*}: $module must not include $target"; echo x >>"$tmp" ;;
            esac
        done
    done
done
[ -s "$tmp" ] && status=1
[ $status -eq 0 ] && echo "layering: every include of model/ and widgets/ goes down, never up or across"
exit $status
