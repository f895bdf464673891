//! The fast path for anonymous reads of the released programme
//! (`PORTAL_RELEASE_CHECK_MS`), on SQLite and PostgreSQL: it answers with
//! the very bytes and headers of the normal way, counts in the metrics,
//! trusts a release only within its window, and never after a write through
//! this instance.

use crate::common;

use common::{TestApp, client, fresh_postgres_url};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

const TOKEN: &str = "metrics-token-for-tests";

/// A released demo forum whose fast path trusts an answer for a minute.
async fn released_on(url: &str) -> TestApp {
    let window = [
        ("PORTAL_RELEASE_CHECK_MS", "60000"),
        ("PORTAL_METRICS_TOKEN", TOKEN),
    ];
    common::released_demo(url, &window).await
}

/// `path` as a visitor without an account asks for it, with `extra`
/// headers; a stale session cookie (`normal_way`) sends the request the
/// normal way, which serves the same kept page to a visitor it does not
/// know.
async fn fetch(
    app: &TestApp,
    path: &str,
    normal_way: bool,
    extra: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut r = client().get(app.url(path));
    if normal_way {
        r = r.header("cookie", "portal_session=expired-or-unknown");
    }
    for (k, v) in extra {
        r = r.header(*k, *v);
    }
    let r = r.send().await.unwrap();
    let (status, headers) = (r.status(), r.headers().clone());
    (status, headers, r.bytes().await.unwrap().to_vec())
}

/// The headers but `date`, sorted, for comparing two answers.
fn comparable(h: &HeaderMap) -> Vec<(String, String)> {
    let mut out: Vec<_> = h
        .iter()
        .filter(|(k, _)| k.as_str() != "date")
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_owned()))
        .collect();
    out.sort();
    out
}

/// Moves the first session to another day and publishes a release, as an
/// organizer working through another instance would (the service layer
/// directly: this instance sees no request).
async fn release_elsewhere(app: &TestApp) {
    let organizer = common::world::user(app, "organizer@demo.wsis.test").await;
    let meta = common::world::meta();
    let p = app.portal.programme(None).await.unwrap().unwrap();
    let s = &p.sessions[0];
    let board = app.portal.agenda_board(&organizer).await.unwrap();
    app.portal
        .place_session(
            &organizer,
            portal::services::PlaceRequest {
                session: s.id,
                room: s.room,
                day: *p.days.iter().find(|d| **d != s.span.day).unwrap(),
                start: s.span.start,
                version: board.session(s.id).unwrap().version,
            },
            &meta,
        )
        .await
        .unwrap();
    app.portal
        .release_agenda(&organizer, "Moved", true, &meta)
        .await
        .unwrap();
}

#[tokio::test]
async fn fast_path_on_sqlite() {
    fast_path(released_on("sqlite::memory:").await).await;
}

#[tokio::test]
async fn fast_path_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    fast_path(released_on(&url).await).await;
}

async fn fast_path(app: TestApp) {
    let p = app.portal.programme(None).await.unwrap().unwrap();
    let session = format!("/sessions/{}", p.sessions[0].code);
    let day = format!("/agenda?day={}", p.days[1]);
    let pages = [
        "/agenda",
        day.as_str(),
        "/agenda?view=list",
        session.as_str(),
        "/matrix",
        "/agenda/schedule.xml",
        "/agenda/sessions.csv",
    ];
    let gzip = [("accept-encoding", "gzip, br")];
    let arabic = [("accept-language", "ar")];
    let variants: [&[(&str, &str)]; 3] = [&[], &gzip, &arabic];

    // The same bytes and headers either way, plain, compressed and in
    // another language; and the same 304 to a client that holds them.
    for path in pages {
        for extra in variants {
            let normal = fetch(&app, path, true, extra).await;
            assert_eq!(normal.0, StatusCode::OK, "{path}");
            let fast = fetch(&app, path, false, extra).await;
            assert_eq!(fast.0, StatusCode::OK, "{path} {extra:?}");
            assert_eq!(
                comparable(&fast.1),
                comparable(&normal.1),
                "{path} {extra:?}"
            );
            assert!(fast.2 == normal.2, "{path} {extra:?}: the same bytes");
            let etag = fast.1["etag"].to_str().unwrap().to_owned();
            let held = [extra, &[("if-none-match", etag.as_str())]].concat();
            let again = fetch(&app, path, false, &held).await;
            assert_eq!(again.0, StatusCode::NOT_MODIFIED, "{path} {extra:?}");
            let normal_again = fetch(&app, path, true, &held).await;
            assert_eq!(comparable(&again.1), comparable(&normal_again.1), "{path}");
        }
    }
    let fast = fetch(&app, "/agenda", false, &gzip).await;
    assert_eq!(fast.1["content-encoding"], "gzip");
    assert!(
        fast.1["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    assert_eq!(fast.1["x-frame-options"], "DENY");

    // Counted like any other request.
    let metrics = client()
        .get(app.url("/metrics"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let agenda = r#"portal_http_requests_total{method="GET",route="/agenda",status="2xx"} "#;
    let line = metrics.lines().find(|l| l.starts_with(agenda)).unwrap();
    let counted: u32 = line[agenda.len()..].parse().unwrap();
    assert!(counted >= 12, "{line}");
    assert!(metrics.contains(r#"route="/agenda",status="3xx"}"#));

    // A release published through another instance: within the window the
    // visitor may still get the copy the database last confirmed.
    let before = fetch(&app, "/agenda/schedule.xml", false, &[]).await;
    release_elsewhere(&app).await;
    let within = fetch(&app, "/agenda/schedule.xml", false, &[]).await;
    assert_eq!(
        within.1["etag"], before.1["etag"],
        "trusted within the window"
    );

    // After a write through this instance (any write), nothing is trusted
    // until the database is asked again.
    let r = client()
        .post(app.url("/language"))
        .form(&[("lang", "fr"), ("next", "/agenda")])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_redirection(), "{}", r.status());
    let after = fetch(&app, "/agenda/schedule.xml", false, &[]).await;
    let latest = fetch(&app, "/agenda/schedule.xml", true, &[]).await;
    assert_eq!(after.1["etag"], latest.1["etag"]);
    assert_ne!(after.1["etag"], before.1["etag"]);

    // A signed-in reader's stars are theirs: never the kept page.
    let reader = common::demo_sign_in(&app, "stakeholder001@demo.wsis.test").await;
    let code = p.sessions[1].code.clone();
    let r = reader
        .post(app.url("/agenda/star"))
        .form(&[("code", code.as_str()), ("star", "1"), ("back", "/agenda")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = format!("/sessions/{code}");
    let anonymous = fetch(&app, &page, false, &[]).await;
    let theirs = reader.get(app.url(&page)).send().await.unwrap();
    let theirs = theirs.text().await.unwrap();
    let set = "class=\"star-icon\">★";
    assert!(theirs.contains(set), "the reader's star shows as set");
    assert!(!String::from_utf8_lossy(&anonymous.2).contains(set));
}

#[tokio::test]
async fn without_a_window_every_request_asks() {
    let app = common::released_demo("sqlite::memory:", &[("PORTAL_RELEASE_CHECK_MS", "0")]).await;
    let before = fetch(&app, "/agenda/schedule.json", false, &[]).await;
    let again = fetch(&app, "/agenda/schedule.json", false, &[]).await;
    assert_eq!(before.1["etag"], again.1["etag"]);
    release_elsewhere(&app).await;
    let after = fetch(&app, "/agenda/schedule.json", false, &[]).await;
    assert_ne!(after.1["etag"], before.1["etag"]);
}
