#!/usr/bin/env bash
# Security scans of the portal on loopback, with tools from PyPI:
#   - schemathesis against /api/v1/openapi.json, once with a stakeholder's
#     API token and once with an organizer's (all checks);
#   - sqlmap against sign-in, registration, the proposal editor, the
#     organizers' proposal search and four API endpoints.
# Each run's console output goes to docs/security-scans/<tool>-<target>.txt;
# the end prints one summary line per run. Exit status 1 when any run found
# something (a failed schemathesis check, an injectable parameter, an HTTP
# 500, input reflected unescaped, more than three e-mails queued to the
# scanned registration address, or an error or panic in the server log),
# else 0.
#
#   scripts/security-scan.sh                          build (debug), then scan
#   PORTAL_BIN=/path/to/portal scripts/security-scan.sh   scan that binary
#
# Knobs (environment): ST_MAX_EXAMPLES (default 50 test cases per operation
# and phase), SQLMAP_LEVEL (2), SQLMAP_RISK (2), SCAN (all, schemathesis or
# sqlmap: which tools run).
#
# schemathesis runs every check but `positive_data_acceptance`, which expects
# a 2xx for any request the document allows: the API also applies rules no
# JSON Schema can state (deadlines, the edition's Action Lines, the venue's
# grid, who may act, versions), and refuses such requests with 403, 409 or
# 422 and a message, as it should. Every other check (no server error,
# documented status codes, content types and headers, response schemas,
# invalid input refused) must pass.
#
# Uses 127.0.0.1:3210 (must be free), a fresh SQLite database under
# target/security-scan/ (deleted and re-seeded on every run) and a Python
# virtual environment under target/security-venv/. Takes about 20 minutes,
# mostly because the API allows 300 requests a minute per token and the
# scans are paced to stay under it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh # say, ensure_apt

ROOT=$PWD
PORT=3210
BASE="http://127.0.0.1:$PORT"
WORK=target/security-scan
OUT=docs/security-scans
VENV=target/security-venv
SCHEMATHESIS_VERSION=4.32.5
SQLMAP_VERSION=1.10.10
ST_MAX_EXAMPLES=${ST_MAX_EXAMPLES:-50}
SQLMAP_LEVEL=${SQLMAP_LEVEL:-2}
SQLMAP_RISK=${SQLMAP_RISK:-2}
DEMO_PASSWORD=wsis-demo-2026

# --- the binary -------------------------------------------------------------
if [ -n "${PORTAL_BIN:-}" ]; then
  BIN=$PORTAL_BIN
else
  say "building the portal (cargo build -p portal-server)"
  cargo build -p portal-server
  BIN=target/debug/portal
fi
[ -x "$BIN" ] || { echo "no portal binary at $BIN" >&2; exit 2; }

# --- the scanners, in a venv of their own -----------------------------------
ensure_apt python3 python3
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  # Debian splits venv/ensurepip into python3-venv.
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv
fi
[ -x "$VENV/bin/python" ] || { say "creating $VENV"; python3 -m venv "$VENV"; }
if ! "$VENV/bin/pip" freeze 2>/dev/null | grep -qx "schemathesis==$SCHEMATHESIS_VERSION" ||
   ! "$VENV/bin/pip" freeze 2>/dev/null | grep -qx "sqlmap==$SQLMAP_VERSION"; then
  say "installing schemathesis $SCHEMATHESIS_VERSION and sqlmap $SQLMAP_VERSION (PyPI)"
  "$VENV/bin/pip" install -q --upgrade pip
  "$VENV/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION" "sqlmap==$SQLMAP_VERSION"
fi
ST="$VENV/bin/schemathesis"
SQLMAP="$VENV/bin/sqlmap"

# --- a fresh, seeded portal on 127.0.0.1:3210 --------------------------------
if curl -s -o /dev/null --max-time 2 "$BASE/healthz"; then
  echo "something already listens on $BASE; stop it first" >&2
  exit 2
