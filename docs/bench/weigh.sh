#!/usr/bin/env bash
# Archive scale: build the synthetic corpus of N articles with the digest
# generator, with search on and off, and print what each build took (wall
# time, peak RSS: the difference is the search index's cost), what the
# search index weighs and what the output weighs by kind of file. One size
# at a time. The site is built for http://127.0.0.1/digest/.
#
#   docs/bench/weigh.sh 10000            # N = 10 000
#   KEEP=1 docs/bench/weigh.sh 10000     # keep the output, then measure queries:
#   SEARCH_MEASURE_PUBLIC=/dev/shm/digest-weigh/site/public SEARCH_MEASURE_QUERY=ভারত,রহমান \
#     go test -v -run TestMeasure -timeout 30m ./generator/internal/searchtest
#
# The work folder ($WORK, default /dev/shm/digest-weigh) is in memory; see
# docs/PERFORMANCE.md for why.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:?usage: weigh.sh N}
work=${WORK:-/dev/shm/digest-weigh}

. "$here/lib.sh"
corpus_site "$root" "$work" "$n"

build=("$work/digest" build --site "$work/site" --out "$work/site/public" --base-url http://127.0.0.1/digest/)
sed -i 's/^search: .*/search: false/' "$work/site/site.yaml"
measure "build, search off" "${build[@]}"
sed -i 's/^search: .*/search: true/' "$work/site/site.yaml"
measure "build, search on" "${build[@]}"
index=$work/site/public/search/index
echo "search index: $(du -s --apparent-size --block-size=1 "$index" | cut -f1) bytes in $(find "$index" -type f | wc -l) files; largest word chunk $(find "$index" -name 'w-*' -printf '%s\n' | sort -n | tail -1) bytes, meta.json $(stat -c %s "$index/meta.json") bytes"
echo "whole output: $(du -s --apparent-size --block-size=1 "$work/site/public" | cut -f1) bytes in $(find "$work/site/public" -type f | wc -l) files"
[ -n "${KEEP:-}" ] || rm -rf "$work"
