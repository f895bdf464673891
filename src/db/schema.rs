//! Introspection of the live schema, used by the test that keeps the SQLite
//! and PostgreSQL migrations in step, and by `/healthz`.

use super::Db;
use crate::error::AppResult;
use std::collections::BTreeSet;

/// Every `(table, column)` pair of the application's tables, sorted.
pub async fn columns(db: &Db) -> AppResult<BTreeSet<(String, String)>> {
    let rows: Vec<(String, String)> = match db {
        Db::Sqlite(pool) => {
            sqlx::query_as(
                "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE \
                 m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'",
            )
            .fetch_all(pool)
            .await?
        }
        Db::Postgres(pool) => {
            sqlx::query_as(
                "SELECT table_name::text, column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'",
            )
            .fetch_all(pool)
            .await?
        }
    };
    Ok(rows.into_iter().collect())
}

/// The newest applied migration version.
pub async fn migration_version(db: &Db) -> AppResult<i64> {
    let v: Option<i64> = crate::dispatch!(db, |pool| sqlx::query_scalar(
        "SELECT MAX(version) FROM _sqlx_migrations WHERE success = TRUE"
    )
    .fetch_one(pool)
    .await)?;
    Ok(v.unwrap_or(0))
}
