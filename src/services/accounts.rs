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
                        "SELECT COUNT(*) FROM email_outbox WHERE to_address = $1 AND \
                            template = \
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
                    "INSERT INTO organizations (name, name_key, stakeholder_type, \
                        country_code, \
                    created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                )
                .bind(&acc.organization)
                .bind(&org_key)
                .bind(acc.stakeholder_type.code())
                .bind(&acc.country.code)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                let user_id: i64 = sqlx::query_scalar(
                    "INSERT INTO users (email, name, password_hash, organization_id, \
                        locale, \
                    is_active, email_verified_at, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, TRUE, $7, $6, $6) RETURNING id",
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
                    "INSERT INTO role_grants (user_id, role, scope, created_at) VALUES \
                        ($1, \
                'stakeholder', '', $2)",
                )
                .bind(user_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                if !verified {
                    sqlx::query(
                        "INSERT INTO user_tokens (user_id, purpose, token_hash, \
                            created_at, \
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
                    now,
                    Some(UserId(user_id)),
                    "user.register",
                    "user",
                    user_id,
                    None,
                    Some(after),
                    &meta.client_addr
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

    /// Finds a live (unused, unexpired) token of `purpose`; returns the token
    /// row id and its user. Marking it used is the caller's transaction.
    async fn live_token(&self, purpose: &str, token: &str) -> AppResult<(i64, i64)> {
        let hash = hash_token(token.trim());
        let now = self.clock.now();
        let row: Option<TokenRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, user_id, expires_at, used_at FROM user_tokens WHERE token_hash \
                = $1 AND \
                purpose = $2",
            )
            .bind(&hash)
            .bind(purpose)
            .fetch_optional(pool)
            .await
        })?;
        match row {
            Some(r) if r.used_at.is_none() && r.expires_at > now => Ok((r.id, r.user_id)),
            _ => Err(AppError::Conflict(ConflictCode::TokenInvalid)),
        }
    }

    /// Confirms an e-mail address from the emailed link.
    pub async fn verify_email(&self, token: &str, meta: &RequestMeta) -> AppResult<()> {
        let (token_id, user_id) = self.live_token(VERIFY, token).await?;
        let now = self.clock.now();
        let used: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                // The `used_at IS NULL` guard makes a double click count once.
                let used = sqlx::query(
                    "UPDATE user_tokens SET used_at = $2 WHERE id = $1 AND used_at \
                IS NULL",
                )
                .bind(token_id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if used == 1 {
                    sqlx::query(
                        "UPDATE users SET email_verified_at = \
                            COALESCE(email_verified_at, \
                    $2), updated_at = $2, version = version + 1 WHERE id = $1",
                    )
                    .bind(user_id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    crate::audit!(
                        &mut *tx,
                        now,
                        Some(UserId(user_id)),
                        "user.verify-email",
                        "user",
                        user_id,
                        None,
                        None,
                        &meta.client_addr
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(used)
            }
            .await
        })?;
        if used == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::TokenInvalid))
        }
    }

    /// Signs in. Throttled per account and per client address; an unknown
    /// address costs the same time as a wrong password.
    pub async fn login(
        &self,
        email: &str,
        password: &str,
        meta: &RequestMeta,
    ) -> AppResult<LoginOutcome> {
        let email = Email::parse(email).map_err(|e| {
            let mut errs = crate::FieldErrors::default();
            errs.push("email", &e.code);
            AppError::Validation(errs)
        })?;
        if password.is_empty() {
            return Err(AppError::field("password", "required"));
        }
        self.check_throttle(ThrottleKey::Addr(&meta.client_addr))
            .await?;
        self.check_throttle(ThrottleKey::Account(email.as_str()))
            .await?;
        let row: Option<LoginRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, name, password_hash, email_verified_at, is_active, locale FROM \
                users \
                WHERE email = $1",
            )
            .bind(email.as_str())
            .fetch_optional(pool)
            .await
        })?;
        let ok = self
            .hasher
            .verify(row.as_ref().map(|r| r.password_hash.clone()), password)
            .await?;
        let row = match row {
            Some(r) if ok && r.is_active => r,
            _ => {
                self.record_attempt(ThrottleKey::Addr(&meta.client_addr), false)
                    .await?;
                self.record_attempt(ThrottleKey::Account(email.as_str()), false)
                    .await?;
                return Err(AppError::field("form", "login-failed"));
            }
        };
        if row.email_verified_at.is_none() {
            self.resend_verification(
                UserId(row.id),
                &row.name,
                &email,
                Locale::from_tag(&row.locale).unwrap_or_default(),
            )
            .await?;
            return Err(AppError::Conflict(ConflictCode::EmailUnverified));
        }
        self.record_attempt(ThrottleKey::Account(email.as_str()), true)
            .await?;
        let user = UserId(row.id);
        let session = self.create_session(user, meta).await?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| crate::audit!(
            pool,
            now,
            Some(user),
            "user.login",
            "user",
            user,
            None,
            None,
            &meta.client_addr
        ))?;
        let current = self
            .session_user(&session.token)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        Ok(LoginOutcome {
            user: current,
            session,
        })
    }

    /// Sends a new verification link unless one went out in the last ten
    /// minutes (so a user retrying sign-in does not flood their inbox).
    async fn resend_verification(
        &self,
        user: UserId,
        name: &str,
        email: &Email,
        locale: Locale,
    ) -> AppResult<()> {
        let now = self.clock.now();
        let recent: i64 = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM user_tokens WHERE user_id = $1 AND purpose = $2 AND \
                created_at \
                > $3",
            )
            .bind(user.0)
            .bind(VERIFY)
            .bind(now - Duration::minutes(10))
            .fetch_one(pool)
            .await
        })?;
        if recent > 0 {
            return Ok(());
        }
        let token = SecretToken::generate();
        let mail = compose(
            locale,
            VERIFY,
            &[
                ("name", name.to_owned()),
                (
                    "link",
                    self.link(&format!("/verify-email?token={}", token.token)),
                ),
            ],
        );
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO user_tokens (user_id, purpose, token_hash, created_at, \
                expires_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(user.0)
                .bind(VERIFY)
                .bind(&token.hash)
                .bind(now)
                .bind(now + self.settings.verify_ttl)
                .execute(&mut *tx)
                .await?;
                crate::enqueue_email!(
                    &mut *tx,
                    now,
                    email.as_str(),
                    name,
                    locale.tag(),
                    VERIFY,
                    &mail.subject,
                    &mail.body
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Sends a password reset link when the address has an active account.
    /// Always answers the same way, and sends at most three links an hour.
    pub async fn request_password_reset(&self, email: &str, meta: &RequestMeta) -> AppResult<()> {
        let email = Email::parse(email).map_err(|e| {
            let mut errs = crate::FieldErrors::default();
            errs.push("email", &e.code);
            AppError::Validation(errs)
        })?;
        self.check_throttle(ThrottleKey::Addr(&meta.client_addr))
            .await?;
        let now = self.clock.now();
        let user: Option<(i64, String, String)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT id, name, locale FROM users WHERE email = $1 AND is_active = \
                    TRUE",
            )
            .bind(email.as_str())
            .fetch_optional(pool)
            .await)?;
        let Some((user_id, name, locale)) = user else {
            return Ok(());
        };
        let recent: i64 = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM user_tokens WHERE user_id = $1 AND purpose = $2 AND \
                created_at \
                > $3",
            )
            .bind(user_id)
            .bind(RESET)
            .bind(now - Duration::hours(1))
            .fetch_one(pool)
            .await
        })?;
        if recent >= 3 {
            return Ok(());
        }
        let locale = Locale::from_tag(&locale).unwrap_or(meta.locale);
        let token = SecretToken::generate();
        let mail = compose(
            locale,
            RESET,
            &[
                ("name", name.clone()),
                (
                    "link",
                    self.link(&format!("/reset-password?token={}", token.token)),
                ),
            ],
        );
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO user_tokens (user_id, purpose, token_hash, created_at, \
                expires_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(user_id)
                .bind(RESET)
                .bind(&token.hash)
                .bind(now)
                .bind(now + self.settings.reset_ttl)
                .execute(&mut *tx)
                .await?;
                crate::enqueue_email!(
                    &mut *tx,
                    now,
                    email.as_str(),
                    &name,
                    locale.tag(),
                    RESET,
                    &mail.subject,
                    &mail.body
                )?;
                crate::audit!(
                    &mut *tx,
                    now,
                    Some(UserId(user_id)),
                    "user.request-password-reset",
                    "user",
                    user_id,
                    None,
                    None,
                    &meta.client_addr
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// True when `token` is a live reset token (to show the form or not).
    pub async fn reset_token_is_valid(&self, token: &str) -> AppResult<bool> {
        match self.live_token(RESET, token).await {
            Ok(_) => Ok(true),
            Err(AppError::Conflict(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Sets a new password from a reset link. Every session of the account is
    /// revoked; the link and any other reset links stop working.
    pub async fn reset_password(
        &self,
        token: &str,
        new_password: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let password = Password::parse(new_password).map_err(|e| {
            let mut errs = crate::FieldErrors::default();
            errs.push_limit_opt("password", &e.code, e.limit);
            AppError::Validation(errs)
        })?;
        let (token_id, user_id) = self.live_token(RESET, token).await?;
        let hash = self.hasher.hash(&password).await?;
        let now = self.clock.now();
        let used: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let used = sqlx::query(
                    "UPDATE user_tokens SET used_at = $2 WHERE id = $1 AND used_at \
                IS NULL",
                )
                .bind(token_id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if used == 1 {
                    sqlx::query(
                        "UPDATE user_tokens SET used_at = $2 WHERE user_id = $1 AND \
                            purpose = \
                    $3 AND used_at IS NULL",
                    )
                    .bind(user_id)
                    .bind(now)
                    .bind(RESET)
                    .execute(&mut *tx)
                    .await?;
                    // Following the link proves the inbox is theirs.
                    sqlx::query(
                        "UPDATE users SET password_hash = $2, email_verified_at = \
                    COALESCE(email_verified_at, $3), updated_at = $3, version = version \
                    + 1 WHERE \
                    id = $1",
                    )
                    .bind(user_id)
                    .bind(&hash)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query(
                        "DELETE FROM auth_sessions WHERE user_id = \
                    $1",
                    )
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                    crate::audit!(
                        &mut *tx,
                        now,
                        Some(UserId(user_id)),
                        "user.reset-password",
                        "user",
                        user_id,
                        None,
                        None,
                        &meta.client_addr
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(used)
            }
            .await
        })?;
        if used == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::TokenInvalid))
        }
    }

    /// Changes the password of the signed-in user after checking the current
    /// one. Every session is revoked, and a new one is returned for the
    /// browser that made the change.
    pub async fn change_password(
        &self,
        actor: &CurrentUser,
        current: &str,
        new_password: &str,
        meta: &RequestMeta,
    ) -> AppResult<SecretToken> {
        let mut errs = crate::FieldErrors::default();
        if current.is_empty() {
            errs.push("current_password", "required");
        }
        let password = errs.check("new_password", Password::parse(new_password));
        errs.clone().into_result()?;
        let stored: String = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT password_hash FROM users WHERE id = $1",
        )
        .bind(actor.id.0)
        .fetch_one(pool)
        .await)?;
        if !self.hasher.verify(Some(stored), current).await? {
            return Err(AppError::field("current_password", "password-wrong"));
        }
        let password = password.ok_or(AppError::Validation(errs))?;
        let hash = self.hasher.hash(&password).await?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "UPDATE users SET password_hash = $2, updated_at = $3, version = \
                        version \
                + 1 WHERE id = $1",
                )
                .bind(actor.id.0)
                .bind(&hash)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "DELETE FROM auth_sessions WHERE user_id = \
                $1",
                )
                .bind(actor.id.0)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    now,
                    Some(actor.id),
                    "user.change-password",
                    "user",
                    actor.id,
                    None,
                    None,
                    &meta.client_addr
                )?;
                tx.commit().await
            }
            .await
        })?;
        self.create_session(actor.id, meta).await
    }

    /// Creates (or promotes) an administrator; for `portal create-admin`.
    /// Returns the account id and whether it was newly created.
    pub async fn create_admin(
        &self,
        email: &str,
        name: &str,
        password: &str,
    ) -> AppResult<(UserId, bool)> {
        let mut errs = crate::FieldErrors::default();
        let email = errs.check("email", Email::parse(email));
        let name = errs.check("name", PersonName::parse(name));
        let password = errs.check("password", Password::parse(password));
        let (Some(email), Some(name), Some(password)) = (email, name, password) else {
            return Err(AppError::Validation(errs));
        };
        let hash = self.hasher.hash(&password).await?;
        let now = self.clock.now();
        let out: (i64, bool) = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let existing: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM users WHERE \
                email = $1",
                )
                .bind(email.as_str())
                .fetch_optional(&mut *tx)
                .await?;
                let (id, created) = match existing {
                    Some(id) => (id, false),
                    None => {
                        let id: i64 = sqlx::query_scalar(
                            "INSERT INTO users (email, name, password_hash, \
                            email_verified_at, locale, \
                            is_active, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, 'en', TRUE, $4, $4) RETURNING id",
                        )
                        .bind(email.as_str())
                        .bind(name.as_str())
                        .bind(&hash)
                        .bind(now)
                        .fetch_one(&mut *tx)
                        .await?;
                        (id, true)
                    }
                };
                for role in [Role::Stakeholder, Role::Admin] {
                    sqlx::query(
                        "INSERT INTO role_grants (user_id, role, scope, created_at) \
                    VALUES \
                    ($1, $2, '', $3) ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(role.code())
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                crate::audit!(
                    &mut *tx,
                    now,
                    None::<UserId>,
                    "user.create-admin",
                    "user",
                    id,
                    None,
                    Some(json!({
                        "email": email.as_str(),
                        "created": created,
                    })),
                    "cli"
                )?;
                tx.commit().await?;
                Ok::<_, sqlx::Error>((id, created))
            }
            .await
        })?;
        Ok((UserId(out.0), out.1))
    }

    /// Grants `role` to `user`. Only admins may grant roles.
    pub async fn grant_role(
        &self,
        actor: &CurrentUser,
        user: UserId,
        role: Role,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_any(&[Role::Admin])?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let exists: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM users WHERE id = \
                $1",
                )
                .bind(user.0)
                .fetch_optional(&mut *tx)
                .await?;
                if exists.is_none() {
                    return Err(AppError::NotFound);
                }
                sqlx::query(
                    "INSERT INTO role_grants (user_id, role, scope, granted_by, \
                        created_at) \
                VALUES ($1, $2, '', $3, $4) ON CONFLICT DO NOTHING",
                )
                .bind(user.0)
                .bind(role.code())
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    now,
                    Some(actor.id),
                    "user.grant-role",
                    "user",
                    user,
                    None,
                    Some(json!({"role": role.code()})),
                    &meta.client_addr
                )?;
                tx.commit().await?;
                Ok(())
            }
            .await
        })
    }

    /// Withdraws `role` from `user`. Only admins may, and nobody may remove
    /// their own admin role (so the portal never loses its last admin by
    /// accident).
    pub async fn revoke_role(
        &self,
        actor: &CurrentUser,
        user: UserId,
        role: Role,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_any(&[Role::Admin])?;
        if actor.id == user && role == Role::Admin {
            return Err(AppError::Conflict(ConflictCode::CannotRevokeOwnAdmin));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM role_grants WHERE user_id = $1 AND role = $2")
                .bind(user.0)
                .bind(role.code())
                .execute(&mut *tx)
                .await?;
            crate::audit!(
                &mut *tx,
                now,
                Some(actor.id),
                "user.revoke-role",
                "user",
                user,
                Some(json!({"role": role.code()})),
                None,
                &meta.client_addr
            )?;
            tx.commit().await
        }
        .await)?;
        Ok(())
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
                "SELECT o.name FROM users u JOIN organizations o ON o.id = \
                u.organization_id WHERE \
                u.id = $1",
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
mod tests {
    use super::organization_key;

    #[test]
    fn organization_names_match_regardless_of_case_and_spacing() {
        assert_eq!(
            organization_key("  UNESCO   Office "),
            organization_key("unesco office")
        );
    }
}
