//! What the HTTP test files share: a portal on a free port, and a client
//! with a cookie jar that does not follow redirects.

#![allow(dead_code)]

use portal::auth::PasswordHasher;
use portal::clock::SystemClock;
use portal_server::config::Config;
use portal_server::startup;
use std::sync::Arc;

pub mod world;

/// A running portal on a free port; it stops when dropped.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub base: String,
    /// The services behind it, for setup and checks.
    pub portal: portal::services::Portal,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl TestApp {
    /// The absolute URL of `path` on this instance.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// Starts a portal on `database_url` with the current edition in place.
pub async fn spawn_with(database_url: &str) -> TestApp {
    spawn_configured(database_url, &[]).await
}

/// Like [`spawn_with`], with more configuration keys set.
pub async fn spawn_configured(database_url: &str, extra: &[(&str, &str)]) -> TestApp {
    spawn_full(database_url, extra, Arc::new(SystemClock)).await
}

/// A portal on fresh in-memory SQLite whose services read `clock`.
pub async fn spawn_with_clock(clock: portal::clock::SharedClock) -> TestApp {
    spawn_full("sqlite::memory:", &[], clock).await
}

/// Starts a portal on `database_url` with `extra` configuration and `clock`.
pub async fn spawn_full(
    database_url: &str,
    extra: &[(&str, &str)],
    clock: portal::clock::SharedClock,
) -> TestApp {
    let config = Config::from_lookup(|k| match k {
        "PORTAL_DATABASE_URL" => Some(database_url.to_owned()),
        "PORTAL_ADDR" => Some("127.0.0.1:0".into()),
        "PORTAL_MAX_BODY_BYTES" => Some("65536".into()),
        _ => extra
            .iter()
            .find(|(key, _)| *key == k)
            .map(|(_, v)| v.to_string())
            // Tests change releases through the service layer, which the
            // fast path's window would not notice (fast_path_http sets one).
            .or_else(|| (k == "PORTAL_RELEASE_CHECK_MS").then(|| "0".into())),
    })
    .unwrap();
    let db = startup::connect(&config).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut config = config;
    config.base_url = format!("http://{addr}");
    let portal = startup::portal(&config, db, clock, PasswordHasher::fast_for_tests());
    // Idempotent: two instances on one database share the first one's edition.
    portal.ensure_edition().await.unwrap();
    let state = startup::state_from(config, portal.clone());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(startup::serve(listener, state, async move {
        let _ = rx.await;
    }));
    TestApp {
        base: format!("http://{addr}"),
        portal,
        _stop: tx,
    }
}

/// A portal on a fresh in-memory SQLite database.
pub async fn spawn() -> TestApp {
    spawn_with("sqlite::memory:").await
}

/// A client with a cookie jar that shows redirects instead of following them.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub use crate::postgres::fresh_postgres_url;

/// A portal on in-memory SQLite with `portal seed-demo`'s data: `orgs`
/// stakeholder organizations, `proposals` proposals and a venue of `rooms`
/// rooms, from random seed `seed`.
pub async fn seeded_demo(orgs: u32, proposals: u32, rooms: u32, seed: u64) -> TestApp {
    seed_into(spawn().await, orgs, proposals, rooms, seed).await
}

/// The same demo on every configured database: in-memory SQLite, and a fresh
/// PostgreSQL database when `TEST_POSTGRES_URL` is set. With the database's
/// name, for messages.
pub async fn seeded_demos(
    orgs: u32,
    proposals: u32,
    rooms: u32,
    seed: u64,
) -> Vec<(&'static str, TestApp)> {
    let mut out = vec![("sqlite", seeded_demo(orgs, proposals, rooms, seed).await)];
    if let Some(url) = fresh_postgres_url().await {
        let app = seed_into(spawn_with(&url).await, orgs, proposals, rooms, seed).await;
        out.push(("postgres", app));
    }
    out
}

/// A portal on `url` configured with `extra`, with the small demo forum
/// (8 organizations, 30 proposals, 5 rooms) released.
pub async fn released_demo(url: &str, extra: &[(&str, &str)]) -> TestApp {
    seed_into(spawn_configured(url, extra).await, 8, 30, 5, 11).await
}

/// `app` with `portal seed-demo`'s data (see [`seeded_demo`]).
pub async fn seed_into(app: TestApp, orgs: u32, proposals: u32, rooms: u32, seed: u64) -> TestApp {
    let size = portal_server::seed_agenda::AgendaSize {
        sessions: None,
        rooms,
        days: None,
    };
    portal_server::seed::seed_demo(&app.portal, orgs, proposals, size, seed)
        .await
        .unwrap();
    app
}

/// A client signed in as the demo account `email` (demo password).
pub async fn demo_sign_in(app: &TestApp, email: &str) -> reqwest::Client {
    let c = client();
    let r = c
        .post(format!("{}/login", app.base))
        .form(&[
            ("email", email),
            ("password", portal_server::seed::DEMO_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        reqwest::StatusCode::SEE_OTHER,
        "{email} signs in"
    );
    c
}

/// A complete proposal form (thematic workshop on C2, four panelists) as
/// the editor posts it; add `("action", "submit")` to send it.
pub fn proposal_post(title: &str) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = [
        ("title", title),
        ("format", "thematic-workshop"),
        ("participation_mode", "hybrid"),
        ("text_language", "en"),
        ("language", "en"),
        ("abstract", "Community networks connect the unconnected."),
        ("description", "## Plan\n\nTalk together."),
        ("objectives", "Share lessons."),
        ("outcomes", "A toolkit."),
        ("al", "C2"),
        ("al-rationale-C2", "Infrastructure in rural areas."),
        ("sdg", "9"),
        ("sdg-rationale-9", "Resilient infrastructure."),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let people = [
        ("moderator", "KE", "woman"),
        ("speaker", "BR", "man"),
        ("speaker", "IN", "woman"),
        ("speaker", "FR", "man"),
    ];
    for (i, (role, country, gender)) in people.into_iter().enumerate() {
        let mut p = |k: &str, v: String| f.push((format!("speaker-{i}-{k}"), v));
        p("role", role.into());
        p("name", format!("Panelist {i}"));
        p("organization", "Rural Connect".into());
        p("email", format!("panelist{i}@example.org"));
        p("country", country.into());
        p("stakeholder_type", "civil-society".into());
        p("gender", gender.into());
    }
    f
}

/// `(METHOD, path)` of every site route, from the router's declaration
/// (`page_routes!` in `server/src/routes/mod.rs`) plus `/metrics`.
pub fn site_routes() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = portal_server::routes::ROUTES
        .iter()
        .map(|(method, path)| (method.to_uppercase(), (*path).to_owned()))
        .collect();
    out.push(("GET".into(), "/metrics".into()));
    out
}
