#!/usr/bin/env bash
# Runs every test: formatting, lints, the browser build check, unit and
# service tests on SQLite and PostgreSQL, HTTP tests, and the Playwright
# journeys in Chromium. Installs what is missing. Prints each stage's time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
# A skipped PostgreSQL suite is not a pass.
export PORTAL_REQUIRE_POSTGRES=1
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

declare -a timings=()
stage() { # stage NAME COMMAND...
  local name="$1"; shift
  say "$name"
  local start=$SECONDS
  "$@"
  local took=$((SECONDS - start))
  timings+=("$(printf '%-28s %5ss' "$name" "$took")")
  echo "    ($name took ${took}s)"
}

check_postgres() {
  if ! command -v psql >/dev/null 2>&1; then ensure_apt psql postgresql-client; fi
  psql "$TEST_POSTGRES_URL" -Atqc 'SELECT 1' >/dev/null || {
    echo "PostgreSQL at $TEST_POSTGRES_URL is unreachable; the PostgreSQL suite cannot run." >&2
    exit 1
  }
  # Drop databases left by earlier runs.
  psql "$TEST_POSTGRES_URL" -Atqc "SELECT datname FROM pg_database WHERE datname LIKE 'portal\_%'" |
    while read -r db; do psql "$TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null || true; done
}

# Low-bandwidth budget: the release WASM and JS, gzip-compressed, at most
# 400 KB (the HTML and CSS budget is checked in the browser sweep). Runs after
# the browser tests: it replaces the debug WASM in target/site.
release_wasm_budget() {
  ensure_wasm_opt
  cargo leptos build --release --frontend-only
  python3 - <<'PY'
import gzip, pathlib, sys
files = sorted(f for f in pathlib.Path("target/site/pkg").iterdir() if f.suffix in (".wasm", ".js"))
total = sum(len(gzip.compress(f.read_bytes(), 9)) for f in files)
print(f"release WASM+JS: {total:,} bytes gzip-compressed ({', '.join(f.name for f in files)}); budget 409,600")
sys.exit(0 if files and total <= 400 * 1024 else 1)
PY
}

total_start=$SECONDS
stage "install missing tools" ensure_rust_tools
stage "install e2e packages" ensure_e2e_deps
stage "install validators" ensure_validators
stage "postgres reachable" check_postgres
stage "cargo fmt --check" cargo fmt --all -- --check
stage "leptosfmt --check (view! macros)" leptosfmt --check app/src
stage "clippy -D warnings" cargo clippy --workspace --all-targets -- -D warnings
stage "wasm32 clippy (hydrate)" cargo clippy -p portal-app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate --target-dir target/front -- -D warnings
stage "unit/service/HTTP tests" cargo test --workspace
stage "cargo leptos build" cargo leptos build
stage "playwright (chromium)" bash -c 'cd end2end && npx playwright test'
stage "release WASM budget" release_wasm_budget

echo
echo "Stage times:"
printf '  %s\n' "${timings[@]}"
echo "  total                        $((SECONDS - total_start))s"
