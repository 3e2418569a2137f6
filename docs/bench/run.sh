#!/usr/bin/env bash
# Benchmark: the digest generator against Hugo on the same synthetic corpus.
#
#   docs/bench/run.sh            # N = 1000 10000 30000, 3 cold runs each
#   BENCH_N="1000 10000" RUNS=3 docs/bench/run.sh
#
# Builds our generator, installs Hugo if missing (go install of the current
# release, else Debian's package) and GNU time, generates the corpus of
# each size in Markdown, then runs cold builds of the generators in turn
# and takes medians of wall time, CPU time and peak RSS: ours, Hugo with
# the equivalent site (docs/bench/hugo) and Hugo without its related
# articles, the one step of that site whose cost grows faster than N.
# The table and docs/bench/chart.svg go into docs/PERFORMANCE.md between
# its bench markers. Not part of CI: it takes half an hour.
#
# The work folder is in /dev/shm (memory) when it exists, so that both
# generators write to the same fast file system: on a virtual machine's
# disk, ext4 slows down creating files after many were deleted (the
# previous run's output), and that noise was larger than the generators'
# own time. Set BENCH_DIR to measure on a disk.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [[ -z ${BENCH_DIR:-} && -d /dev/shm && -w /dev/shm ]]; then
	BENCH_DIR=/dev/shm/digest-bench
fi
work=${BENCH_DIR:-${TMPDIR:-/tmp}/digest-bench}
sizes=${BENCH_N:-1000 10000 30000}
runs=${RUNS:-3}
hugo_version=v0.165.0
mkdir -p "$work/bin"

echo "== building the digest generator"
(cd "$root" && go build -o "$work/bin/digest" ./generator)

echo "== finding Hugo"
gobin=$(go env GOPATH)/bin
if [[ -x $gobin/hugo ]] && "$gobin/hugo" version | grep -q "${hugo_version}"; then
	hugo=$gobin/hugo
elif (cd "$work" && GOTOOLCHAIN=auto go install "github.com/gohugoio/hugo@${hugo_version}"); then
	hugo=$gobin/hugo
else
	echo "go install failed; using Debian's hugo"
	command -v hugo >/dev/null || { apt-get update -q && apt-get install -y -q hugo; }
	hugo=$(command -v hugo)
fi
"$hugo" version
# Hugo before 0.128 reads paginate, not [pagination]
export HUGO_PAGINATE=20

if [[ ! -x /usr/bin/time ]]; then
	apt-get update -q && apt-get install -y -q time
fi

# measure LABEL CMD...: one run under GNU time; appends wall, cpu, rss
measure() {
	local label=$1 log
	shift
	log=$(mktemp)
	/usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
	awk -v label="$label" -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
		/User time/ { u = $2 } /System time/ { s = $2 }
		/Maximum resident set size/ { r = $2 }
		END { printf "%s\t%.2f\t%.2f\t%d\n", label, w, u + s, r }' "$log" >>"$work/runs.tsv"
	tail -1 "$work/runs.tsv"
	rm -f "$log"
}

: >"$work/runs.tsv"
for n in $sizes; do
	echo "== N = $n"
	rm -rf "$work/ours-$n" "$work/hugo-$n" "$work/hugo-norel-$n"
	mkdir -p "$work/ours-$n"
	cp -r "$root/site.yaml" "$root/templates" "$root/static" "$work/ours-$n/"
	# Hugo's site builds no search index: neither does ours here.
	sed -i 's/^search: true/search: false/' "$work/ours-$n/site.yaml"
	(cd "$root" && go run ./generator/internal/corpus -n "$n" -format md -out "$work/ours-$n/content")
	cp -r "$here/hugo" "$work/hugo-$n"
	mkdir -p "$work/hugo-$n/content"
	cp -r "$work/ours-$n/content" "$work/hugo-$n/content/posts"
	cp -r "$work/hugo-$n" "$work/hugo-norel-$n"
	sed -i 's/site.RegularPages.Related . | first 5/false/' "$work/hugo-norel-$n/layouts/_default/single.html"
	grep -q '{{ with false }}' "$work/hugo-norel-$n/layouts/_default/single.html"
	for r in $(seq "$runs"); do
		rm -rf "$work/ours-$n/public"
		measure "ours $n" "$work/bin/digest" build --site "$work/ours-$n"
		for h in hugo hugo-norel; do
			rm -rf "$work/$h-$n/public" "$work/hugo-cache"
			measure "$h $n" "$hugo" --quiet --source "$work/$h-$n" --cacheDir "$work/hugo-cache"
		done
	done
	rm -rf "$work/ours-$n" "$work/hugo-$n" "$work/hugo-norel-$n"
done

(cd "$root" && go run ./docs/bench/chart -runs "$work/runs.tsv" -svg docs/bench/chart.svg -md docs/PERFORMANCE.md)
