//! Accounts: registration, e-mail verification, sign-in and sign-out,
//! password reset and change, role grants.

use super::sessions::CurrentUser;
use super::throttle::ThrottleKey;
use super::{Portal, RequestMeta};
use crate::auth::{SecretToken, hash_token};
use crate::domain::{Email, Locale, NewAccount, Password, PersonName, Role, UserId};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use crate::services::Audit;
use serde::Serialize;
use serde_json::json;
use time::{Duration, OffsetDateTime};

/// What a successful sign-in yields: the user and the new session token
/// (always a fresh one: the session id rotates at every sign-in).
#[derive(Debug)]
pub struct LoginOutcome {
    /// Who signed in.
    pub user: CurrentUser,
    /// The cookie value of the new session.
    pub session: SecretToken,
}

/// An account as listed to admins and by the CLI.
#[derive(Debug, Clone, Serialize)]
pub struct AccountSummary {
    /// Account id.
    pub id: UserId,
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// Roles held.
    pub roles: Vec<Role>,
}

const VERIFY: &str = "verify-email";
const RESET: &str = "reset-password";

/// A user row as needed for sign-in.
#[derive(sqlx::FromRow)]
struct LoginRow {
    id: i64,
    name: String,
    password_hash: String,
    email_verified_at: Option<OffsetDateTime>,
    is_active: bool,
    locale: String,
}

/// A token row joined with its user.
#[derive(sqlx::FromRow)]
struct TokenRow {
    id: i64,
    user_id: i64,
    expires_at: OffsetDateTime,
    used_at: Option<OffsetDateTime>,
}

/// Collapses case and inner white space so "UNESCO  Office" and
/// "unesco office" are the same organization.
fn organization_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn is_unique_violation(e: &AppError) -> bool {
    matches!(e, AppError::Internal(inner)
        if inner.downcast_ref::<sqlx::Error>()
            .and_then(|e| e.as_database_error())
            .is_some_and(|d| d.is_unique_violation()))
}

mod passwords;
mod roles;
mod signin;

impl Portal {
    /// Registers a new stakeholder account and queues the verification
    /// e-mail. When the address already has an account, the owner is told by
    /// e-mail instead, and the caller sees the same outcome, so the form does
    /// not reveal who has an account.
    pub async fn register(&self, acc: NewAccount, meta: &RequestMeta) -> AppResult<()> {
        self.create_account(acc, meta, false).await
    }

    /// Creates an account whose address counts as verified, without any
    /// e-mail; for `portal seed-demo` only.
    pub async fn register_verified(&self, acc: NewAccount, meta: &RequestMeta) -> AppResult<()> {
        self.create_account(acc, meta, true).await
    }

