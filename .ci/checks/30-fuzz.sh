#!/usr/bin/env bash
# Run every fuzz target of the module for a short, bounded time on top of
# the seed corpora that `go test` already replays. FUZZTIME (default 10s)
# sets the time per target; a crash fails the check and Go writes the
# failing input under the package's testdata/fuzz/ to commit with a fix.
set -euo pipefail
cd "$(dirname "$0")/../.."

fuzztime=${FUZZTIME:-10s}
count=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for pkg in $(go list ./...); do
  targets=$(go test "$pkg" -run '^$' -list '^Fuzz' | grep '^Fuzz' || true)
  for target in $targets; do
    echo "-- $pkg $target ($fuzztime)"
    if ! go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -parallel 1 >"$log" 2>&1; then
      cat "$log"; exit 1
    fi
    grep '^fuzz: elapsed' "$log" | tail -n 1
    count=$((count + 1))
  done
done
if [ "$count" -eq 0 ]; then
  echo "no fuzz targets found"; exit 1
fi
echo "$count fuzz targets ran for $fuzztime each"