fi
rm -rf "$WORK"
mkdir -p "$WORK" "$OUT"
export PORTAL_DATABASE_URL="sqlite://$ROOT/$WORK/portal.db"
export PORTAL_ADDR="127.0.0.1:$PORT"
export PORTAL_BASE_URL="$BASE"
export PORTAL_LOG=warn
# Sign-in is throttled per client address (30 failures in 15 minutes). sqlmap
# sends thousands of failing sign-ins, so the scan server takes the client
# address from X-Forwarded-For and the login scans send a random one with
# every request; otherwise every answer after the 30th would be the same
# "too many attempts" page and the scan would prove nothing.
export PORTAL_TRUST_PROXY=true

say "seeding $WORK/portal.db"
"$BIN" seed-demo --organizations 6 --proposals 12 > "$WORK/seed.txt"

say "starting the portal on $BASE"
# Job control: every background job gets a process group of its own, so the
# trap can stop a scan together with the tools it started.
set -m
"$BIN" serve > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
BG_PIDS=()
cleanup() {
  for p in "${BG_PIDS[@]}"; do kill -- "-$p" 2>/dev/null || true; done
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 60); do
  curl -sf -o /dev/null "$BASE/healthz" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 1
done
curl -sf -o /dev/null "$BASE/healthz" || { echo "the portal did not come up" >&2; exit 1; }

# --- accounts, sessions and API tokens ---------------------------------------
# signin EMAIL JAR: POST /login (answers 303 with the session cookie).
signin() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$2" -X POST "$BASE/login" \
    --data-urlencode "email=$1" --data-urlencode "password=$DEMO_PASSWORD")
  [ "$code" = 303 ] || { echo "sign-in as $1 answered $code" >&2; exit 1; }
}
# session_cookie JAR: the portal_session value in a curl cookie jar.
session_cookie() { awk '$6 == "portal_session" { print $7 }' "$1"; }
# new_token JAR NAME SCOPE...: creates a token on /account/tokens (the form's
# fields: name, scopes (checkboxes read/write), days) and prints the secret,
# which the answer page shows once.
new_token() {
  local jar=$1 name=$2 page secret
  shift 2
  local args=(--data-urlencode "name=$name" --data-urlencode "days=7")
  for s in "$@"; do args+=(--data-urlencode "scopes=$s"); done
  page=$(curl -s -b "$jar" -X POST "$BASE/account/tokens" "${args[@]}")
  if [ -z "$page" ] || ! grep -q 'wsis_' <<<"$page"; then
    # Refused as cross-site? Say where the form comes from.
    page=$(curl -s -b "$jar" -H "Origin: $BASE" -X POST "$BASE/account/tokens" "${args[@]}")
  fi
  # The page also shows the token's short prefix; the secret is the longest.
  secret=$(grep -o 'wsis_[A-Za-z0-9_-]*' <<<"$page" | awk '{ print length, $0 }' | sort -rn | head -n1 | cut -d' ' -f2)
  [ -n "$secret" ] || { echo "no token in the answer to POST /account/tokens" >&2; exit 1; }
  printf '%s' "$secret"
}

say "signing in and creating API tokens"
# stakeholder001 and organizer: schemathesis; stakeholder002/003: sign-in
# scans; stakeholder004: proposal editor and API scans; organizer: search.
signin stakeholder001@demo.wsis.test "$WORK/stakeholder001.jar"
signin stakeholder004@demo.wsis.test "$WORK/stakeholder004.jar"
signin organizer@demo.wsis.test "$WORK/organizer.jar"
# One token per scan: the API allows 300 requests a minute per token.
TOKEN_STAKEHOLDER=$(new_token "$WORK/stakeholder001.jar" schemathesis read write)
TOKEN_ORGANIZER=$(new_token "$WORK/organizer.jar" schemathesis read write)
TOKEN_API_PROPOSALS=$(new_token "$WORK/stakeholder004.jar" sqlmap-proposals read write)
TOKEN_API_SESSIONS=$(new_token "$WORK/stakeholder004.jar" sqlmap-sessions read write)
TOKEN_API_CREATE=$(new_token "$WORK/stakeholder004.jar" sqlmap-create read write)
TOKEN_API_CODE=$(new_token "$WORK/organizer.jar" sqlmap-code read write)
COOKIE_STAKEHOLDER=$(session_cookie "$WORK/stakeholder004.jar")
COOKIE_ORGANIZER=$(session_cookie "$WORK/organizer.jar")

