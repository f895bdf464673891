//! Password resets and changes.

use super::*;
use crate::services::Audit;

impl Portal {
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
                "SELECT id, name, locale FROM users WHERE email = $1 AND is_active = TRUE",
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
                 created_at > $3",
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
                    Audit {
                        at: now,
                        actor: Some(UserId(user_id)),
                        action: "user.request-password-reset",
                        target_kind: "user",
                        target: user_id.to_string(),
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
                    "UPDATE user_tokens SET used_at = $2 WHERE id = $1 AND used_at IS NULL",
                )
                .bind(token_id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if used == 1 {
                    sqlx::query(
                        "UPDATE user_tokens SET used_at = $2 WHERE user_id = $1 AND purpose = $3 \
                         AND used_at IS NULL",
                    )
                    .bind(user_id)
                    .bind(now)
                    .bind(RESET)
                    .execute(&mut *tx)
                    .await?;
                    // Following the link proves the inbox is theirs.
                    sqlx::query(
                        "UPDATE users SET password_hash = $2, email_verified_at = \
                         COALESCE(email_verified_at, $3), updated_at = $3, version = version + 1 \
                         WHERE id = $1",
                    )
                    .bind(user_id)
                    .bind(&hash)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query("DELETE FROM auth_sessions WHERE user_id = $1")
                        .bind(user_id)
                        .execute(&mut *tx)
                        .await?;
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(UserId(user_id)),
                            action: "user.reset-password",
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
                    "UPDATE users SET password_hash = $2, updated_at = $3, version = version + 1 \
                     WHERE id = $1",
                )
                .bind(actor.id.0)
                .bind(&hash)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                sqlx::query("DELETE FROM auth_sessions WHERE user_id = $1")
                    .bind(actor.id.0)
                    .execute(&mut *tx)
                    .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "user.change-password",
                        target_kind: "user",
                        target: actor.id.to_string(),
                        before: None,
                        after: None,
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        self.create_session(actor.id, meta).await
    }
}
