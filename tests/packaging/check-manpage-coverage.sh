#!/usr/bin/env bash
# check-manpage-coverage.sh LOGKEEPER MANPAGE README: the man page documents every option the
# binary's --help lists and every config key of README's table, so it stays honest as options
# and keys are added.
set -uo pipefail
binary=$1 manpage=$2 readme=$3
failed=0

help=$("$binary" --help) || { echo "FAIL: $binary --help exited with $?"; exit 1; }
# QCommandLineParser's lines: "  -c, --config <file>  Read ..." or "  --headless  Run ...".
options=$(grep -oE '^ +(-[[:alnum:]], )?--[[:alnum:]-]+' <<<"$help" | tr ',' '\n' | tr -d ' ')
count=$(wc -w <<<"$options")
[ "$count" -ge 10 ] || { echo "FAIL: found only $count options in --help:"; echo "$help"; exit 1; }
for option in $options; do
    escaped=${option//-/\\-} # troff writes a literal minus as \-
    if ! grep -qF -- "$escaped" "$manpage"; then
        echo "FAIL: $option (listed by --help) is not in $manpage"
        failed=1
    fi
done
echo "checked $count options from --help: $(echo $options)"

# README's configuration table: "| `rotation.max_size_mb` | meaning | default |".
keys=$(sed -n '/^| key | meaning | default |/,/^$/p' "$readme" | sed -n 's/^| \([^|]*\) |.*/\1/p' |
       grep -oE '`[^`]+`' | tr -d '`' | sed 's/^log_sets\[\]\.//')
count=$(wc -w <<<"$keys")
[ "$count" -ge 15 ] || { echo "FAIL: found only $count keys in README's configuration table"; exit 1; }
for key in $keys; do
    if ! grep -qF -- "$key" "$manpage"; then
        echo "FAIL: config key $key (README's table) is not in $manpage"
        failed=1
    fi
done
echo "checked $count config keys from README: $(echo $keys)"
exit $failed
