#!/usr/bin/env bash
# Issue 4's checks of the reader's page:
#   1. the browser test (generator/internal/browsertest) in headless Chromium:
#      web font drawn, no sideways scrolling at 360 px, dark mode, no request
#      leaving 127.0.0.1, axe-core clean; here a missing browser fails it;
#   2. the Nu Html Checker on every page of the sample site and of the
#      richer test site (pagination, tag pages, archive, 404): zero errors.
# Installs Debian's chromium and a Java runtime when missing, and the npm
# packages pinned in .ci/node/package-lock.json (axe-core, vnu-jar).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# --ignore-scripts: vnu-jar's install script would download a Java runtime.
npm ci --prefix .ci/node --ignore-scripts --no-audit --no-fund --loglevel=error

BROWSER_TEST_REQUIRED=1 CHROME_PATH="$(command -v chromium)" \
  AXE_PATH="$PWD/.ci/node/node_modules/axe-core/axe.min.js" \
  go test -count=1 ./generator/internal/browsertest/

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./generator build --out "$tmp/sample" >/dev/null
mkdir "$tmp/basic"
cp -R generator/site/testdata/basic/. "$tmp/basic/"
cp -R templates static "$tmp/basic/"
go run ./generator build --site "$tmp/basic" --out "$tmp/basic-out" --drafts >/dev/null
pages=$(find "$tmp/sample" "$tmp/basic-out" -name '*.html' | wc -l)
echo "Nu Html Checker: $pages pages"
java -jar .ci/node/node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html \
  "$tmp/sample" "$tmp/basic-out"
echo "no HTML errors"
