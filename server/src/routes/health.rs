//! `GET /healthz`: is the database reachable and migrated?

use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use portal::db::{DbKind, schema};
use serde_json::json;

/// Reports the database state as JSON; 503 when it cannot be reached.
pub async fn healthz(State(state): State<AppState>) -> Response {
    let db = &state.portal.db;
    let kind = match db.kind() {
        DbKind::Sqlite => "sqlite",
        DbKind::Postgres => "postgres",
    };
    let (size, idle) = db.pool_state();
    match (db.ping().await, schema::migration_version(db).await) {
        (Ok(()), Ok(version)) => Json(json!({
            "status": "ok",
            "database": {"kind": kind, "status": "ok", "migration": version, "connections": size, "idle": idle},
            "version": env!("CARGO_PKG_VERSION"),
        }))
        .into_response(),
        (ping, migration) => {
            let err = ping.err().or(migration.err());
            if let Some(e) = &err {
                crate::error::log_internal(e);
            }
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({
                    "status": "error",
                    "database": {"kind": kind, "status": "unreachable"},
                })),
            )
                .into_response()
        }
    }
}
