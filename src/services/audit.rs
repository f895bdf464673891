//! The audit log: who changed what, when, from where.

use super::Portal;
use crate::domain::UserId;
use crate::error::AppResult;
use serde::Serialize;
use time::OffsetDateTime;

/// One recorded change.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct AuditEvent {
    /// Row id.
    pub id: i64,
    /// Who did it (none for the system or an anonymous visitor).
    pub actor_user_id: Option<i64>,
    /// What was done, e.g. `user.register`.
    pub action: String,
    /// Kind of the changed thing, e.g. `user`.
    pub target_kind: String,
    /// Its id.
    pub target_id: String,
    /// State before, as JSON.
    pub before_json: Option<String>,
    /// State after, as JSON.
    pub after_json: Option<String>,
    /// Client address.
    pub client_addr: String,
    /// When.
    pub at: OffsetDateTime,
}

/// Inserts an audit row using the executor `$ex` (a pool or a transaction).
#[macro_export]
#[doc(hidden)]
macro_rules! audit {
    ($ex:expr, $at:expr, $actor:expr, $action:expr, $kind:expr, $target:expr, $before:expr, $after:expr, $addr:expr) => {
        sqlx::query(
            "INSERT INTO audit_events (actor_user_id, action, target_kind, target_id, before_json, after_json, client_addr, at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind($actor.map(|u: $crate::domain::UserId| u.0))
        .bind($action)
        .bind($kind)
        .bind($target.to_string())
        .bind($before.map(|v: serde_json::Value| v.to_string()))
        .bind($after.map(|v: serde_json::Value| v.to_string()))
        .bind($addr)
        .bind($at)
        .execute($ex)
        .await
        .map(|_| ())
    };
}

impl Portal {
    /// The newest audit events, newest first, optionally for one actor.
    pub async fn recent_audit(
        &self,
        actor: Option<UserId>,
        limit: i64,
    ) -> AppResult<Vec<AuditEvent>> {
        let rows = crate::dispatch!(&self.db, pool => sqlx::query_as::<_, AuditEvent>(
            "SELECT id, actor_user_id, action, target_kind, target_id, before_json, after_json, client_addr, at \
             FROM audit_events WHERE ($1 IS NULL OR actor_user_id = $1) ORDER BY id DESC LIMIT $2",
        )
        .bind(actor.map(|a| a.0))
        .bind(limit)
        .fetch_all(pool)
        .await)?;
        Ok(rows)
    }
}
