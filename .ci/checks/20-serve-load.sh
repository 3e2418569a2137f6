#!/usr/bin/env bash
# A short bounded load test of the preview server on 127.0.0.1: clients
# fetch pages while an article changes and the site rebuilds; no 5xx, no
# half-written page. Run it longer by hand with DIGEST_LOAD_SECONDS=10.
set -euo pipefail
DIGEST_LOAD=1 DIGEST_LOAD_CLIENTS="${DIGEST_LOAD_CLIENTS:-100}" DIGEST_LOAD_SECONDS="${DIGEST_LOAD_SECONDS:-5}" \
  go test -count=1 -run '^TestServeLoad$' -v ./generator | grep -E '^(=== RUN|--- |\s+load_test|ok|FAIL|PASS)'
