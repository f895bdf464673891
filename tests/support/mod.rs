//! Test support: a fresh database of each kind for every test.
//!
//! SQLite (in memory) always; PostgreSQL when `TEST_POSTGRES_URL` is set
//! (a fresh database is created on that server per test). When
//! `PORTAL_REQUIRE_POSTGRES=1` (as in CI) a missing URL fails the test:
//! a skipped PostgreSQL suite is not a pass.

#![allow(dead_code)]

pub mod fixtures;
mod postgres;
pub mod validators;

pub use postgres::fresh_postgres_url;

use portal::auth::PasswordHasher;
use portal::clock::ManualClock;
use portal::db::{Db, PoolSettings};
use portal::services::{Portal, ServiceSettings};
use std::sync::Arc;
use time::OffsetDateTime;

/// One database under test.
pub struct TestDb {
    /// `sqlite` or `postgres`.
    pub kind: &'static str,
    /// Services over it, with a manual clock and a cheap hasher.
    pub portal: Portal,
    /// The clock the services read.
    pub clock: ManualClock,
    /// The URL it was opened with.
    pub url: String,
}

/// The test's start time (a fixed instant, so tests are repeatable).
pub fn start() -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_790_000_000).unwrap()
}

/// Services over the database at `url`, migrated.
pub async fn open(kind: &'static str, url: String) -> TestDb {
    let db = Db::connect(&url, &PoolSettings::default())
        .await
        .expect("connect");
    db.migrate().await.expect("migrate");
    let clock = ManualClock::new(start());
    let portal = Portal::new(
        db,
        Arc::new(clock.clone()),
        PasswordHasher::fast_for_tests(),
        ServiceSettings::default(),
    );
    TestDb {
        kind,
        portal,
        clock,
        url,
    }
}

/// Every configured database, freshly migrated.
pub async fn databases() -> Vec<TestDb> {
    let mut out = vec![open("sqlite", "sqlite::memory:".into()).await];
    if let Some(url) = fresh_postgres_url().await {
        out.push(open("postgres", url).await);
    }
    out
}
