#!/usr/bin/env bash
# Search: install Debian's chromium, build the sample site (the build
# writes the search index itself: Go is all it needs), check that the
# index is there, and run the browser test of the search page, which must
# not skip here.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go run ./generator build --out "$out/public" >/dev/null
for f in search/index/meta.json search/index.html; do
  [ -s "$out/public/$f" ] || { echo "missing $f in the built site"; exit 1; }
done
echo "search index: $(du -sh --apparent-size "$out/public/search/index" | cut -f1) in $(find "$out/public/search/index" -type f | wc -l) files"

SEARCH_TEST_REQUIRED=1 go test -count=1 -v -run '^TestSearch' ./generator/internal/searchtest
