#!/usr/bin/env bash
# Builds and serves the portal at http://127.0.0.1:3000 on an embedded SQLite
# file under data/. Installs the build tools it needs when they are missing.
#   scripts/run.sh          build (debug) and serve
#   scripts/run.sh --demo   also fill the database with demo data first
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

demo=0
for arg in "$@"; do
  case "$arg" in
    --demo) demo=1 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

ensure_rust_tools
say "building the portal (cargo leptos build)"
cargo leptos build
if [ "$demo" = 1 ]; then
  say "adding demo data"
  target/debug/portal seed-demo
fi
say "serving at ${PORTAL_ADDR:-127.0.0.1:3000} (Ctrl-C to stop)"
exec target/debug/portal serve