# redact: hides tokens and session cookies in saved output.
redact() {
  sed -E -e 's/wsis_[A-Za-z0-9_-]{8,}/wsis_[REDACTED]/g' \
    -e 's/portal_session=[A-Za-z0-9_-]+/portal_session=[REDACTED]/g'
}

# --- schemathesis -------------------------------------------------------------
# st_config ROLE TOKEN: a config file that makes path parameters hit existing
# records half of the time (codes, placement and reviewer ids read from the
# API with that token), so tests get past 404 to the real logic.
st_config() {
  "$VENV/bin/python" - "$BASE" "$2" "$WORK/schemathesis-$1.toml" "$ROOT/$WORK/schemathesis-cache" <<'PY'
import json, sys, urllib.request
base, token, path, cache = sys.argv[1:]
def get(p):
    req = urllib.request.Request(base + "/api/v1" + p, headers={"Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except Exception:
        return {}
proposals = [i["code"] for i in get("/proposals?per_page=100").get("items", [])]
sessions = [i["code"] for i in get("/sessions?per_page=100").get("items", [])]
placements = [i["id"] for i in get("/agenda/placements?per_page=100").get("items", [])]
reviewers = sorted({a[0] for c in proposals[:12] for a in get(f"/proposals/{c}/reviews").get("assignees", [])})
dicts = {"codes": sorted(set(proposals + sessions)), "placements": placements, "reviewers": reviewers}
params = {"path.code": "codes", "path.id": "placements", "path.reviewer": "reviewers"}
with open(path, "w") as f:
    f.write("# written by scripts/security-scan.sh\n")
    # Keep schemathesis' replay cache out of the project root.
    f.write(f"[cache]\ndirectory = {json.dumps(cache)}\n")
    for name, values in dicts.items():
        if values:
            f.write(f"[dictionaries.{name}]\nvalues = {json.dumps(values)}\n")
    f.write("[parameters]\n")
    for key, name in params.items():
        if dicts[name]:
            f.write(f'"{key}" = {{ dictionary = "{name}", probability = 0.5 }}\n')
PY
}

# run_schemathesis ROLE TOKEN: all checks, every phase, paced under the
# per-token limit; keeps testing an operation after its first failure.
run_schemathesis() {
  local role=$1 token=$2 out="$OUT/schemathesis-$1.txt"
  st_config "$role" "$token"
  local cmd=("$ST" --config-file "$WORK/schemathesis-$role.toml" run "$BASE/api/v1/openapi.json"
    -H "Authorization: Bearer $token" --checks all --exclude-checks positive_data_acceptance
    --max-examples "$ST_MAX_EXAMPLES"
    --continue-on-failure --rate-limit 280/m --seed 2026 --generation-database none
    --request-timeout 30 --no-color --report junit,ndjson --report-dir "$WORK/schemathesis-$role")
  {
    echo "# $(date -u +%FT%TZ) schemathesis $SCHEMATHESIS_VERSION, role $role"
    echo "# command: ${cmd[*]#"$ROOT/"}"
    echo "# config ($WORK/schemathesis-$role.toml):"
    sed 's/^/#   /' "$WORK/schemathesis-$role.toml"
    echo
    set +e
    "${cmd[@]}" 2>&1
    echo "# exit status: $?"
    set -e
  } | redact > "$out"
}

# --- sqlmap -------------------------------------------------------------------
# A random client address per request (see PORTAL_TRUST_PROXY above). sqlmap
# runs --eval before every request; auxHeaders are that request's headers.
# (sqlmap wants SQLMAP_UNSAFE_EVAL=1 to accept --eval at all.)
export SQLMAP_UNSAFE_EVAL=1
XFF_EVAL="import random; _locals['auxHeaders']['X-Forwarded-For'] = '198.18.%d.%d' % (random.randint(0, 255), random.randint(1, 254))"

# run_sqlmap NAME SQLMAP-ARGS...: one batch run with a fresh session and its
# own output directory; appends its console output to sqlmap-NAME.txt.
# --batch takes the default answers, except that after a form's 303 the next
# page is fetched with GET, as a browser does (not the same POST again).
run_sqlmap() {
  local name=$1 out="$OUT/sqlmap-$1.txt"
  shift
  local cmd=("$SQLMAP" "$@" --batch --answers="resend=N" --level="$SQLMAP_LEVEL" --risk="$SQLMAP_RISK"
    --flush-session --drop-set-cookie --disable-coloring --output-dir "$ROOT/$WORK/sqlmap/$name")
  {
    echo "# $(date -u +%FT%TZ) sqlmap $SQLMAP_VERSION, target $name"
    printf '# command:'; printf " %q" "${cmd[@]}" | sed "s#$ROOT/##g"; echo
    echo
    set +e
    TERM=dumb "${cmd[@]}" 2>&1
    echo "# exit status: $?"
    set -e
    echo
  } | redact >> "$out"
}

sqlmap_web() {
  # Sign-in, e-mail: the baseline is a correct sign-in (a success clears the
  # account's failure count); every payload carries a different address.
  run_sqlmap login -u "$BASE/login" \
    --data "email=stakeholder002%40demo.wsis.test&password=$DEMO_PASSWORD" \
    -p email --eval "$XFF_EVAL"
  # Sign-in, password: a random address per request (--randomize), so the
  # per-account limit (5 failures) never applies; a payload that signed in
  # anyway would show as a 303 to the home page instead of the form.
  run_sqlmap login -u "$BASE/login" \
    --data "email=stakeholder003%40demo.wsis.test&password=$DEMO_PASSWORD" \
    -p password --randomize=email --eval "$XFF_EVAL"
  # Registration: every field of the form at GET /register.
  run_sqlmap register -u "$BASE/register" \
    --data "name=Scan+Probe&email=scan.probe%40example.org&password=scan-probe-password-2026&organization=Scan+Probe+Institute&stakeholder_type=academia&country=CH&consent=yes"
  # Proposal editor (saves a new draft each time), signed in as stakeholder004;
  # the session cookie is tested too.
  run_sqlmap proposals -u "$BASE/proposals/new" --cookie "portal_session=$COOKIE_STAKEHOLDER" \
    --data "version=0&action=save&title=Scan+probe+session&format=interactive-session&participation_mode=hybrid&language=en&abstract=A+short+abstract+for+the+security+scan.&description=Why+this+session.&preferred_days=1" \
    -p "title,abstract,description,format,participation_mode,language,version,action,portal_session"
  # Organizers' proposal list: search, filters, sort and page.
  run_sqlmap organize -u "$BASE/organize/proposals?q=cyber&line=C5&region=A&stakeholder=government&sort=code&dir=asc&page=1" \
    --cookie "portal_session=$COOKIE_ORGANIZER" \
    -p "q,line,region,stakeholder,sort,dir,page,portal_session"
}

sqlmap_api() {
  # --delay keeps each run under its token's 300 requests a minute.
  local api=(--delay=0.21 --timeout=30)
  run_sqlmap api-proposals -u "$BASE/api/v1/proposals?page=1&per_page=10" \
    -H "Authorization: Bearer $TOKEN_API_PROPOSALS" "${api[@]}" &
  BG_PIDS+=($!)
  run_sqlmap api-sessions -u "$BASE/api/v1/sessions?page=1&per_page=10" \
    -H "Authorization: Bearer $TOKEN_API_SESSIONS" "${api[@]}" &
  BG_PIDS+=($!)
  # A path parameter, marked with * (organizer: may read every proposal).
  run_sqlmap api-proposal-code -u "$BASE/api/v1/proposals/WF27-0001*" \
    -H "Authorization: Bearer $TOKEN_API_CODE" "${api[@]}" &
  BG_PIDS+=($!)
  # A JSON body: a new draft proposal. Each answer names a new code, so
  # sqlmap compares status codes: 201 is "true".
  run_sqlmap api-proposal-create -u "$BASE/api/v1/proposals" --code=201 \
    -H "Authorization: Bearer $TOKEN_API_CREATE" -H "Content-Type: application/json" \
    --data '{"title": "Scan probe session", "format": "interactive-session", "abstract_text": "A short abstract for the security scan.", "participation_mode": "hybrid"}' \
    "${api[@]}" &
  BG_PIDS+=($!)
  wait "${BG_PIDS[@]}" || true
  BG_PIDS=()
}

SCAN=${SCAN:-all}
started=$(date +%s)
# The two schemathesis runs (one token each) and the sqlmap runs on the
# pages go side by side; then the four API sqlmap runs (a token each).
if [ "$SCAN" != sqlmap ]; then
  rm -f "$OUT"/schemathesis-*.txt
  say "schemathesis (stakeholder, organizer)"
  run_schemathesis stakeholder "$TOKEN_STAKEHOLDER" &
  BG_PIDS+=($!)
  run_schemathesis organizer "$TOKEN_ORGANIZER" &
  BG_PIDS+=($!)
fi
if [ "$SCAN" != schemathesis ]; then
  rm -f "$OUT"/sqlmap-*.txt
  say "sqlmap on the pages"
  sqlmap_web
fi
wait "${BG_PIDS[@]}" || true
BG_PIDS=()
if [ "$SCAN" != schemathesis ]; then
  say "sqlmap on the API"
  sqlmap_api
fi
elapsed=$(($(date +%s) - started))

# --- summary ------------------------------------------------------------------
say "summary ($((elapsed / 60)) min $((elapsed % 60)) s; outputs in $OUT/)"
findings=0
for f in "$OUT"/schemathesis-*.txt; do
  line=$(grep -E '^=+ .* in [0-9.]+s =+$' "$f" | tail -n1 | tr -d '=' | sed -E 's/^ +| +$//g')
  cases=$(grep -E '^ +[0-9]+ generated' "$f" | tail -n1 | sed -E 's/^ +//')
  if grep -q '^Failures:' "$f" || ! grep -q '^# exit status: 0' "$f"; then
    findings=1
    kinds=$(sed -n '/^Failures:/,/^$/p' "$f" | grep '❌' | sed -E 's/^ *❌ *//' | paste -sd ';' -)
    echo "$(basename "$f" .txt): FINDINGS ($line; $cases): $kinds"
  else
    echo "$(basename "$f" .txt): none ($line; $cases)"
  fi
done
for f in "$OUT"/sqlmap-*.txt; do
  codes=$(grep -A1 'HTTP error codes detected' "$f" | grep -v 'HTTP error codes' | grep -v '^--' | paste -sd ' ' - || true)
  if grep -q 'identified the following injection point' "$f"; then
    findings=1
    echo "$(basename "$f" .txt): FINDINGS (injectable: $(grep -E "^Parameter: " "$f" | sort -u | paste -sd ';' -))"
  elif grep -q '500 (Internal Server Error)' "$f"; then
    findings=1
    echo "$(basename "$f" .txt): FINDINGS (no injection, but HTTP 500 answers: $codes)"
  elif grep -q 'might be vulnerable to cross-site scripting' "$f"; then
    # sqlmap's XSS heuristic: the parameter's <'"> came back unescaped.
    findings=1
    echo "$(basename "$f" .txt): FINDINGS (no injection, but <'\"> reflected unescaped in: $(grep -o "parameter '[^']*' might be vulnerable to cross-site" "$f" | cut -d"'" -f2 | sort -u | paste -sd ',' -))"
  else
    echo "$(basename "$f" .txt): none (no injectable parameter${codes:+; HTTP codes seen: $codes})"
  fi
done
# Side effect worth a look: e-mails the scans made the portal queue to one
# address (registration of an address that has an account mails its owner).
flood=$("$VENV/bin/python" - "$WORK/portal.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
row = db.execute("SELECT to_address, template, COUNT(*) FROM email_outbox "
                 "WHERE to_address = 'scan.probe@example.org' GROUP BY to_address, template "
                 "ORDER BY 3 DESC LIMIT 1").fetchone()
print("%s %s %d" % row if row else "- - 0")
PY
)
read -r flood_to flood_template flood_count <<<"$flood"
if [ "$flood_count" -gt 3 ]; then
  findings=1
  echo "outbox: FINDINGS ($flood_count '$flood_template' e-mails queued to $flood_to by the registration scan)"
else
  echo "outbox: none ($flood_count e-mails queued to scan.probe@example.org)"
fi
if grep -qE 'panicked| ERROR ' "$WORK/server.log"; then
  findings=1
  echo "server log: FINDINGS ($(grep -cE 'panicked| ERROR ' "$WORK/server.log") error lines in $WORK/server.log)"
else
  echo "server log: none (no error or panic)"
fi
exit "$findings"
