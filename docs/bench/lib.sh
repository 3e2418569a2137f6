# Shared by weigh.sh and publish.sh (sourced, not run): the site of the
# realistic corpus and the measurement of one command.

# corpus_site ROOT WORK N: a fresh WORK folder holding the generator
# built from ROOT (as the Pages workflow builds it: without VCS stamps,
# so that the build cache trusts it from one run to the next) and
# WORK/site, ROOT's settings, templates and static files with the
# realistic corpus of N articles as its content.
corpus_site() {
	local root=$1 work=$2 n=$3
	rm -rf "$work"
	mkdir -p "$work/site"
	(cd "$root" && GOFLAGS=-buildvcs=false go build -o "$work/digest" ./generator)
	cp -r "$root/site.yaml" "$root/templates" "$root/static" "$work/site/"
	(cd "$root" && go run ./generator/internal/corpus -n "$n" -format md -out "$work/site/content" -stats)
}

# measure LABEL CMD…: runs CMD, prints its last line of output (its
# summary), then its wall seconds, CPU seconds (user + system: steadier
# than wall time on a loaded machine), peak RSS and the load average.
measure() {
	local label=$1 log
	shift
	log=$(mktemp)
	/usr/bin/time -v "$@" >"$log.out" 2>"$log" || { cat "$log" "$log.out"; exit 1; }
	tail -n 1 "$log.out" | cut -c1-400
	awk -v label="$label" -v load="$(cut -d' ' -f1 /proc/loadavg)" -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
		/User time/ { u = $2 }
		/System time/ { s = $2 }
		/Maximum resident set size/ { r = $2 }
		END { printf "%s: %.2f s wall, %.2f s CPU, %d MB peak RSS, load %s\n", label, w, u + s, r / 1024, load }' "$log"
	rm -f "$log" "$log.out"
}
