//! Durability of the real `portal` binary: 100 proposers submit at once,
//! the server is killed with SIGKILL mid-load (or stopped with SIGTERM) and
//! started again. Every proposal it acknowledged is there, submitted and
//! intact; after SIGTERM nothing in flight is lost (every submission that
//! was written was also acknowledged); SQLite's integrity check passes. On
//! SQLite and on PostgreSQL.

use crate::common;

use portal::auth::PasswordHasher;
use portal::clock::SystemClock;
use portal::domain::{Locale, RegistrationForm};
use portal::services::RequestMeta;
use portal_server::config::Config;
use portal_server::startup;
use reqwest::StatusCode;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::sync::Mutex;

/// Concurrent proposers.
const PROPOSERS: usize = 100;
/// How long the load runs before the server is stopped.
const LOAD: Duration = Duration::from_millis(2_500);
const PASSWORD: &str = "correct horse battery";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The binary serving `url` on `port`, ready.
async fn start(url: &str, port: u16) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_portal"))
        .arg("serve")
        .env("PORTAL_DATABASE_URL", url)
        .env("PORTAL_ADDR", format!("127.0.0.1:{port}"))
        .env("PORTAL_BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("PORTAL_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the portal binary starts");
    let health = format!("http://127.0.0.1:{port}/healthz");
    for _ in 0..300 {
        if let Ok(r) = reqwest::get(&health).await
            && r.status() == StatusCode::OK
        {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the portal did not answer /healthz on {port}");
}

/// Migrates `url`, opens the call and registers the proposers (with the
/// tests' fast password hashing, which the binary verifies as usual).
async fn prepare(url: &str) {
    let config = Config::from_lookup(|k| match k {
        "PORTAL_DATABASE_URL" => Some(url.to_owned()),
        _ => None,
    })
    .unwrap();
    let db = startup::connect(&config).await.unwrap();
    let portal = startup::portal(
        &config,
        db,
        Arc::new(SystemClock),
        PasswordHasher::fast_for_tests(),
    );
    portal.ensure_edition().await.unwrap();
    let meta = RequestMeta {
        client_addr: "127.0.0.1".into(),
        user_agent: "durability test".into(),
        locale: Locale::En,
    };
    for i in 0..PROPOSERS {
        let form = RegistrationForm {
            name: format!("Proposer {i}"),
            email: format!("proposer{i}@example.org"),
            password: PASSWORD.into(),
            organization: format!("Organization {i}"),
            stakeholder_type: "civil-society".into(),
            country: "KE".into(),
            consent: Some("yes".into()),
        };
        portal
            .register_verified(form.parse().unwrap(), &meta)
            .await
            .unwrap();
    }
}

/// Signs every proposer in on `base`.
async fn sign_in_all(base: &str) -> Vec<reqwest::Client> {
    let mut out = Vec::new();
    for i in 0..PROPOSERS {
        let c = common::client();
        let r = c
            .post(format!("{base}/login"))
            .form(&[
                ("email", format!("proposer{i}@example.org")),
                ("password", PASSWORD.into()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "proposer {i} signs in");
        out.push(c);
    }
    out
}

/// What the server acknowledged: code and the title sent.
type Acknowledged = Arc<Mutex<Vec<(String, String)>>>;

/// Every proposer submits proposals one after another until `stop`.
/// Returns the acknowledged ones and how many answers were server errors.
async fn load(
    base: &str,
    clients: Vec<reqwest::Client>,
    stop: Arc<AtomicBool>,
) -> (Vec<(String, String)>, usize) {
    let acked: Acknowledged = Arc::default();
    let errors = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for (i, c) in clients.into_iter().enumerate() {
        let (acked, errors, stop, base) =
            (acked.clone(), errors.clone(), stop.clone(), base.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let title = format!("Durable proposal {i}-{n}");
                let mut form = common::proposal_post(&title);
                form.push(("action".into(), "submit".into()));
                let Ok(r) = c
                    .post(format!("{base}/proposals/new"))
                    .form(&form)
                    .send()
                    .await
                else {
                    // The server is gone: nothing was acknowledged.
                    break;
                };
                if r.status().is_server_error() {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
                let to = r
                    .headers()
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default();
                if r.status() == StatusCode::SEE_OTHER && !to.ends_with("/edit") {
                    let code = to.trim_start_matches("/proposals/").to_owned();
                    acked.lock().await.push((code, title));
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let acked = acked.lock().await.clone();
    (acked, errors.load(Ordering::Relaxed))
}

/// Every proposal in the database: code, status, title, panel size, and
/// whether its "submitted" event was written with it.
async fn stored(url: &str) -> Vec<(String, String, String, i64, bool)> {
    const SQL: &str = "SELECT p.code, p.status, p.title, \
        (SELECT COUNT(*) FROM proposal_speakers s WHERE s.proposal_id = p.id), \
        (SELECT COUNT(*) FROM proposal_events e WHERE e.proposal_id = p.id AND e.status = 'submitted') > 0 \
        FROM proposals p ORDER BY p.id";
    if url.starts_with("sqlite") {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(check, "ok", "SQLite's integrity check");
        let rows = sqlx::query_as(SQL).fetch_all(&pool).await.unwrap();
        pool.close().await;
        rows
    } else {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        let rows = sqlx::query_as(SQL).fetch_all(&pool).await.unwrap();
        pool.close().await;
        rows
    }
}

/// One run: load, stop the server with `signal`, start it again, check.
async fn run(url: &str, signal: &str) {
    prepare(url).await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(url, port).await;
    let clients = sign_in_all(&base).await;
    let stop = Arc::new(AtomicBool::new(false));
    let running = {
        let (base, stop) = (base.clone(), stop.clone());
        tokio::spawn(async move { load(&base, clients, stop).await })
    };
    tokio::time::sleep(LOAD).await;
    match signal {
        "KILL" => server.kill().unwrap(),
        _ => {
            let ok = Command::new("kill")
                .args(["-TERM", &server.id().to_string()])
                .status()
                .unwrap();
            assert!(ok.success());
        }
    }
    let status = tokio::task::spawn_blocking(move || server.wait().unwrap())
        .await
        .unwrap();
    stop.store(true, Ordering::Relaxed);
    let (acked, server_errors) = running.await.unwrap();
    assert_eq!(server_errors, 0, "{url} {signal}: no 5xx under load");
    assert!(
        acked.len() >= PROPOSERS,
        "{url} {signal}: the load ran ({} acknowledged)",
        acked.len()
    );
    if signal == "TERM" {
        assert!(
            status.success(),
            "SIGTERM ends the process cleanly: {status:?}"
        );
    }

    // Started again on the same database, it serves.
    let port = free_port();
    let mut again = start(url, port).await;
    let rows = stored(url).await;
    eprintln!(
        "{} SIG{signal}: {} acknowledged, {} stored",
        url.split(':').next().unwrap_or(url),
        acked.len(),
        rows.len()
    );
    for (code, title) in &acked {
        let row = rows.iter().find(|r| &r.0 == code);
        let Some((_, status, stored_title, panel, event)) = row else {
            panic!("{url} {signal}: acknowledged {code} is missing");
        };
        assert_eq!(
            (status.as_str(), stored_title),
            ("submitted", title),
            "{code}"
        );
        assert_eq!((*panel, *event), (4, true), "{code}: intact");
    }
    // Nothing half-written: every submitted proposal has its event and panel.
    for (code, status, _, panel, event) in &rows {
        if status == "submitted" {
            assert!(*event && *panel == 4, "{code} is whole");
        }
    }
    if signal == "TERM" {
        // Graceful: what was written was answered.
        let submitted = rows.iter().filter(|r| r.1 == "submitted").count();
        assert_eq!(
            submitted,
            acked.len(),
            "{url}: nothing in flight lost on SIGTERM"
        );
    }
    again.kill().unwrap();
    again.wait().unwrap();
}

fn sqlite_url(dir: &tempfile_dir::Dir, name: &str) -> String {
    format!("sqlite://{}/{name}.db", dir.path())
}

/// A scratch directory removed at the end.
mod tempfile_dir {
    pub struct Dir(std::path::PathBuf);
    impl Dir {
        pub fn new(tag: &str) -> Dir {
            let p = std::env::temp_dir()
                .join(format!("portal-durability-{tag}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&p);
            std::fs::create_dir_all(&p).unwrap();
            Dir(p)
        }
        pub fn path(&self) -> String {
            self.0.display().to_string()
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_proposals_survive_sigkill_and_sigterm_on_sqlite() {
    let dir = tempfile_dir::Dir::new("sqlite");
    run(&sqlite_url(&dir, "kill"), "KILL").await;
    run(&sqlite_url(&dir, "term"), "TERM").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_proposals_survive_sigkill_and_sigterm_on_postgres() {
    for signal in ["KILL", "TERM"] {
        let Some(url) = common::fresh_postgres_url().await else {
            return;
        };
        run(&url, signal).await;
    }
}
