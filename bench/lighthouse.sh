#!/usr/bin/env bash
# Lighthouse 12 (npm) with Debian's Chromium on the release build: the
# performance and accessibility scores of /, /agenda and /proposals/new
# (signed in), on a seeded SQLite database. Run after bench/run.sh (which
# builds the release), or it builds it. Reports go to target/bench/lighthouse/.
#   bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

LIGHTHOUSE_VERSION=12.8.2
tools="$PWD/target/tools/lighthouse" # its own prefix: npm would prune wasm-opt beside it
out="$PWD/target/bench/lighthouse"
port=3330
ensure_apt chromium chromium
ensure_apt npm npm
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  say "installing lighthouse $LIGHTHOUSE_VERSION (npm)"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --no-save "lighthouse@$LIGHTHOUSE_VERSION"
fi
if [ ! -x target/release/portal ] || [ ! -d target/site/pkg ]; then
  ensure_rust_tools
  ensure_wasm_opt
  say "building the release"
  cargo leptos build --release
fi

mkdir -p "$out"
db="$out/portal.db"
rm -f "$db" "$db-wal" "$db-shm"
export PORTAL_DATABASE_URL="sqlite://$db" PORTAL_SITE_ROOT="$PWD/target/site" PORTAL_LOG=warn
say "seeding a forum-scale edition"
target/release/portal seed-demo --organizations 300 --proposals 1000 --sessions 300 --rooms 12 --days 5 >/dev/null
PORTAL_ADDR="127.0.0.1:$port" PORTAL_BASE_URL="http://127.0.0.1:$port" target/release/portal serve &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
cookie=$(curl -s -o /dev/null -D - -d 'email=stakeholder001@demo.wsis.test&password=wsis-demo-2026' \
  "http://127.0.0.1:$port/login" | sed -n 's/^[Ss]et-[Cc]ookie: \(portal_session=[^;]*\).*/\1/p' | head -1)

flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
run() { # run NAME PATH [EXTRA_HEADERS_JSON]
  local name="$1" path="$2" headers="${3:-}"
  local args=(--quiet --output=json --output-path="$out/$name.json" --only-categories=performance,accessibility
    --chrome-flags="$flags" --form-factor=mobile)
  [ -n "$headers" ] && args+=(--extra-headers="$headers")
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" "${args[@]}"
}
say "running lighthouse (mobile, simulated slow 4G)"
run home /
run agenda /agenda
run proposal-new /proposals/new "{\"Cookie\": \"$cookie\"}"

python3 - "$out" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
print("| page | performance | accessibility | LCP | TBT | CLS |")
print("|---|---:|---:|---:|---:|---:|")
for name, path in [("home", "/"), ("agenda", "/agenda"), ("proposal-new", "/proposals/new")]:
    r = json.loads((out / f"{name}.json").read_text())
    c, a = r["categories"], r["audits"]
    print(f"| `{path}` | {c['performance']['score']:.2f} | {c['accessibility']['score']:.2f} | "
          f"{a['largest-contentful-paint']['displayValue']} | {a['total-blocking-time']['displayValue']} | "
          f"{a['cumulative-layout-shift']['displayValue']} |")
    if r.get("runtimeError"):
        print("  runtime error:", r["runtimeError"])
PY
