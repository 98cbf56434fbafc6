#!/usr/bin/env bash
# run-silent.sh [--ignore-stdout] DEBIAN_PACKAGE TOOL [ARGS...]: runs a validator that reports
# problems as output (desktop-file-validate's hints, man's warnings on stderr) and passes only
# when it exits 0 AND reports nothing. --ignore-stdout: stdout is the tool's product (man's
# rendered page), only stderr counts. A missing tool fails, naming the package that brings it.
set -uo pipefail
ignore_stdout=false
if [ "$1" = --ignore-stdout ]; then ignore_stdout=true; shift; fi
package=$1 tool=$2
shift 2
command -v "$tool" >/dev/null || {
    echo "FAIL: $tool is missing (Debian package $package; tools/install-deps.sh installs it)"
    exit 1
}
if $ignore_stdout; then
    output=$("$tool" "$@" 2>&1 >/dev/null)
else
    output=$("$tool" "$@" 2>&1)
fi
status=$?
if [ "$status" -ne 0 ] || [ -n "$output" ]; then
    echo "FAIL: $tool $* (exit status $status):"
    echo "$output"
    exit 1
fi
echo "OK: $tool $*"
