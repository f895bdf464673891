//! Hostile input against every route that takes input (read from the
//! router's source) and every API endpoint: oversized fields, bytes that are
//! not UTF-8, wrong types, missing fields, huge repeated fields, direction
//! overrides, zero-width characters, emoji, NUL, and script payloads; as an
//! organizer and as a stakeholder. Every answer is a 2xx/3xx/4xx, never a
//! 5xx or a dropped connection. Then script payloads stored through the
//! forms are looked for on every page and export: they must be inert.

use crate::common;

use common::site_routes;
use common::world::{browser, meta, user, world};
use portal::domain::submission::{SubmissionForm, SubmissionKind};
use portal::services::{ApiTokenForm, OutcomesForm, SaveIntent};
use reqwest::{Client, Method};

/// Field names the forms use (so payloads reach the parsers, not only the
/// "unknown field" path).
const FIELDS: &[&str] = &[
    "version",
    "title",
    "body",
    "name",
    "email",
    "password",
    "organization",
    "country",
    "code",
    "abstract",
    "description",
    "summary",
    "tag",
    "note",
    "target",
    "reviewer",
    "score",
    "comment",
    "day",
    "start",
    "room",
    "deadline",
    "starts_at",
    "ends_at",
    "max_chars",
    "action",
    "intent",
    "al",
    "sdg",
    "language",
    "action_line",
    "speaker-0-name",
    "speaker-0-email",
    "next",
    "lang",
];

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";

/// The hostile bodies, as raw `application/x-www-form-urlencoded` text.
fn bodies() -> Vec<(&'static str, Vec<u8>)> {
    let each = |v: &str| -> Vec<u8> {
        FIELDS
            .iter()
            .map(|f| format!("{f}={v}"))
            .collect::<Vec<_>>()
            .join("&")
            .into_bytes()
    };
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => (b as char).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    let mut huge_repeat = String::new();
    for i in 0..4_000 {
        huge_repeat.push_str(&format!("al=C{}&sdg={}&language=en&", i % 12, i % 20));
    }
    vec![
        ("empty", Vec::new()),
        (
            "missing and wrong types",
            b"version=abc&score=NaN&reviewer=-1&day=yesterday&start=25:99&max_chars=1e99".to_vec(),
        ),
        ("oversized field", each(&"x".repeat(12_000))),
        ("not utf-8", each("%FF%FE%C3%28")),
        (
            "raw invalid bytes",
            b"title=\xff\xfe&body=\xc3\x28".to_vec(),
        ),
        ("nul", each("a%00b")),
        ("direction override", each(&enc("abc\u{202E}def"))),
        ("zero width", each(&enc("a\u{200B}\u{FEFF}b"))),
        ("emoji", each(&enc("👩🏽‍💻🇸🇳 ok"))),
        ("scripts", each(&enc(&format!("{SCRIPT}{IMG}")))),
        ("huge repeated fields", huge_repeat.into_bytes()),
        ("malformed encoding", b"title=%&body=%zz&=&&==".to_vec()),
    ]
}

/// JSON bodies for the API.
fn json_bodies() -> Vec<(&'static str, Vec<u8>)> {
    let big = "x".repeat(60_000);
    vec![
        ("not json", b"{title: nope".to_vec()),
        (
            "wrong types",
            br#"{"title": 5, "version": "x", "action_lines": "C2", "room_id": "a"}"#.to_vec(),
        ),
        (
            "huge array",
            format!(
                "{{\"action_lines\": [{}]}}",
                vec!["\"C2\""; 5_000].join(",")
            )
            .into_bytes(),
        ),
        (
            "oversized",
            format!("{{\"title\": \"{big}\"}}").into_bytes(),
        ),
        (
            "nul and overrides",
            "{\"title\": \"a\\u0000b\\u202e\", \"abstract\": \"\\ud83d\"}"
                .as_bytes()
                .to_vec(),
        ),
        ("not utf-8", b"{\"title\": \"\xff\xfe\"}".to_vec()),
        (
            "deep nesting",
            format!("{}{}", "[".repeat(5_000), "]".repeat(5_000)).into_bytes(),
        ),
    ]
}

