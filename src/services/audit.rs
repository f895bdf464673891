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

/// An audit event with its actor's name, for the log page.
#[derive(sqlx::FromRow)]
struct AuditLogRow {
    #[sqlx(flatten)]
    event: AuditEvent,
    name: Option<String>,
}

/// A change to record in the audit log, by name so a call site reads as
/// what happened.
#[derive(Debug, Clone)]
pub struct Audit<'a> {
    /// When.
    pub at: OffsetDateTime,
    /// Who (none for the system or an anonymous visitor).
    pub actor: Option<UserId>,
    /// What was done, e.g. `user.register`.
    pub action: &'a str,
    /// Kind of the changed thing, e.g. `user`.
    pub target_kind: &'a str,
    /// Its id or code.
    pub target: String,
    /// State before.
    pub before: Option<serde_json::Value>,
    /// State after.
    pub after: Option<serde_json::Value>,
    /// Client address.
    pub client_addr: &'a str,
}

/// Inserts the [`Audit`] `$event` using the executor `$ex` (a pool or a
/// transaction of either database).
#[macro_export]
#[doc(hidden)]
macro_rules! audit {
    ($ex:expr, $event:expr) => {{
        let event: $crate::services::Audit<'_> = $event;
        sqlx::query(
            "INSERT INTO audit_events (actor_user_id, action, target_kind, target_id, \
             before_json, after_json, client_addr, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(event.actor.map(|u| u.0))
        .bind(event.action)
        .bind(event.target_kind)
        .bind(event.target)
        .bind(event.before.map(|v| v.to_string()))
        .bind(event.after.map(|v| v.to_string()))
        .bind(event.client_addr)
        .bind(event.at)
        .execute($ex)
        .await
        .map(|_| ())
    }};
}

impl Portal {
    /// Deletes row `id` of the current edition from `table` and records
    /// `action` on `kind` in the audit log, in one transaction; `NotFound`
    /// when no such row belongs to the edition. `table` is always a literal
    /// of the calling service, never input.
    pub(crate) async fn delete_audited(
        &self,
        actor: &crate::services::CurrentUser,
        table: &'static str,
        kind: &'static str,
        action: &'static str,
        id: i64,
        meta: &crate::services::RequestMeta,
    ) -> crate::error::AppResult<()> {
        let edition = self.current_edition().await?;
        let now = self.clock.now();
        let sql = format!("DELETE FROM {table} WHERE id = $1 AND edition_id = $2");
        let n: u64 = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let n = sqlx::query(&sql)
                .bind(id)
                .bind(edition.id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 1 {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action,
                        target_kind: kind,
                        target: id.to_string(),
                        before: None,
                        after: None,
                        client_addr: &meta.client_addr
                    }
                )?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(n)
        }
        .await)?;
        if n == 1 {
            Ok(())
        } else {
            Err(crate::error::AppError::NotFound)
        }
    }

    /// The newest audit events, newest first, optionally for one actor.
    pub async fn recent_audit(
        &self,
        actor: Option<UserId>,
        limit: i64,
    ) -> AppResult<Vec<AuditEvent>> {
        let rows = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as::<_, AuditEvent>(
                "SELECT id, actor_user_id, action, target_kind, target_id, before_json, \
                 after_json, client_addr, at FROM audit_events WHERE ($1 IS NULL OR \
                 actor_user_id = $1) ORDER BY id DESC LIMIT $2",
            )
            .bind(actor.map(|a| a.0))
            .bind(limit)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// The audit log for administrators: newest first, 50 a page,
    /// optionally only actions starting with `action` (e.g. `review.`) or
    /// about one target (a proposal code, a user or review id). Returns the
    /// page with each actor's name, and whether older entries follow.
    pub async fn audit_log(
        &self,
        actor: &super::CurrentUser,
        action: &str,
        target: &str,
        page: i64,
    ) -> AppResult<(Vec<(AuditEvent, String)>, bool)> {
        actor.require_any(&[crate::domain::Role::Admin])?;
        let action: String = action
            .trim()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
            .take(60)
            .collect();
        let target: String = target.trim().chars().take(100).collect();
        let page = page.clamp(1, 10_000);
        let rows: Vec<AuditLogRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT a.id, a.actor_user_id, a.action, a.target_kind, a.target_id, \
                 a.before_json, a.after_json, a.client_addr, a.at, u.name FROM audit_events a \
                 LEFT JOIN users u ON u.id = a.actor_user_id WHERE ($1 = '' OR substr(a.action, \
                 1, length($1)) = $1) AND ($2 = '' OR upper(a.target_id) = upper($2)) ORDER BY \
                 a.id DESC LIMIT 51 OFFSET $3",
            )
            .bind(&action)
            .bind(&target)
            .bind((page - 1) * 50)
            .fetch_all(pool)
            .await
        })?;
        let more = rows.len() > 50;
        Ok((
            rows.into_iter()
                .take(50)
                .map(|r| (r.event, r.name.unwrap_or_default()))
                .collect(),
            more,
        ))
    }

    /// The audit log filtered like [`Portal::audit_log`], as CSV (RFC 4180,
    /// formula-safe), newest first, at most 10,000 events (admins only).
    pub async fn audit_csv(
        &self,
        actor: &super::CurrentUser,
        action: &str,
        target: &str,
    ) -> AppResult<String> {
        use crate::domain::agenda::exports::csv_cell;
        let mut out = String::from(
            "id,at,actor_id,actor,action,target_kind,target_id,before,after,client_addr\r\n",
        );
        for page in 1..=200 {
            let (rows, more) = self.audit_log(actor, action, target, page).await?;
            for (e, name) in rows {
                let at =
                    e.at.format(&time::format_description::well_known::Rfc3339)
                        .unwrap_or_default();
                let cells = [
                    e.id.to_string(),
                    at,
                    e.actor_user_id.map(|v| v.to_string()).unwrap_or_default(),
                    name,
                    e.action,
                    e.target_kind,
                    e.target_id,
                    e.before_json.unwrap_or_default(),
                    e.after_json.unwrap_or_default(),
                    e.client_addr,
                ];
                out.push_str(
                    &cells
                        .iter()
                        .map(|c| csv_cell(c))
                        .collect::<Vec<_>>()
                        .join(","),
                );
                out.push_str("\r\n");
            }
            if !more {
                break;
            }
        }
        Ok(out)
    }
}
