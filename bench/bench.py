#!/usr/bin/env python3
"""Benchmark harness of the portal: seeds a forum-scale edition, starts the
release binary and drives it over loopback with wrk. See bench/README.md.

Called by bench/run.sh, which builds the release and installs wrk first.
Results go to target/bench/results.json and target/bench/results.md.
"""

import argparse
import gzip
import http.client
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "portal"
SITE = ROOT / "target" / "site"
WORK = ROOT / "target" / "bench"
PG_BASE = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PASSWORD = "wsis-demo-2026"  # seed-demo's password for every demo account

# What wrk reports at the end of every run, as one JSON line.
REPORT_LUA = r"""
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end
function done(summary, latency, requests)
  local acks = {}
  for _, t in ipairs(threads) do
    local a = t:get("acks")
    if a and #a > 0 then table.insert(acks, a) end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"acks":"%s"}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout, table.concat(acks, "")))
end
"""

# Posts a form, each request as the next of many signed-in users; counts a
# request as acknowledged only when it redirects to the proposal's page.
FORM_LUA = r"""
local n = 0
acks = ""
function request()
  n = n + 1
  local i = ((id or 1) * 7919 + n) % #cookies + 1
  return wrk.format("POST", PATH, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookies[i],
  }, BODY)
end
function response(status, headers, body)
  local loc = headers["Location"] or headers["location"]
  if status == 303 and loc then
    local code = string.match(loc, "^/proposals/(WF%d+%-%d+)$")
    if code then acks = acks .. code .. "," end
  end
end
"""

# Signs in as the next of many accounts.
LOGIN_LUA = r"""
local n = 0
acks = ""
function request()
  n = n + 1
  local i = ((id or 1) * 7919 + n) % #bodies + 1
  return wrk.format("POST", "/login", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, bodies[i])
end
function response(status, headers, body)
  if status == 303 then acks = acks .. "1," end
end
"""


def say(msg):
    print(f"\033[1m==> {msg}\033[0m", flush=True)


def lua_string(s):
    return json.dumps(s)  # a JSON string literal is a valid Lua string literal here


class Server:
    """A `portal serve` process on a port; knows its start-up time and peak memory."""

    def __init__(self, db_url, port):
        self.port = port
        self.env = dict(os.environ)
        self.env.update(
            PORTAL_DATABASE_URL=db_url,
            PORTAL_ADDR=f"127.0.0.1:{port}",
            PORTAL_BASE_URL=f"http://127.0.0.1:{port}",
            PORTAL_SITE_ROOT=str(SITE),
            PORTAL_LOG=os.environ.get("PORTAL_LOG", "info,sqlx=warn"),
        )
        self.proc = None
        self.startup_ms = None

    def start(self):
        log = open(WORK / f"server-{self.port}.log", "ab")
        t0 = time.perf_counter()
        self.proc = subprocess.Popen([str(BIN), "serve"], env=self.env, stdout=log, stderr=log)
        deadline = t0 + 30
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"the server on port {self.port} exited; see {log.name}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    self.startup_ms = (time.perf_counter() - t0) * 1000
                    return self
            except OSError:
                time.sleep(0.001)
        sys.exit(f"the server on port {self.port} did not answer within 30 s")

    def peak_rss_mib(self):
        for line in open(f"/proc/{self.proc.pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(2)  # SIGINT: graceful shutdown
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class Nginx:
    """nginx (Debian's package) serving files on a port: the reference for
    serving the very same bytes as the portal, plain or gzip-compressed
    (`gzip_static`: the portal's own compressed bytes, not compressed anew)."""

    TYPES = {"html": "text/html; charset=utf-8", "xml": "application/xml; charset=utf-8",
             "json": "application/json", "ics": "text/calendar; charset=utf-8", "csv": "text/csv; charset=utf-8"}

    def __init__(self, port):
        self.port = port
        self.dir = WORK / "nginx"
        self.root = self.dir / "root"
        self.proc = None

    def put(self, name, plain, compressed):
        """Serves `plain` at /name, and `compressed` to clients taking gzip."""
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / name).write_bytes(plain)
        if compressed:
            (self.root / f"{name}.gz").write_bytes(compressed)

    def start(self):
        types = "".join(f"        {v.split(';')[0]} {k};\n" for k, v in self.TYPES.items())
        conf = self.dir / "nginx.conf"
        conf.write_text(f"""
worker_processes auto;
daemon off;
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    types {{
{types}    }}
    charset utf-8;
    charset_types text/html application/xml text/calendar text/csv;
    access_log off;
    sendfile on;
    # nginx at its best on a static site: file descriptors and sizes kept
    # open between requests, as a tuned deployment would.
    open_file_cache max=1000 inactive=60s;
    open_file_cache_valid 60s;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_requests 100000;
    gzip_static on;
    gzip_vary on;
    client_body_temp_path {self.dir}/tmp;
    proxy_temp_path {self.dir}/tmp;
    fastcgi_temp_path {self.dir}/tmp;
    uwsgi_temp_path {self.dir}/tmp;
    scgi_temp_path {self.dir}/tmp;
    server {{
        listen 127.0.0.1:{self.port};
        root {self.root};
        etag on;
    }}
}}
""")
        (self.dir / "tmp").mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(self.dir)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        for _ in range(300):
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                c.request("GET", "/")
                c.getresponse().read()
                return self
            except OSError:
                time.sleep(0.01)
        sys.exit(f"nginx did not start; see {self.dir}/error.log")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def portal(db_url, *args, quiet=True):
    env = dict(os.environ, PORTAL_DATABASE_URL=db_url, PORTAL_SITE_ROOT=str(SITE))
    t0 = time.perf_counter()
    out = subprocess.run([str(BIN), *args], env=env, capture_output=quiet, text=True)
    if out.returncode != 0:
        sys.exit(f"portal {' '.join(args)} failed:\n{out.stdout}\n{out.stderr}")
    return time.perf_counter() - t0


