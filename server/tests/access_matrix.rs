//! The access-control matrix: every route of the site (read from the
//! router's source, so a new route cannot be forgotten) and every API
//! endpoint, requested by every role, against the expected answer written
//! in `access_matrix.txt` beside this file.
//!
//! Roles: `anon` (no account), `owner` (the stakeholder who made the
//! proposal and the submission used in the paths), `other` (another
//! stakeholder), `speaker`, `rev` (a reviewer assigned to the proposal),
//! `revc` (a reviewer assigned to it who declared a conflict), `facil` (the
//! facilitator of other Action Lines), `org` (organizer), `admin`.
//!
//! Answers: `200`, `login` (sent to sign in), `303` (any other redirect,
//! e.g. after a post), `400`, `403`, `404`, `405`, `409`, `422`, `429`.
//! A 5xx anywhere fails at once. Posts carry an empty form: a role that may
//! act gets a validation message (`422`) or a redirect, one that may not
//! gets `403`/`404`/`login`, and nothing is written for it.
//!
//! After a deliberate change of permissions, regenerate the file with
//! `ACCESS_MATRIX_RECORD=1 cargo test -p portal-server --test access_matrix`
//! and read the diff: every changed cell is a changed permission.

mod common;

use common::{TestApp, seeded_demo};
use portal::domain::Locale;
use portal::services::{ApiTokenForm, CurrentUser, RequestMeta};
use reqwest::{Client, Method};
use std::collections::BTreeMap;

const ROLES: [&str; 9] = [
    "anon", "owner", "other", "speaker", "rev", "revc", "facil", "org", "admin",
];
const PASSWORD: &str = portal_server::seed::DEMO_PASSWORD;
const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/access_matrix.txt");

fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "127.0.0.1".into(),
        user_agent: "access matrix".into(),
        locale: Locale::En,
    }
}

/// `(METHOD, path)` of every site route, read from the router's source.
fn site_routes() -> Vec<(String, String)> {
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/routes/mod.rs")).unwrap();
    let mut out = Vec::new();
    for chunk in src.split(".route(").skip(1) {
        let path = chunk.split('"').nth(1).unwrap().to_owned();
        let call = chunk.split(".route(").next().unwrap_or(chunk);
        for (needle, method) in [("get(", "GET"), ("post(", "POST")] {
            if call.contains(needle) {
                out.push((method.to_owned(), path.clone()));
            }
        }
    }
    out.push(("GET".into(), "/metrics".into()));
    out
}

/// `(METHOD, /api/v1 path)` of every API endpoint.
fn api_routes() -> Vec<(String, String)> {
    portal_server::api::ROUTES
        .iter()
        .map(|(m, p)| (m.to_uppercase(), format!("/api/v1{p}")))
        .collect()
}

/// The objects the paths name.
struct World {
    proposal: String,
    submission: String,
    meeting: i64,
    room: i64,
    victim: i64,
    other_org: i64,
    session: String,
    speaker_id: String,
}

impl World {
    fn fill(&self, path: &str) -> String {
        let with = |p: &str, k: &str, v: &str| p.replace(k, v);
        let mut p = path.to_owned();
        if p.starts_with("/submissions/") || p.starts_with("/organize/submissions/") {
            p = with(&p, "{code}", &self.submission);
        }
        if p.starts_with("/sessions/") || p.starts_with("/api/v1/sessions/") {
            p = with(&p, "{code}", &self.session);
        }
        if p.starts_with("/review/lines/") {
            p = with(&p, "{code}", "C2");
        }
        if p.starts_with("/organize/taxonomy/") {
            p = with(&with(&p, "{kind}", "action_line"), "{code}", "C2");
        }
        if p.starts_with("/organize/settings/formats/") {
            p = with(&p, "{code}", "thematic-workshop");
        }
        if p.starts_with("/organize/meetings/") {
            p = with(&p, "{id}", &self.meeting.to_string());
        }
        if p.starts_with("/organize/agenda/rooms/") {
            p = with(&p, "{id}", &self.room.to_string());
        }
        if p.starts_with("/admin/users/") {
            p = with(&p, "{id}", &self.victim.to_string());
        }
        if p.starts_with("/organizations/") {
            p = with(&p, "{id}", &self.other_org.to_string());
        }
        if p.starts_with("/speakers/") {
            p = with(&p, "{id}", &self.speaker_id);
        }
        p = with(&p, "{kind}", "format-view");
        p = with(&p, "{outcome}", "accept");
        p = with(&p, "{reviewer}", "999999");
        p = with(&p, "{code}", &self.proposal);
        // Rows that do not exist: every role must get the same answer.
        with(&p, "{id}", "999999")
    }
}

