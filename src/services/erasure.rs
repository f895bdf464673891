//! Data-protection erasure and draft retention.
//!
//! Erasing an account removes what identifies the person while the
//! programme stays consistent: proposals, reviews, decisions and sessions
//! keep existing (they belong to organizations and to the forum), but the
//! account's name, address and password are replaced, it is signed out
//! everywhere, its tokens, roles, sign-in history, pending requests and
//! e-mails are deleted, and where the person is named on a panel — in the
//! proposals and in the released programmes — the name and job title are
//! replaced by [`ERASED_NAME`]. Gender, country and stakeholder type stay,
//! so the balance figures of past panels do not change. The audit trail
//! keeps its events (who did what is part of the record) with the address
//! replaced in their details.
//!
//! Who may erase: the account itself (after typing its password again) and
//! admins (answering a request received by other means). The last active
//! admin cannot be erased.

use super::sessions::CurrentUser;
use super::{Portal, RequestMeta};
use crate::domain::agenda::ProgrammePerson;
use crate::domain::{Role, UserId};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use time::Duration;

/// The name that replaces an erased person's, on accounts and panels.
pub const ERASED_NAME: &str = "Former participant";

/// The address that replaces an erased account's (reserved domain, never
/// deliverable, unique per account).
pub fn erased_address(id: UserId) -> String {
    format!("erased-{}@erased.invalid", id.0)
}

impl Portal {
    /// Erases the personal data of account `target` (see the module
    /// comment). `password` is required when people erase their own
    /// account; admins erasing another account pass `None`.
    pub async fn erase_account(
        &self,
        actor: &CurrentUser,
        target: UserId,
        password: Option<&str>,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let own = actor.id == target;
        if !own && !actor.has(Role::Admin) {
            return Err(AppError::Forbidden);
        }
        let row: Option<(String, String, bool)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT email, password_hash, is_active FROM users WHERE id = $1",
            )
            .bind(target.0)
            .fetch_optional(pool)
            .await)?;
        let Some((email, hash, _)) = row else {
            return Err(AppError::NotFound);
        };
        if email.ends_with("@erased.invalid") {
            return Err(AppError::Conflict(ConflictCode::AlreadyErased));
        }
        if own {
            let typed = password.unwrap_or_default();
            if typed.is_empty() {
                return Err(AppError::field("password", "required"));
            }
            if !self.hasher.verify(Some(hash), typed).await? {
                return Err(AppError::field("password", "password-wrong"));
            }
        }
        let other_admins: i64 = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
            "SELECT COUNT(*) FROM role_grants g JOIN users u ON u.id = g.user_id WHERE g.role = \
             'admin' AND u.is_active = TRUE AND u.id <> $1",
        )
        .bind(target.0)
        .fetch_one(pool)
        .await
        })?;
        let is_admin: i64 = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM role_grants WHERE user_id = $1 AND role = 'admin'",
        )
        .bind(target.0)
        .fetch_one(pool)
        .await)?;
        if is_admin > 0 && other_admins == 0 {
            return Err(AppError::Conflict(ConflictCode::LastAdmin));
        }
        let old = email.to_lowercase();
        let new = erased_address(target);
        let releases = self.snapshots_naming(&old).await?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "UPDATE users SET email = $2, name = $3, password_hash = '!erased', \
                     email_verified_at = NULL, is_active = FALSE, updated_at = $4, version = \
                     version + 1 WHERE id = $1",
                )
                .bind(target.0)
                .bind(&new)
                .bind(ERASED_NAME)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                for sql in [
                    "DELETE FROM role_grants WHERE user_id = $1",
                    "DELETE FROM auth_sessions WHERE user_id = $1",
                    "DELETE FROM user_tokens WHERE user_id = $1",
                    "DELETE FROM api_tokens WHERE user_id = $1",
                    "DELETE FROM programme_stars WHERE user_id = $1",
                    "DELETE FROM calendar_feeds WHERE user_id = $1",
                    "DELETE FROM organization_join_requests WHERE user_id = $1",
                    "DELETE FROM review_team_members WHERE user_id = $1",
                ] {
                    sqlx::query(sql).bind(target.0).execute(&mut *tx).await?;
                }
                for sql in [
                    "DELETE FROM login_attempts WHERE key_kind = 'account' AND lower(key_value) \
                     = $1",
                    "DELETE FROM email_outbox WHERE lower(to_address) = $1",
                    "DELETE FROM unavailability WHERE lower(email) = $1",
                    "DELETE FROM speaker_profiles WHERE lower(email) = $1",
                ] {
                    sqlx::query(sql).bind(&old).execute(&mut *tx).await?;
                }
                sqlx::query(
                    "UPDATE proposal_speakers SET name = $2, title = '', email = $3 WHERE \
                     lower(email) = $1",
                )
                .bind(&old)
                .bind(ERASED_NAME)
                .bind(&new)
                .execute(&mut *tx)
                .await?;
                sqlx::query("UPDATE speaker_confirmations SET email = $2 WHERE lower(email) = $1")
                    .bind(&old)
                    .bind(&new)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("UPDATE proposal_coorganizers SET email = $2 WHERE lower(email) = $1")
                    .bind(&old)
                    .bind(&new)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "UPDATE audit_events SET before_json = REPLACE(before_json, $1, $2), \
                     after_json = REPLACE(after_json, $1, $2) WHERE before_json LIKE '%' || $1 \
                     || '%' OR after_json LIKE '%' || $1 || '%'",
                )
                .bind(&old)
                .bind(&new)
                .execute(&mut *tx)
                .await?;
                for (id, snapshot) in &releases {
                    sqlx::query(
                        "UPDATE agenda_releases SET snapshot = $2, revision = revision + 1, \
                         revised_at = $3 WHERE id = $1",
                    )
                    .bind(id)
                    .bind(snapshot)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "user.erase",
                        target_kind: "user",
                        target: target.to_string(),
                        before: None,
                        after: None,
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Released programmes that name the person with address `email`,
    /// rewritten with the name and everything of their profile erased:
    /// (release id, new snapshot).
    async fn snapshots_naming(&self, email: &str) -> AppResult<Vec<(i64, String)>> {
        let id = super::agenda::person_id(email);
        self.snapshots_rewriting(&id, |person| {
            *person = ProgrammePerson {
                id: person.id.clone(),
                guid: person.guid.clone(),
                role: person.role.clone(),
                name: ERASED_NAME.into(),
                organization: person.organization.clone(),
                country: person.country.clone(),
                remote: person.remote,
                ..ProgrammePerson::default()
            };
        })
        .await
    }

    /// Deletes drafts (never submitted proposals) of editions that are no
    /// longer current and ended more than `retention` ago; the number
    /// deleted. Run daily by the worker when a retention is configured.
    pub async fn purge_old_drafts(&self, retention: Duration) -> AppResult<u64> {
        let cutoff = (self.clock.now() - retention).date();
        let n = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let n = sqlx::query(
                "DELETE FROM proposals WHERE status = 'draft' AND edition_id IN (SELECT id FROM \
                 editions WHERE is_current = FALSE AND ends_on < $1)",
            )
            .bind(cutoff)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n > 0 {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: self.clock.now(),
                        actor: None,
                        action: "proposal.purge-drafts",
                        target_kind: "edition",
                        target: ("past").to_string(),
                        before: None,
                        after: Some(
                            serde_json::json!({"deleted": n, "ended_before": cutoff.to_string()})
                        ),
                        client_addr: ""
                    }
                )?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(n)
        }
        .await)?;
        Ok(n)
    }
}
