#!/usr/bin/env bash
# A newsroom adds articles to content/ and edits site.yaml every day; the
# developer tests must not notice. This check copies the repository, adds
# an article and changes the site's title, then runs the tests of the
# packages that build a site (the CLI, site, the browser and search
# tests) on the copy. It also fails when a test file names the live
# content/ or site.yaml of the repository: tests build the fixture in
# generator/testdata/site (testfs.Site) instead.
set -euo pipefail
cd "$(dirname "$0")/../.."

live=$(git ls-files -co --exclude-standard '*_test.go' |
  xargs grep -nE '"(\.\./)+(content|site\.yaml)|repo, "(content|site\.yaml)"' || true)
if [ -n "$live" ]; then
  echo "these tests read the live content/ or site.yaml; copy generator/testdata/site (testfs.Site) instead:"
  echo "$live"
  exit 1
fi

copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$copy"
cat >"$copy/content/2026-11-30-newsroom-check.md" <<'ARTICLE'
---
title: "নতুন লেখা: ঢাকা-দিল্লি বৈঠক"
date: 2026-11-30
tags: [ঢাকা, দিল্লি, পরীক্ষা]
---
ঢাকা ও দিল্লির কর্মকর্তারা সীমান্ত বাণিজ্য নিয়ে বৈঠক করেছেন। পুতিন প্রসঙ্গও উঠেছে।
ARTICLE
sed -i 's/^title: .*/title: অন্য নামের ডাইজেস্ট/' "$copy/site.yaml"
cd "$copy"
go test -count=1 ./generator/ ./generator/site/... ./generator/internal/...
echo "the tests pass with one more article and another site title"