fn class(r: &reqwest::Response) -> String {
    let s = r.status();
    if s.is_redirection() {
        let to = r
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        return if to.starts_with("/login") {
            "login".into()
        } else {
            "303".into()
        };
    }
    if s.is_success() {
        return "200".into();
    }
    s.as_u16().to_string()
}

async fn user(app: &TestApp, email: &str) -> CurrentUser {
    app.portal
        .login(email, PASSWORD, &meta())
        .await
        .unwrap()
        .user
}

async fn browser(app: &TestApp, email: &str) -> Client {
    common::demo_sign_in(app, email).await
}

/// The demo world, with a reviewer assigned to the owner's proposal and a
/// second one assigned who declared a conflict.
async fn world(app: &TestApp) -> (World, BTreeMap<&'static str, String>) {
    let p = &app.portal;
    let organizer = user(app, "organizer@demo.wsis.test").await;
    let owner = user(app, "stakeholder001@demo.wsis.test").await;
    let other = user(app, "stakeholder002@demo.wsis.test").await;
    let victim = user(app, "stakeholder006@demo.wsis.test").await;
    // A submitted proposal of the owner's on a line the facilitator (C3, C7) does not have.
    let mut proposal = None;
    for s in p.my_proposals(&owner).await.unwrap() {
        let v = p.proposal(&owner, &s.code).await.unwrap();
        let lines_ok = v
            .form
            .action_lines
            .iter()
            .all(|l| !l.code.starts_with("C3") && !l.code.starts_with("C7"));
        if v.status.code() == "submitted" && lines_ok {
            proposal = Some(s.code);
            break;
        }
    }
    let proposal = proposal.expect("a submitted proposal outside C3 and C7");
    let rev = user(app, "reviewer@demo.wsis.test").await;
    let revc = user(app, "reviewer01@demo.wsis.test").await;
    for r in [&rev, &revc] {
        p.assign_reviewer(&organizer, &proposal, r.id.0, &meta())
            .await
            .unwrap();
    }

    p.declare_conflict(
        &revc,
        &proposal,
        "I advise this organization.",
        None,
        &meta(),
    )
    .await
    .unwrap();
    let submission = p
        .my_submissions(&owner)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.status == "submitted")
        .expect("a sent submission")
        .code;
    let meeting = p.meetings(&organizer).await.unwrap()[0].id;
    let (programme, _) = p.draft_programme(&organizer).await.unwrap();
    let session = programme
        .sessions
        .first()
        .map(|s| s.code.clone())
        .unwrap_or_else(|| proposal.clone());
    let speaker_id = programme
        .sessions
        .iter()
        .flat_map(|s| s.persons.iter())
        .map(|s| s.id.clone())
        .next()
        .unwrap_or_else(|| "nobody".into());
    let room = p
        .agenda_board(&organizer)
        .await
        .unwrap()
        .rooms
        .first()
        .map(|r| r.id)
        .unwrap_or(999_999);
    let world = World {
        proposal,
        submission,
        meeting,
        room,
        victim: victim.id.0,
        other_org: other.organization_id.map(|o| o.0).unwrap_or(999_999),
        session,
        speaker_id,
    };
    let emails: BTreeMap<&'static str, String> = [
        ("owner", "stakeholder001@demo.wsis.test"),
        ("other", "stakeholder002@demo.wsis.test"),
        ("speaker", "speaker@demo.wsis.test"),
        ("rev", "reviewer@demo.wsis.test"),
        ("revc", "reviewer01@demo.wsis.test"),
        ("facil", "facilitator@demo.wsis.test"),
        ("org", "organizer@demo.wsis.test"),
        ("admin", "admin@demo.wsis.test"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect();
    (world, emails)
}

