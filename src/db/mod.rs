//! Database access for SQLite (embedded default) and PostgreSQL (several
//! instances). One SQL text with `$1` placeholders runs on both; the
//! [`dispatch!`](crate::dispatch) macro expands a block once per concrete pool,
//! so queries are written once and type-checked twice. (`sqlx::Any` cannot
//! carry timestamps or booleans, which is why this is not `AnyPool`.)

use crate::error::{AppError, AppResult};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::time::Duration;

pub mod schema;
pub mod transfer;

/// Which database engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbKind {
    /// Embedded SQLite file.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// A connection pool to one of the two supported databases.
#[derive(Debug, Clone)]
pub enum Db {
    /// SQLite pool (WAL mode, foreign keys on).
    Sqlite(SqlitePool),
    /// PostgreSQL pool.
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the concrete pool of `$db`: the
/// body is compiled once per engine. Written like a closure so rustfmt
/// formats the body (it is expanded inline, not called, so `.await` and `?`
/// inside it belong to the caller).
///
/// ```ignore
/// let n: i64 = dispatch!(&db, |pool| sqlx::query_scalar("SELECT 1").fetch_one(pool).await)?;
/// ```
#[macro_export]
macro_rules! dispatch {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// Pool sizing and timeouts.
#[derive(Debug, Clone)]
pub struct PoolSettings {
    /// Most connections kept open.
    pub max_connections: u32,
    /// How long a query waits for a free connection.
    pub acquire_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            max_connections: 16,
            acquire_timeout: Duration::from_secs(10),
        }
    }
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

impl Db {
    /// Connects to `url` (`sqlite://path`, `sqlite::memory:`, `postgres://…`).
    /// For SQLite the file and its folder are created when missing.
    pub async fn connect(url: &str, settings: &PoolSettings) -> AppResult<Db> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let opts = PgConnectOptions::from_str(url).map_err(AppError::internal)?;
            let pool = PgPoolOptions::new()
                .max_connections(settings.max_connections)
                .acquire_timeout(settings.acquire_timeout)
                .connect_with(opts)
                .await?;
            Ok(Db::Postgres(pool))
        } else if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)
                .map_err(AppError::internal)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            if let Some(dir) = opts.get_filename().parent()
                && !dir.as_os_str().is_empty()
            {
                std::fs::create_dir_all(dir).map_err(AppError::internal)?;
            }
            let in_memory = url.contains(":memory:") || url.contains("mode=memory");
            let pool = SqlitePoolOptions::new()
                // An in-memory database lives in one connection.
                .max_connections(if in_memory {
                    1
                } else {
                    settings.max_connections
                })
                .min_connections(if in_memory { 1 } else { 0 })
                .idle_timeout(if in_memory {
                    None
                } else {
                    Some(Duration::from_secs(600))
                })
                .max_lifetime(if in_memory {
                    None
                } else {
                    Some(Duration::from_secs(1800))
                })
                .acquire_timeout(settings.acquire_timeout)
                .connect_with(opts)
                .await?;
            Ok(Db::Sqlite(pool))
        } else {
            Err(AppError::internal(std::io::Error::other(format!(
                "unsupported database URL scheme (expected sqlite:// or postgres://): {}",
                url.split(':').next().unwrap_or_default()
            ))))
        }
    }

    /// Applies pending migrations. On PostgreSQL sqlx holds an advisory lock
    /// while migrating, so instances starting together do not race. SQLite
    /// has no such lock: two processes may both see a migration as pending,
    /// and the loser's copy fails and rolls back (each migration is one
    /// transaction). Trying again then finds it applied, so the loser retries.
    pub async fn migrate(&self) -> AppResult<()> {
        match self {
            Db::Sqlite(p) => {
                let mut attempt = 0;
                loop {
                    match SQLITE_MIGRATOR.run(p).await {
                        Ok(()) => break,
                        Err(_) if attempt < 5 => {
                            attempt += 1;
                            tokio::time::sleep(Duration::from_millis(100 * attempt)).await;
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
            }
            Db::Postgres(p) => POSTGRES_MIGRATOR.run(p).await?,
        }
        Ok(())
    }

    /// The engine behind this pool.
    pub fn kind(&self) -> DbKind {
        match self {
            Db::Sqlite(_) => DbKind::Sqlite,
            Db::Postgres(_) => DbKind::Postgres,
        }
    }

    /// A trivial query, for health checks.
    pub async fn ping(&self) -> AppResult<()> {
        let one: i32 = dispatch!(self, |pool| sqlx::query_scalar("SELECT 1")
            .fetch_one(pool)
            .await)?;
        debug_assert_eq!(one, 1);
        Ok(())
    }

    /// Number of connections open and idle, for health and metrics.
    pub fn pool_state(&self) -> (u32, usize) {
        dispatch!(self, |pool| (pool.size(), pool.num_idle()))
    }

    /// Closes every connection (graceful shutdown).
    pub async fn close(&self) {
        dispatch!(self, |pool| pool.close().await)
    }
}