def fresh_database(kind, name):
    """A new, empty database; returns its URL."""
    if kind == "sqlite":
        path = WORK / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite://{path}"
    for sql in (f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}"):
        subprocess.run(["psql", PG_BASE, "-qc", sql], check=True, capture_output=True)
    return re.sub(r"/[^/]*$", f"/{name}", PG_BASE)


def query_count(db_url, sql_sqlite, sql_pg):
    if db_url.startswith("sqlite://"):
        con = sqlite3.connect(db_url[len("sqlite://"):])
        try:
            return con.execute(sql_sqlite).fetchone()[0]
        finally:
            con.close()
    out = subprocess.run(["psql", db_url, "-Atc", sql_pg], check=True, capture_output=True, text=True)
    return int(out.stdout.strip())


def http_get(port, path, cookie=None, gz=False):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {}
    if cookie:
        headers["Cookie"] = cookie
    if gz:
        headers["Accept-Encoding"] = "gzip"
    c.request("GET", path, headers=headers)
    r = c.getresponse()
    return r.status, r.read()


def fetch(port, path, gz=False):
    """Status, headers and body of `path`, as sent (compressed when asked)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("GET", path, headers={"Accept-Encoding": "gzip"} if gz else {})
    r = c.getresponse()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()


# The public pages and exports measured against nginx: (name, path, file).
PUBLIC = [
    ("/agenda (one day's grid)", "/agenda", "agenda.html"),
    ("/agenda?view=list (the whole programme)", "/agenda?view=list", "list.html"),
    ("/sessions/{code}", "/sessions/{code}", "session.html"),
    ("/agenda/schedule.xml", "/agenda/schedule.xml", "schedule.xml"),
    ("/agenda/schedule.json", "/agenda/schedule.json", "schedule.json"),
    ("/agenda/agenda.ics", "/agenda/agenda.ics", "agenda.ics"),
    ("/agenda/sessions.csv", "/agenda/sessions.csv", "sessions.csv"),
]
GZIP = "Accept-Encoding: gzip, br"


def against_nginx(label, ports, code, args):
    """Each public page and export from the portal and, the same bytes, from
    nginx; plain and as browsers ask (gzip, br); then revalidations."""
    ref = Nginx(3390)
    rows = []
    for name, path, file in PUBLIC:
        path = path.replace("{code}", code)
        _, _, plain = fetch(ports[0], path)
        _, h, packed = fetch(ports[0], path, gz=True)
        ref.put(file, plain, packed if h.get("content-encoding") == "gzip" else None)
    ref.start()
    try:
        for name, path, file in PUBLIC:
            path = path.replace("{code}", code)
            for enc, header in (("plain", None), ("gzip, br", GZIP)):
                say(f"{label}: {name}, {enc}: portal, then nginx")
                mine = wrk(ports, path, args.connections, args.seconds, "", header)
                theirs = wrk([ref.port], f"/{file}", args.connections, args.seconds, "", header)
                rows.append({"name": name, "encoding": enc, "portal": strip(mine), "nginx": strip(theirs),
                             "ratio": round(mine["rps"] / theirs["rps"], 2)})
        # Revalidation: a client (or a cache) asking whether its copy of
        # the programme is current; the portal answers 304 from memory.
        _, h, _ = fetch(ports[0], "/agenda", gz=True)
        say(f"{label}: revalidating /agenda (If-None-Match)")
        r = wrk(ports, "/agenda", args.connections, args.seconds, "", [GZIP, f"If-None-Match: {h['etag']}"])
        status, _, _ = http_conditional(ports[0], "/agenda", h["etag"])
        rows.append({"name": "/agenda revalidated", "encoding": "gzip, br", "portal": strip(r), "nginx": None,
                     "ratio": None, "status": status})
    finally:
        ref.stop()
    return rows


def strip(r):
    return {k: r[k] for k in ("rps", "p50_ms", "p99_ms", "errors", "bytes_per_response")}


def http_conditional(port, path, etag):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("GET", path, headers={"Accept-Encoding": "gzip", "If-None-Match": etag})
    r = c.getresponse()
    return r.status, None, r.read()


def sign_in(port, email):
    body = urllib.parse.urlencode({"email": email, "password": PASSWORD})
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("POST", "/login", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    r = c.getresponse()
    r.read()
    for k, v in r.getheaders():
        if k.lower() == "set-cookie" and v.startswith("portal_session="):
            return v.split(";")[0]
    sys.exit(f"could not sign in as {email} (status {r.status})")


def proposal_body(title):
    f = [
        ("title", title), ("format", "thematic-workshop"), ("participation_mode", "hybrid"),
        ("language", "en"), ("language", "fr"), ("text_language", "en"),
        ("abstract", "Community networks connect the last billion; we compare models from three regions."),
        ("description", "## Plan\n\nShort talks, then **open discussion** with the audience."),
        ("objectives", "Share what worked and what did not."), ("outcomes", "A toolkit for regulators."),
        ("al", "C2"), ("al-rationale-C2", "Infrastructure in rural areas."),
        ("sdg", "9"), ("sdg-rationale-9", "Resilient infrastructure."),
    ]
    people = [("moderator", "KE", "woman"), ("speaker", "BR", "man"), ("speaker", "IN", "woman"), ("speaker", "FR", "man")]
    for i, (role, country, gender) in enumerate(people):
        f += [(f"speaker-{i}-role", role), (f"speaker-{i}-name", f"Panelist {i}"),
              (f"speaker-{i}-organization", "Rural Connect"), (f"speaker-{i}-email", f"panelist{i}@example.org"),
              (f"speaker-{i}-country", country), (f"speaker-{i}-stakeholder_type", "civil-society"),
              (f"speaker-{i}-gender", gender)]
    f.append(("action", "submit"))
    return urllib.parse.urlencode(f)


def wrk(targets, path, conns, seconds, extra_lua="", header=None):
    """Runs wrk against every port in `targets` at once (connections split
    between them); returns the combined figures. `header` is one header
    line or a list of them."""
    script = WORK / f"wrk-{os.getpid()}-{len(extra_lua)}.lua"
    script.write_text(extra_lua + REPORT_LUA)
    procs = []
    per = max(2, conns // len(targets))
    for port in targets:
        cmd = ["wrk", "-t2", f"-c{per}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script)]
        for h in [header] if isinstance(header, str) else (header or []):
            cmd += ["-H", h]
        cmd.append(f"http://127.0.0.1:{port}{path}")
        procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    runs = []
    for p in procs:
        out, _ = p.communicate()
        m = re.search(r"^BENCH (.*)$", out, re.M)
        if not m:
            sys.exit(f"wrk printed no report:\n{out}")
        runs.append(json.loads(m.group(1)))
    secs = max(r["duration_us"] for r in runs) / 1e6
    total = sum(r["requests"] for r in runs)
    errors = sum(r[k] for r in runs for k in ("connect", "read", "write", "status", "timeout"))
    return {
        "path": path,
        "connections": per * len(targets),
        "instances": len(targets),
        "requests": total,
        "rps": round(total / secs, 1),
        "p50_ms": round(max(r["p50_us"] for r in runs) / 1000, 2),
        "p99_ms": round(max(r["p99_us"] for r in runs) / 1000, 2),
        "errors": errors,
        "bytes_per_response": round(sum(r["bytes"] for r in runs) / max(1, total)),
        "acks": [a for r in runs for a in r["acks"].split(",") if a],
    }


def seed(db_url, proposals, sessions, rooms=12, days=5):
    portal(db_url, "migrate")
    orgs = max(40, proposals // 3)  # 333 organizations for 1,000 proposals
    return portal(db_url, "seed-demo", "--organizations", str(orgs), "--proposals", str(proposals),
                  "--sessions", str(sessions), "--rooms", str(rooms), "--days", str(days))


def a_session_code(port):
    _, html = http_get(port, "/agenda?view=list")
    m = re.search(rb'href="/sessions/(WF[0-9]+-[0-9]+)"', html)
    return m.group(1).decode() if m else None


def run_backend(label, kind, instances, args):
    """Seeds one database, starts `instances` servers on it and measures."""
    say(f"{label}: seeding {args.proposals} proposals, {args.sessions} sessions, 12 rooms, 5 days")
    db = fresh_database(kind, f"portal_bench_{kind}")
    seed_s = seed(db, args.proposals, args.sessions)
    ports = [3300 + i for i in range(instances)]
    # Start-up on the migrated database: the median of five starts.
    starts = []
    for _ in range(5):
        s = Server(db, ports[0]).start()
        starts.append(s.startup_ms)
        s.stop()
    servers = [Server(db, p).start() for p in ports]
    res = {"backend": label, "seed_s": round(seed_s, 1), "startup_ms": round(statistics.median(starts), 1),
           "speakers": query_count(db, "SELECT COUNT(*) FROM proposal_speakers", "SELECT COUNT(*) FROM proposal_speakers"),
           "runs": []}
    try:
        code = a_session_code(ports[0])
        users = [f"stakeholder{i:03}@demo.wsis.test" for i in range(1, 201)]
        cookies = [sign_in(ports[i % len(ports)], u) for i, u in enumerate(users[:100])]
        if kind == "sqlite":
            res["sizes"] = sizes(ports[0], cookies[0], code)
        d, c = args.seconds, args.connections
        res["public"] = against_nginx(label, ports, code, args)
        plan = [
            ("/proposals (signed in)", "/proposals", c, "", f"Cookie: {cookies[0]}"),
        ]
        for name, path, conns, lua, header in plan:
            say(f"{label}: {name}")
            r = wrk(ports, path, conns, d, lua, header)
            r["name"] = name
            r.pop("acks")
            r["peak_so_far_mib"] = max(s.peak_rss_mib() for s in servers)
            res["runs"].append(r)
        say(f"{label}: sign-in (argon2 by design)")
        bodies = [urllib.parse.urlencode({"email": u, "password": PASSWORD}) for u in users]
        r = wrk(ports, "/login", 8, d, f"bodies = {{{', '.join(map(lua_string, bodies))}}}\n" + LOGIN_LUA)
        r["name"] = "sign-in"
        r["acknowledged"] = len(r.pop("acks"))
        r["peak_so_far_mib"] = max(s.peak_rss_mib() for s in servers)
        res["runs"].append(r)
        say(f"{label}: proposal submission by 100 signed-in users")
        before = query_count(db, "SELECT COUNT(*) FROM proposals", "SELECT COUNT(*) FROM proposals")
        lua = (f"cookies = {{{', '.join(map(lua_string, cookies))}}}\n"
               f"PATH = \"/proposals/new\"\nBODY = {lua_string(proposal_body('Community networks at scale'))}\n" + FORM_LUA)
        r = wrk(ports, "/proposals/new", c, d, lua)
        acks = r.pop("acks")
        r["name"] = "proposal submission"
        r["acknowledged"] = len(acks)
        after = query_count(db, "SELECT COUNT(*) FROM proposals", "SELECT COUNT(*) FROM proposals")
        present = 0
        for i in range(0, len(acks), 500):
            chunk = ",".join(f"'{a}'" for a in acks[i:i + 500])
            q = f"SELECT COUNT(*) FROM proposals WHERE status = 'submitted' AND code IN ({chunk})"
            present += query_count(db, q, q)
        r["acknowledged_present"] = present
        r["rows_added"] = after - before
        r["peak_so_far_mib"] = max(s.peak_rss_mib() for s in servers)
        res["runs"].append(r)
        res["peak_rss_mib"] = [round(s.peak_rss_mib(), 1) for s in servers]
    finally:
        for s in servers:
            s.stop()
    return res


def sizes(port, cookie, code):
    """Release WASM/JS/CSS sizes and the HTML of key pages, raw and gzip."""
    out = {"assets": [], "pages": []}
    for f in sorted((SITE / "pkg").glob("*")):
        if f.suffix in (".wasm", ".js", ".css"):
            raw = f.read_bytes()
            out["assets"].append({"file": f.name, "raw": len(raw), "gzip": len(gzip.compress(raw, 9))})
    for path, ck in [("/", None), ("/login", None), ("/agenda", None), ("/agenda?view=list", None),
                     (f"/sessions/{code}", None), ("/proposals", cookie), ("/proposals/new", cookie)]:
        _, raw = http_get(port, path, ck)
        out["pages"].append({"path": path, "raw": len(raw), "gzip": len(gzip.compress(raw, 9))})
    return out


def growth(args):
    """How the public and signed-in figures grow with the edition's size."""
    rows = []
    for n in (100, 1000, 5000):
        sessions = min(300, max(20, n * 3 // 10))
        say(f"growth: {n} proposals, {sessions} sessions")
        db = fresh_database("sqlite", f"portal_bench_{n}")
        seed_s = seed(db, n, sessions)
        s = Server(db, 3320).start()
        try:
            cookie = sign_in(3320, "organizer@demo.wsis.test")
            row = {"proposals": n, "sessions": sessions, "seed_s": round(seed_s, 1), "startup_ms": round(s.startup_ms, 1),
                   "db_mib": round(Path(db[len("sqlite://"):]).stat().st_size / 2**20, 1)}
            for name, path, header in [("/agenda", "/agenda", None), ("/agenda/schedule.xml", "/agenda/schedule.xml", None),
                                       ("organizers' proposal list", "/organize/proposals", f"Cookie: {cookie}")]:
                r = wrk([3320], path, args.connections, max(3, args.seconds // 2), "", header)
                row[name] = {"rps": r["rps"], "p99_ms": r["p99_ms"], "errors": r["errors"],
                             "bytes": r["bytes_per_response"]}
            row["peak_rss_mib"] = round(s.peak_rss_mib(), 1)
            rows.append(row)
        finally:
            s.stop()
    return rows


def markdown(results):
    lines = [f"Measured {results['when']} on {results['machine']}; `{results['command']}`.", ""]
    for b in results["backends"]:
        lines += [f"### {b['backend']}", "",
                  f"Seeded in {b['seed_s']} s ({b['speakers']} speakers); start-up on the migrated database "
                  f"{b['startup_ms']} ms (median of 5); peak memory under load {', '.join(f'{m} MiB' for m in b['peak_rss_mib'])}.", "",
                  "| what | conns | requests/s | p50 ms | p99 ms | errors | bytes/response | peak MiB so far | notes |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
        for r in b["runs"]:
            note = ""
            if "acknowledged" in r:
                note = f"{r['acknowledged']} acknowledged"
            if "acknowledged_present" in r:
                note += f", {r['acknowledged_present']} present afterwards ({r['rows_added']} rows added)"
            lines.append(f"| {r['name']} | {r['connections']} | {r['rps']:,} | {r['p50_ms']} | {r['p99_ms']} | "
                         f"{r['errors']} | {r['bytes_per_response']:,} | {r.get('peak_so_far_mib', 0):.1f} | {note} |")
        lines += ["", "Public pages and exports, and nginx serving the very same bytes (gzip: the portal's own "
                  "compressed bytes, `gzip_static`), 64 connections:", "",
                  "| what | Accept-Encoding | portal requests/s | p99 ms | nginx requests/s | p99 ms | portal ÷ nginx |",
                  "|---|---|---:|---:|---:|---:|---:|"]
        for r in b.get("public", []):
            n = r["nginx"]
            if n:
                lines.append(f"| {r['name']} | {r['encoding']} | {r['portal']['rps']:,} | {r['portal']['p99_ms']} | "
                             f"{n['rps']:,} | {n['p99_ms']} | {r['ratio']:.2f}× |")
            else:
                lines.append(f"| {r['name']} (answered {r['status']}, {r['portal']['bytes_per_response']} bytes) | "
                             f"{r['encoding']} | {r['portal']['rps']:,} | {r['portal']['p99_ms']} | | | |")
        lines.append("")
    if results.get("sizes"):
        lines += ["### Sizes", "", "| file or page | raw bytes | gzip bytes |", "|---|---:|---:|"]
        for a in results["sizes"]["assets"]:
            lines.append(f"| {a['file']} | {a['raw']:,} | {a['gzip']:,} |")
        for p in results["sizes"]["pages"]:
            lines.append(f"| `{p['path']}` | {p['raw']:,} | {p['gzip']:,} |")
        lines.append("")
    if results.get("growth"):
        lines += ["### Growth (SQLite)", "",
                  "| proposals | sessions | seed s | start-up ms | db MiB | /agenda rps (p99 ms) | schedule.xml rps (p99 ms) | organizers' list rps (p99 ms) | peak MiB |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for g in results["growth"]:
            cell = lambda k: f"{g[k]['rps']:,} ({g[k]['p99_ms']})"
            lines.append(f"| {g['proposals']:,} | {g['sessions']} | {g['seed_s']} | {g['startup_ms']} | {g['db_mib']} | "
                         f"{cell('/agenda')} | {cell('/agenda/schedule.xml')} | {cell(chr(111) + 'rganizers' + chr(39) + ' proposal list')} | {g['peak_rss_mib']} |")
        lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--proposals", type=int, default=1000)
    ap.add_argument("--sessions", type=int, default=300)
    ap.add_argument("--only", choices=["sqlite", "postgres", "postgres2", "growth"], action="append",
                    help="measure only these set-ups (repeatable)")
    ap.add_argument("--growth", action="store_true", help="also measure 100, 1,000 and 5,000 proposals")
    ap.add_argument("--build-seconds", type=float, help="(from run.sh) how long the release build took")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    setups = [s for s in (args.only or ["sqlite", "postgres", "postgres2"]) if s != "growth"]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    results = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{os.cpu_count()} cores ({cpu}), {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB",
        "command": "bench/run.sh " + " ".join(sys.argv[1:]).replace(f"--build-seconds {args.build_seconds}", "").strip(),
        "build_seconds": args.build_seconds,
        "backends": [],
    }
    for s in setups:
        kind = "sqlite" if s == "sqlite" else "postgres"
        label = {"sqlite": "SQLite", "postgres": "PostgreSQL", "postgres2": "PostgreSQL, two instances"}[s]
        results["backends"].append(run_backend(label, kind, 2 if s == "postgres2" else 1, args))
    results["sizes"] = next((b.pop("sizes") for b in results["backends"] if "sizes" in b), None)
    if args.growth or "growth" in (args.only or []):
        results["growth"] = growth(args)
    (WORK / "results.json").write_text(json.dumps(results, indent=2))
    md = markdown(results)
    (WORK / "results.md").write_text(md + "\n")
    print(md)


if __name__ == "__main__":
    main()
