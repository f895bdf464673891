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

use crate::common;

use common::TestApp;
use common::world::{browser, meta, user, world};
use portal::services::ApiTokenForm;
use reqwest::Method;
use std::collections::BTreeMap;

const ROLES: [&str; 9] = [
    "anon", "owner", "other", "speaker", "rev", "revc", "facil", "org", "admin",
];
const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/http/access_matrix.txt");

/// `(METHOD, /api/v1 path)` of every API endpoint.
fn api_routes() -> Vec<(String, String)> {
    portal_server::api::ROUTES
        .iter()
        .map(|(m, p)| (m.to_uppercase(), format!("/api/v1{p}")))
        .collect()
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
    for (db, app) in common::seeded_demos(6, 18, 3, 33).await {
        check_matrix(db, &app).await;
    }
}

/// One database's run against the matrix.
async fn check_matrix(db: &str, app: &TestApp) {
    let (world, emails) = world(app).await;
    let mut routes: Vec<(String, String)> = common::site_routes();
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
            Some(email) => (browser(app, email).await, Some(token(app, email).await)),
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
        "# Expected answer of every route for every role; see server/tests/http/access_matrix.rs.\n",
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
    if std::env::var_os("ACCESS_MATRIX_RECORD").is_some() && db == "sqlite" {
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
    assert!(problems.is_empty(), "{db}:\n{}", problems.join("\n"));
}
