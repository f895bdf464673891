//! A fresh PostgreSQL database per test, shared by the service tests and
//! (through `#[path]`) the HTTP tests.

/// A fresh, empty PostgreSQL database URL, or `None` when not configured.
pub async fn fresh_postgres_url() -> Option<String> {
    let Ok(base) = std::env::var("TEST_POSTGRES_URL") else {
        if std::env::var("PORTAL_REQUIRE_POSTGRES").as_deref() == Ok("1") {
            panic!("PORTAL_REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set");
        }
        return None;
    };
    let name = format!("portal_test_{:016x}", rand_u64());
    let admin = sqlx::PgPool::connect(&base)
        .await
        .unwrap_or_else(|e| panic!("TEST_POSTGRES_URL {base} is unreachable: {e}"));
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .expect("create test database");
    admin.close().await;
    let (prefix, _) = base.rsplit_once('/').expect("URL has a database part");
    Some(format!("{prefix}/{name}"))
}

fn rand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos(),
    );
    h.finish()
}
