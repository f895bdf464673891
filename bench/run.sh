#!/usr/bin/env bash
# One command for the benchmarks: builds the release (server and WASM),
# installs wrk and nginx (the reference) when missing, then seeds forum-scale editions and drives the
# release binary over loopback (bench/bench.py). Results are printed and
# written to target/bench/results.{md,json}. See bench/README.md.
#   bench/run.sh                      SQLite, PostgreSQL, two instances on PostgreSQL
#   bench/run.sh --only sqlite        one set-up (repeatable)
#   bench/run.sh --growth             also 100, 1,000 and 5,000 proposals
#   bench/run.sh --only growth        only the growth runs (SQLite)
#   bench/run.sh --seconds 5          shorter wrk runs (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_rust_tools
ensure_wasm_opt
ensure_apt wrk wrk
ensure_apt nginx nginx
ensure_apt psql postgresql-client
ensure_apt python3 python3

say "building the release (cargo leptos build --release)"
SECONDS=0
cargo leptos build --release
build_seconds=$SECONDS

exec python3 bench/bench.py --build-seconds "$build_seconds" "$@"
