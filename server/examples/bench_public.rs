//! Benchmark: serving the released programme. A forum-scale agenda is made
//! with `seed-demo`'s agenda step (300 sessions wanted, 12 rooms, 5 days) on
//! a fresh SQLite file, the real router is started on a free port, and each
//! public page and export is requested many times by concurrent clients
//! asking for gzip, as browsers and conference apps do; then the exports
//! again with `If-None-Match` (answered 304).
//!
//! Run: `cargo run --release -p portal-server --example bench_public`
//! Options: `-- REQUESTS CONCURRENCY` (defaults 2000 16).

use portal::auth::PasswordHasher;
use portal::clock::SystemClock;
use portal_server::config::Config;
use portal_server::seed_agenda::AgendaSize;
use portal_server::startup;
use std::sync::Arc;
use std::time::{Duration, Instant};

async fn measure(
    client: &reqwest::Client,
    url: &str,
    etag: Option<&str>,
    requests: usize,
    concurrency: usize,
) -> (f64, Duration, Duration, usize, u16) {
    let started = Instant::now();
    let per_task = requests / concurrency;
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, url, etag) = (client.clone(), url.to_owned(), etag.map(str::to_owned));
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::with_capacity(per_task);
            let (mut bytes, mut status) = (0, 0);
            for _ in 0..per_task {
                let t = Instant::now();
                let mut req = client.get(&url).header("accept-encoding", "gzip");
                if let Some(tag) = &etag {
                    req = req.header("if-none-match", tag);
                }
                let res = req.send().await.expect("request");
                status = res.status().as_u16();
                bytes = res.bytes().await.expect("body").len();
                times.push(t.elapsed());
            }
            (times, bytes, status)
        }));
    }
    let mut all = Vec::with_capacity(requests);
    let (mut bytes, mut status) = (0, 0);
    for t in tasks {
        let (times, b, s) = t.await.expect("task");
        all.extend(times);
        (bytes, status) = (b, s);
    }
    let elapsed = started.elapsed();
    all.sort();
    let rate = all.len() as f64 / elapsed.as_secs_f64();
    (
        rate,
        all[all.len() / 2],
        all[all.len() * 99 / 100],
        bytes,
        status,
    )
}

fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(|l| l.to_owned())
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

#[tokio::main]
async fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let requests = args.first().copied().unwrap_or(2000);
    let concurrency = args.get(1).copied().unwrap_or(16).max(1);
    let dir = std::env::temp_dir().join(format!("portal-bench-public-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let url = format!("sqlite://{}/portal.db", dir.display());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port");
    let addr = listener.local_addr().expect("addr");
    let mut config = Config::from_lookup(|k| match k {
        "PORTAL_DATABASE_URL" => Some(url.clone()),
        "PORTAL_ADDR" => Some(addr.to_string()),
        "PORTAL_LOG" => Some("error".into()),
        _ => None,
    })
    .expect("config");
    config.base_url = format!("http://{addr}");
    let db = startup::connect(&config).await.expect("database");
    let portal = startup::portal(
        &config,
        db,
        Arc::new(SystemClock),
        PasswordHasher::fast_for_tests(),
    );
    portal.ensure_edition().await.expect("edition");
    let started = Instant::now();
    let size = AgendaSize {
        sessions: Some(300),
        rooms: 12,
        days: Some(5),
    };
    portal_server::seed::seed_demo(&portal, 40, 750, size, 2026)
        .await
        .expect("seed");
    let programme = portal
        .programme(None)
        .await
        .expect("programme")
        .expect("a release");
    println!(
        "seeded in {:.1} s: {} sessions released in {} rooms over {} days",
        started.elapsed().as_secs_f64(),
        programme.sessions.len(),
        programme.rooms.len(),
        programme.days.len()
    );
    let state = startup::state_from(config, portal);
    let (_stop, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(startup::serve(listener, state, async move {
        let _ = rx.await;
    }));
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency)
        .build()
        .expect("client");
    let base = format!("http://{addr}");
    let session = &programme.sessions[programme.sessions.len() / 2];
    let day = programme.days[1];
    let paths = [
        format!("/agenda?day={day}"),
        format!("/agenda?view=list&day={day}"),
        "/agenda?view=list".to_owned(),
        format!("/sessions/{}", session.code),
        "/matrix".to_owned(),
        "/agenda/schedule.xml".to_owned(),
        "/agenda/schedule.json".to_owned(),
        "/agenda/agenda.ics".to_owned(),
        "/agenda/sessions.csv".to_owned(),
    ];
    println!("{requests} requests per URL, {concurrency} concurrent clients, gzip accepted");
    println!(
        "{:<40} {:>9} {:>9} {:>9} {:>10}",
        "URL", "req/s", "p50 ms", "p99 ms", "gzip KiB"
    );
    for path in &paths {
        let (rate, p50, p99, bytes, status) = measure(
            &client,
            &format!("{base}{path}"),
            None,
            requests,
            concurrency,
        )
        .await;
        assert_eq!(status, 200, "{path}");
        println!(
            "{:<40} {:>9.0} {:>9.2} {:>9.2} {:>10.1}",
            path,
            rate,
            p50.as_secs_f64() * 1000.0,
            p99.as_secs_f64() * 1000.0,
            bytes as f64 / 1024.0
        );
    }
    for path in ["/agenda/schedule.xml", "/agenda/schedule.json"] {
        let res = client
            .get(format!("{base}{path}"))
            .send()
            .await
            .expect("request");
        let etag = res.headers()["etag"].to_str().expect("etag").to_owned();
        let (rate, p50, p99, _, status) = measure(
            &client,
            &format!("{base}{path}"),
            Some(&etag),
            requests,
            concurrency,
        )
        .await;
        assert_eq!(status, 304, "{path}");
        println!(
            "{:<40} {:>9.0} {:>9.2} {:>9.2} {:>10}",
            format!("{path} (304)"),
            rate,
            p50.as_secs_f64() * 1000.0,
            p99.as_secs_f64() * 1000.0,
            "-"
        );
    }
    println!(
        "resident memory of the whole process (server, clients, data): {:.0} MiB",
        rss_mib()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
