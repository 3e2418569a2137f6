#!/usr/bin/env bash
# Search: install the pinned Pagefind (.ci/node/package-lock.json) and
# Debian's chromium, build the sample site with its search index, and run
# the browser test of the search page, which must not skip here.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "installing pagefind from .ci/node/package-lock.json"
npm ci --prefix .ci/node --ignore-scripts --no-audit --no-fund --loglevel=error
.ci/node/node_modules/.bin/pagefind --version

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go run ./generator build --out "$out/public" 2>"$out/stderr"
if grep -q "pagefind not found" "$out/stderr"; then
  cat "$out/stderr"; echo "the build did not find pagefind"; exit 1
fi
for f in pagefind/pagefind.js pagefind/pagefind-entry.json search/index.html; do
  [ -s "$out/public/$f" ] || { echo "missing $f in the built site"; exit 1; }
done
echo "search index: $(du -sh "$out/public/pagefind" | cut -f1)"

SEARCH_TEST_REQUIRED=1 go test -count=1 -v -run '^TestSearch' ./generator/internal/searchtest
