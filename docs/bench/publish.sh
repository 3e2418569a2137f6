#!/usr/bin/env bash
# Publish cost at archive scale: what a push costs the Pages workflow's
# build step, search index included, on the realistic corpus of N
# articles. Four builds, one after the other:
#   1. cold, no cache (what a first publish costs);
#   2. cold, writing the build cache (--cache);
#   3. warm: one article added, the newest, with three hashtags;
#   4. warm: one more article the same day.
# Each prints wall seconds, CPU seconds and peak RSS; at the end, the
# output's bytes and files and the cache's size.
#
#   docs/bench/publish.sh 30000
#
# The work folder ($WORK, default /dev/shm/digest-publish) is in memory,
# as in weigh.sh. Not part of CI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:?usage: publish.sh N}
work=${WORK:-/dev/shm/digest-publish}

. "$here/lib.sh"
corpus_site "$root" "$work" "$n"

build=("$work/digest" build --site "$work/site" --out "$work/public" --base-url http://127.0.0.1/digest/)

# add NAME AGO: a new article dated AGO (a date(1) offset) before now in
# Dhaka, the newest of all (the corpus ends before today).
add() {
	local day when
	day=$(TZ=Asia/Dhaka date -d "$2" +%Y-%m-%d)
	when=$(TZ=Asia/Dhaka date -d "$2" +%Y-%m-%dT%H:%M:00+06:00)
	cat >"$work/site/content/$day-$1.md" <<ART
---
title: ঢাকায় নতুন বাণিজ্য আলোচনা $1
date: $when
tags: [বাংলাদেশ, বাণিজ্য, প্রকাশপরীক্ষা$1]
---
ঢাকায় দুই দেশের প্রতিনিধিরা নতুন বাণিজ্য আলোচনা শুরু করেছেন। কূটনৈতিক সূত্রগুলো জানিয়েছে, বৈঠকে শুল্ক ও ভিসা নিয়ে কথা হয়েছে।
ART
}

measure "cold, no cache" "${build[@]}"
measure "cold, writing the cache" "${build[@]}" --cache "$work/cache"
add a "-2 hours"
measure "warm, one article added" "${build[@]}" --cache "$work/cache"
add b "-1 hour"
measure "warm, one more article" "${build[@]}" --cache "$work/cache"
echo "output: $(du -s --apparent-size --block-size=1 "$work/public" | cut -f1) bytes in $(find "$work/public" -type f | wc -l) files;" \
	"search index $(du -s --apparent-size --block-size=1 "$work/public/search/index" | cut -f1) bytes in $(find "$work/public/search/index" -type f | wc -l) files;" \
	"cache $(du -s --apparent-size --block-size=1 "$work/cache" | cut -f1) bytes"
[ -n "${KEEP:-}" ] || rm -rf "$work"
