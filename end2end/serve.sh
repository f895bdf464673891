#!/bin/sh
# Starts one portal instance for the browser tests: serve.sh sqlite|seeded|forum|postgres PORT
# The SQLite instance gets a fresh database file; the PostgreSQL instances
# share the database named in PORTAL_E2E_PG_URL (created by playwright.config.ts).
set -eu
cd "$(dirname "$0")"
kind="$1"; port="$2"
case "$kind" in
  sqlite)
    rm -rf ".tmp/sqlite-$port"; mkdir -p ".tmp/sqlite-$port"
    PORTAL_DATABASE_URL="sqlite://.tmp/sqlite-$port/portal.db" ;;
  seeded)
    # SQLite with the demo data (reviews and decisions included).
    rm -rf ".tmp/seeded-$port"; mkdir -p ".tmp/seeded-$port"
    PORTAL_DATABASE_URL="sqlite://.tmp/seeded-$port/portal.db"
    PORTAL_DATABASE_URL="$PORTAL_DATABASE_URL" PORTAL_LOG=error ../target/debug/portal seed-demo --organizations 12 --proposals 40 >/dev/null ;;
  forum)
    # SQLite at the Forum's real size: 300 sessions, 12 rooms, 5 days.
    rm -rf ".tmp/forum-$port"; mkdir -p ".tmp/forum-$port"
    PORTAL_DATABASE_URL="sqlite://.tmp/forum-$port/portal.db"
    PORTAL_DATABASE_URL="$PORTAL_DATABASE_URL" PORTAL_LOG=error ../target/debug/portal seed-demo --sessions 300 --rooms 12 --days 5 >/dev/null ;;
  postgres)
    PORTAL_DATABASE_URL="$PORTAL_E2E_PG_URL"
    # The journeys read at once on one instance what they did on the other;
    # the default 100 ms in which a release may show late is not theirs.
    export PORTAL_RELEASE_CHECK_MS=0 ;;
  *) echo "usage: serve.sh sqlite|seeded|forum|postgres PORT" >&2; exit 2 ;;
esac
export PORTAL_DATABASE_URL
export PORTAL_ADDR="127.0.0.1:$port"
export PORTAL_BASE_URL="http://127.0.0.1:$port"
export PORTAL_SITE_ROOT="../target/site"
# The partner site the embed journey frames the programme from.
export PORTAL_EMBED_ORIGINS="http://partner.example"
export PORTAL_LOG="${PORTAL_LOG:-warn}"
exec ../target/debug/portal serve