    async fn create_account(
        &self,
        acc: NewAccount,
        meta: &RequestMeta,
        verified: bool,
    ) -> AppResult<()> {
        // Hash before the transaction: slow work must not hold a write lock.
        let password_hash = self.hasher.hash(&acc.password).await?;
        let now = self.clock.now();
        let token = SecretToken::generate();
        let locale = meta.locale;
        let verify = compose(
            locale,
            VERIFY,
            &[
                ("name", acc.name.as_str().to_owned()),
                (
                    "link",
                    self.link(&format!("/verify-email?token={}", token.token)),
                ),
            ],
        );
        let exists = compose(
            locale,
            "account-exists",
            &[
                ("name", acc.name.as_str().to_owned()),
                ("link", self.link("/forgot-password")),
            ],
        );
        let org_key = organization_key(&acc.organization);
        let result: AppResult<()> = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let existing: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                        .bind(acc.email.as_str())
                        .fetch_optional(&mut *tx)
                        .await?;
                if existing.is_some() {
                    if verified {
                        return Ok(());
                    }
                    // One warning an hour at most: registering someone else's
                    // address over and over must not flood their inbox.
                    let recent: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM email_outbox WHERE to_address = $1 AND template = \
                         'account-exists' AND created_at > $2",
                    )
                    .bind(acc.email.as_str())
                    .bind(now - time::Duration::hours(1))
                    .fetch_one(&mut *tx)
                    .await?;
                    if recent == 0 {
                        crate::enqueue_email!(
                            &mut *tx,
                            now,
                            acc.email.as_str(),
                            acc.name.as_str(),
                            locale.tag(),
                            "account-exists",
                            &exists.subject,
                            &exists.body
                        )?;
                    }
                    tx.commit().await?;
                    return Ok(());
                }
                let org_id: i64 = sqlx::query_scalar(
                    "INSERT INTO organizations (name, name_key, stakeholder_type, country_code, \
                     created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                )
                .bind(&acc.organization)
                .bind(&org_key)
                .bind(acc.stakeholder_type.code())
                .bind(&acc.country.code)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                let user_id: i64 = sqlx::query_scalar(
                    "INSERT INTO users (email, name, password_hash, organization_id, locale, \
                     is_active, email_verified_at, created_at, updated_at) VALUES ($1, $2, $3, \
                     $4, $5, TRUE, $7, $6, $6) RETURNING id",
                )
                .bind(acc.email.as_str())
                .bind(acc.name.as_str())
                .bind(&password_hash)
                .bind(org_id)
                .bind(locale.tag())
                .bind(now)
                .bind(verified.then_some(now))
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO role_grants (user_id, role, scope, created_at) VALUES ($1, \
                     'stakeholder', '', $2)",
                )
                .bind(user_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                if !verified {
                    sqlx::query(
                        "INSERT INTO user_tokens (user_id, purpose, token_hash, created_at, \
                         expires_at) VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(user_id)
                    .bind(VERIFY)
                    .bind(&token.hash)
                    .bind(now)
                    .bind(now + self.settings.verify_ttl)
                    .execute(&mut *tx)
                    .await?;
                    crate::enqueue_email!(
                        &mut *tx,
                        now,
                        acc.email.as_str(),
                        acc.name.as_str(),
                        locale.tag(),
                        VERIFY,
                        &verify.subject,
                        &verify.body
                    )?;
                }
                let after = json!({
                    "email": acc.email.as_str(),
                    "name": acc.name.as_str(),
                    "organization_id": org_id,
                });
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(UserId(user_id)),
                        action: "user.register",
                        target_kind: "user",
                        target: user_id.to_string(),
                        before: None,
                        after: Some(after),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await?;
                Ok(())
            }
            .await
        });
        match result {
            // Two registrations of one address at the same instant: the loser
            // gets the same neutral outcome.
            Err(e) if is_unique_violation(&e) => Ok(()),
            other => other,
        }
    }

    /// Remembers a user's interface language (also used for their e-mails).
    pub async fn set_locale(&self, user: UserId, locale: Locale) -> AppResult<()> {
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| sqlx::query(
            "UPDATE users SET locale = $2, updated_at = $3 WHERE id = $1"
        )
        .bind(user.0)
        .bind(locale.tag())
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// The name of a user's organization, if they have one.
    pub async fn organization_name(&self, user: UserId) -> AppResult<Option<String>> {
        let name: Option<String> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT o.name FROM users u JOIN organizations o ON o.id = u.organization_id \
                 WHERE u.id = $1",
            )
            .bind(user.0)
            .fetch_optional(pool)
            .await
        })?;
        Ok(name)
    }

    /// Looks up an account by e-mail (admin tooling and tests).
    pub async fn account_by_email(&self, email: &str) -> AppResult<Option<AccountSummary>> {
        let email = email.trim().to_lowercase();
        let row: Option<(i64, String, String)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT id, name, email FROM users WHERE email = $1",
            )
            .bind(&email)
            .fetch_optional(pool)
            .await)?;
        let Some((id, name, email)) = row else {
            return Ok(None);
        };
        let roles = self.roles_of(UserId(id)).await?;
        Ok(Some(AccountSummary {
            id: UserId(id),
            name,
            email,
            roles,
        }))
    }
}

#[cfg(test)]
mod tests;
