#!/usr/bin/env bash
# Lint the GitHub Actions workflows.
set -euo pipefail
go run github.com/rhysd/actionlint/cmd/actionlint@v1.7.12 -no-color
