//! The SQLite and PostgreSQL migrations must define the same tables and
//! columns, since one SQL text runs on both.

use crate::support;

use portal::db::{Db, PoolSettings, schema};

#[tokio::test]
async fn both_migration_sets_yield_the_same_tables_and_columns() {
    let sqlite = Db::connect("sqlite::memory:", &PoolSettings::default())
        .await
        .unwrap();
    sqlite.migrate().await.unwrap();
    let sqlite_cols = schema::columns(&sqlite).await.unwrap();
    assert!(sqlite_cols.contains(&("users".into(), "email".into())));
    let Some(url) = support::fresh_postgres_url().await else {
        eprintln!("SKIPPED: PostgreSQL half of the schema comparison (TEST_POSTGRES_URL not set)");
        return;
    };
    let pg = Db::connect(&url, &PoolSettings::default()).await.unwrap();
    pg.migrate().await.unwrap();
    let pg_cols = schema::columns(&pg).await.unwrap();
    let only_sqlite: Vec<_> = sqlite_cols.difference(&pg_cols).collect();
    let only_pg: Vec<_> = pg_cols.difference(&sqlite_cols).collect();
    assert!(
        only_sqlite.is_empty() && only_pg.is_empty(),
        "only in SQLite: {only_sqlite:?}; only in PostgreSQL: {only_pg:?}"
    );
}

#[tokio::test]
async fn migrating_twice_and_concurrently_is_harmless() {
    let dir = std::env::temp_dir().join(format!("portal-migrate-{}", std::process::id()));
    let url = format!("sqlite://{}/p.db", dir.display());
    let mut urls = vec![url];
    if let Some(pg) = support::fresh_postgres_url().await {
        urls.push(pg);
    }
    for url in urls {
        let a = Db::connect(&url, &PoolSettings::default()).await.unwrap();
        let b = Db::connect(&url, &PoolSettings::default()).await.unwrap();
        let (ra, rb) = tokio::join!(a.migrate(), b.migrate());
        ra.unwrap();
        rb.unwrap();
        a.migrate().await.unwrap();
        assert!(schema::migration_version(&a).await.unwrap() >= 1);
    }
    let _ = std::fs::remove_dir_all(dir);
}