async fn send(
    c: &Client,
    method: &str,
    url: &str,
    body: Vec<u8>,
    json: bool,
    bearer: Option<&str>,
) -> Result<u16, String> {
    let m = Method::from_bytes(method.as_bytes()).unwrap();
    // A hostile body the server refuses early (413) may leave the client
    // still writing on a connection nobody reads: never wait forever, a
    // timeout counts as a dropped connection and is tried once more.
    let mut req = c
        .request(m, url)
        .timeout(std::time::Duration::from_secs(20))
        .body(body)
        .header(
            "content-type",
            if json {
                "application/json"
            } else {
                "application/x-www-form-urlencoded"
            },
        );
    if let Some(t) = bearer {
        req = req.bearer_auth(t);
    }
    req.send()
        .await
        .map(|r| r.status().as_u16())
        .map_err(|e| e.to_string())
}

/// [`send`], once more on a fresh connection when the pooled one was closed:
/// after answering 413 to an oversized body the server closes the
/// connection, as it should, and the client's next request on it fails
/// before reaching the server.
async fn send_twice(
    c: &Client,
    method: &str,
    url: &str,
    body: Vec<u8>,
    json: bool,
    bearer: Option<&str>,
) -> Result<u16, String> {
    match send(c, method, url, body.clone(), json, bearer).await {
        Err(_) => send(c, method, url, body, json, bearer).await,
        answer => answer,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_input_never_gets_a_server_error() {
    for (db, app) in common::seeded_demos(6, 18, 3, 44).await {
        hostile_run(db, &app).await;
    }
}

async fn hostile_run(db: &str, app: &common::TestApp) {
    let (w, _) = world(app).await;
    let mut failures = Vec::new();
    let mut sent = 0;
    for email in ["organizer@demo.wsis.test", "stakeholder001@demo.wsis.test"] {
        let web = browser(app, email).await;
        let who = user(app, email).await;
        let form = ApiTokenForm {
            name: "hostile".into(),
            scopes: vec!["read".into(), "write".into()],
            days: String::new(),
        };
        let token = app
            .portal
            .create_api_token(&who, &form, &meta())
            .await
            .unwrap()
            .1;
        for (method, path) in site_routes()
            .iter()
            .filter(|(m, p)| m == "POST" && p != "/logout")
        {
            let url = format!("{}{}", app.base, w.fill(path));
            for (what, body) in bodies() {
                sent += 1;
                match send_twice(&web, method, &url, body, false, None).await {
                    Ok(s) if s < 500 => {}
                    other => failures.push(format!("{email} {method} {path} [{what}]: {other:?}")),
                }
            }
        }
        for (method, path) in portal_server::api::ROUTES
            .iter()
            .filter(|(m, _)| *m != "get")
        {
            let url = format!("{}/api/v1{}", app.base, w.fill(path));
            for (what, body) in json_bodies() {
                sent += 1;
                match send_twice(
                    &common::client(),
                    &method.to_uppercase(),
                    &url,
                    body,
                    true,
                    Some(&token),
                )
                .await
                {
                    Ok(s) if s < 500 => {}
                    other => failures.push(format!("{email} {method} {path} [{what}]: {other:?}")),
                }
            }
        }
        // Hostile query strings on every page that reads one.
        for (_, path) in site_routes().iter().filter(|(m, _)| m == "GET") {
            let url = format!(
                "{}{}?q=%FF%00{}&page=-1&per_page=99999999999&day=x&release=abc&kind=%3Cscript%3E&next=%09//evil.example",
                app.base,
                w.fill(path),
                "z".repeat(3_000)
            );
            sent += 1;
            match web.get(&url).send().await.map(|r| r.status().as_u16()) {
                Ok(s) if s < 500 => {}
                other => failures.push(format!("{email} GET {path} [hostile query]: {other:?}")),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{db}: {} of {sent} requests failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Out-of-range paging and malformed path ids get the API's own JSON
    // error, with a message in words (as schemathesis expects from the
    // OpenAPI document).
    let who = user(app, "organizer@demo.wsis.test").await;
    let form = ApiTokenForm {
        name: "paging".into(),
        scopes: vec!["read".into(), "write".into()],
        days: String::new(),
    };
    let token = app
        .portal
        .create_api_token(&who, &form, &meta())
        .await
        .unwrap()
        .1;
    for (method, path) in [
        ("GET", "/api/v1/proposals?per_page=0"),
        ("GET", "/api/v1/sessions?page=0"),
        ("GET", "/api/v1/agenda/placements?per_page=101"),
        ("GET", "/api/v1/proposals?page=1000001"),
        ("GET", "/api/v1/sessions?q=%00"),
        (
            "DELETE",
            "/api/v1/agenda/placements/99999999999999999999999?version=1",
        ),
        ("DELETE", "/api/v1/proposals/WF27-0001/assignments/null"),
    ] {
        let r = common::client()
            .request(
                Method::from_bytes(method.as_bytes()).unwrap(),
                format!("{}{path}", app.base),
            )
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400, "{method} {path}");
        let body: serde_json::Value = r.json().await.unwrap();
        let text = body.to_string();
        assert!(
            body["error"].is_string() && !text.contains("Unknown localization"),
            "{path}: {text}"
        );
    }
    // A panel role the document does not list is refused, even on an empty row.
    let r = common::client()
        .post(format!("{}/api/v1/proposals", app.base))
        .bearer_auth(&token)
        .json(&serde_json::json!({ "title": "", "speakers": [{ "role": "AAA" }] }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422, "{db}");
    // A `next` that browsers would read as another site is not followed.
    let r = common::client()
        .post(format!("{}/login", app.base))
        .form(&[
            ("email", "stakeholder001@demo.wsis.test"),
            ("password", common::world::PASSWORD),
            ("next", "/\t/evil.example"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["location"], "/");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stored_script_payloads_are_inert_on_every_page_and_export() {
    for (db, app) in common::seeded_demos(6, 18, 3, 45).await {
        payload_run(db, &app).await;
    }
}

async fn payload_run(db: &str, app: &common::TestApp) {
    let (w, _) = world(app).await;
    let p = &app.portal;
    let owner = user(app, "stakeholder001@demo.wsis.test").await;
    let organizer = user(app, "organizer@demo.wsis.test").await;
    let payload = format!("Safe title {SCRIPT}{IMG}");
    // A proposal, a submission, a meeting and the outcomes report carry
    // payloads in every text a user types.
    let mut form = p.proposal(&owner, &w.proposal).await.unwrap().form;
    form.title = payload.clone();
    form.abstract_text = payload.clone();
    form.description = format!("{payload}\n\n[link](javascript:alert(1)) <iframe src=x></iframe>");
    form.speakers[0].name = payload.clone();
    form.speakers[0].organization = payload.clone();
    let version = p.proposal(&owner, &w.proposal).await.unwrap().version;
    p.save_proposal(
        &owner,
        &w.proposal,
        form,
        version,
        SaveIntent::Save,
        &meta(),
    )
    .await
    .unwrap();
    let sub = SubmissionForm {
        title: payload.clone(),
        body: format!("{payload} and enough words to pass."),
        action_lines: vec!["C5".into()],
        consent: true,
        ..Default::default()
    };
    p.create_submission(
        &owner,
        SubmissionKind::ThematicView,
        sub,
        SaveIntent::Submit,
        &meta(),
    )
    .await
    .unwrap();
    let report = p.outcomes_draft(&organizer).await.unwrap();
    let outcomes = OutcomesForm {
        summary: format!("{payload}\n\n<script>alert(2)</script> [x](javascript:alert(3))"),
        programme_answer: payload.clone(),
        action: "publish".into(),
        version: report.version,
    };
    p.save_outcomes(&organizer, &outcomes, &meta())
        .await
        .unwrap();

    let mut seen = 0;
    let mut problems = Vec::new();
    for email in [
        None,
        Some("stakeholder001@demo.wsis.test"),
        Some("organizer@demo.wsis.test"),
        Some("admin@demo.wsis.test"),
    ] {
        let c = match email {
            Some(e) => browser(app, e).await,
            None => common::client(),
        };
        for (_, path) in site_routes().iter().filter(|(m, _)| m == "GET") {
            let r = c
                .get(format!("{}{}", app.base, w.fill(path)))
                .send()
                .await
                .unwrap();
            let kind = r
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            let nosniff = r
                .headers()
                .get("x-content-type-options")
                .is_some_and(|v| v == "nosniff");
            let body = r.text().await.unwrap_or_default();
            if body.contains("Safe title") {
                seen += 1;
            }
            if !kind.starts_with("text/html") {
                // CSV, JSON, XML and calendars carry text as data; a browser
                // must never take them for a page.
                if body.contains("Safe title") && !nosniff {
                    problems.push(format!("{email:?} {path}: {kind} without nosniff"));
                }
                continue;
            }
            for bad in [
                SCRIPT,
                "<script>alert(1)",
                "<img src=x onerror",
                "href=\"javascript:",
                "<iframe",
                "<script>alert(2)",
            ] {
                if body.contains(bad) {
                    problems.push(format!("{email:?} {path}: raw {bad}"));
                }
            }
        }
    }
    assert!(
        seen >= 4,
        "the payloads were shown somewhere ({seen} pages)"
    );
    assert!(problems.is_empty(), "{db}:\n{}", problems.join("\n"));
}