/// A read-and-write API token for the account `email`.
async fn token(app: &TestApp, email: &str) -> String {
    let who = user(app, email).await;
    let form = ApiTokenForm {
        name: "matrix".into(),
        scopes: vec!["read".into(), "write".into()],
        days: String::new(),
    };
    app.portal
        .create_api_token(&who, &form, &meta())
        .await
        .unwrap()
        .1
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_every_role_as_the_matrix_says() {
    let app = seeded_demo(6, 18, 3, 33).await;
    let (world, emails) = world(&app).await;
    let mut routes: Vec<(String, String)> = site_routes();
    routes.extend(api_routes());
    // Signing out ends the session the rest of the role's requests use: last.
    routes.sort_by_key(|(m, p)| (p == "/logout", p.clone(), m.clone()));
    routes.dedup();

    // Reads first, for every role, on the world as set up; then the posts,
    // with the owner last, so a withdrawal cannot change what the others
    // are answered.
    let mut clients = BTreeMap::new();
    for role in ROLES {
        let pair = match emails.get(role) {
            None => (common::client(), None),
            Some(email) => (browser(&app, email).await, Some(token(&app, email).await)),
        };
        clients.insert(role, pair);
    }
    let mut got: BTreeMap<(String, String), BTreeMap<&str, String>> = BTreeMap::new();
    let writers = [
        "anon", "other", "speaker", "rev", "revc", "facil", "org", "admin", "owner",
    ];
    for (reads, order) in [(true, ROLES), (false, writers)] {
        for role in order {
            let (web, bearer) = &clients[role];
            for (method, path) in routes.iter().filter(|(m, _)| (m == "GET") == reads) {
                let url = format!("{}{}", app.base, world.fill(path));
                let m = Method::from_bytes(method.as_bytes()).unwrap();
                let api = path.starts_with("/api/v1");
                let client = if api { common::client() } else { web.clone() };
                let mut req = client.request(m, &url);
                if api {
                    if let Some(t) = bearer {
                        req = req.bearer_auth(t);
                    }
                    if method != "GET" && method != "DELETE" {
                        req = req.json(&serde_json::json!({}));
                    }
                } else if method == "POST" {
                    req = req.form(&[("version", "0")]);
                }
                let r = req.send().await.unwrap();
                assert!(
                    !r.status().is_server_error(),
                    "{role} {method} {path} ({url}): {}",
                    r.status()
                );
                got.entry((method.clone(), path.clone()))
                    .or_default()
                    .insert(role, class(&r));
            }
        }
    }

    let mut table = String::from(
        "# Expected answer of every route for every role; see server/tests/access_matrix.rs.\n",
    );
    table.push_str(&format!("{:<7} {:<48}", "#method", "path"));
    for r in ROLES {
        table.push_str(&format!(" {r:<6}"));
    }
    table.push('\n');
    for ((method, path), cells) in &got {
        table.push_str(&format!("{method:<7} {path:<48}"));
        for role in ROLES {
            table.push_str(&format!(" {:<6}", cells[role]));
        }
        table.push('\n');
    }
    let table: String = table
        .lines()
        .map(|l| l.trim_end().to_owned() + "\n")
        .collect();
    if std::env::var_os("ACCESS_MATRIX_RECORD").is_some() {
        std::fs::write(SPEC, &table).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(SPEC).unwrap_or_default();
    let want: BTreeMap<&str, &str> = expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.split_whitespace();
            let key = l.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            parts.next();
            parts.next();
            (Box::leak(key.into_boxed_str()) as &str, l)
        })
        .collect();
    let mut problems = Vec::new();
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let key = line
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        match want.get(key.as_str()) {
            None => problems.push(format!("not in the matrix: {key}\n  got:  {line}")),
            Some(w) if w.split_whitespace().ne(line.split_whitespace()) => {
                problems.push(format!("want: {w}\n  got:  {line}"))
            }
            Some(_) => {}
        }
    }
    let have: Vec<String> = table
        .lines()
        .map(|l| l.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
        .collect();
    for key in want.keys() {
        if !have.iter().any(|h| h == key) {
            problems.push(format!("in the matrix but no such route: {key}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
