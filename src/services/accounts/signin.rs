//! Confirming an address, signing in, and resending the confirmation.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Finds a live (unused, unexpired) token of `purpose`; returns the token
    /// row id and its user. Marking it used is the caller's transaction.
    pub(super) async fn live_token(&self, purpose: &str, token: &str) -> AppResult<(i64, i64)> {
        let hash = hash_token(token.trim());
        let now = self.clock.now();
        let row: Option<TokenRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, user_id, expires_at, used_at FROM user_tokens WHERE token_hash = $1 \
                 AND purpose = $2",
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
                    "UPDATE user_tokens SET used_at = $2 WHERE id = $1 AND used_at IS NULL",
                )
                .bind(token_id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if used == 1 {
                    sqlx::query(
                        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $2), \
                         updated_at = $2, version = version + 1 WHERE id = $1",
                    )
                    .bind(user_id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(UserId(user_id)),
                            action: "user.verify-email",
                            target_kind: "user",
                            target: user_id.to_string(),
                            before: None,
                            after: None,
                            client_addr: &meta.client_addr
                        }
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
                "SELECT id, name, password_hash, email_verified_at, is_active, locale FROM users \
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
            Audit {
                at: now,
                actor: Some(user),
                action: "user.login",
                target_kind: "user",
                target: user.to_string(),
                before: None,
                after: None,
                client_addr: &meta.client_addr
            }
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
    pub(super) async fn resend_verification(
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
                 created_at > $3",
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
}
