//! Attendees' own programme: the sessions an account starred, and the
//! private calendar feed of them. Anyone signed in may star sessions of the
//! released programme; only the account itself reads or changes its stars
//! and its feed. Visitors without an account keep their stars in the
//! browser, and those merge into the account when they sign in.

use super::Portal;
use super::sessions::CurrentUser;
use crate::auth::SecretToken;
use crate::domain::agenda::Programme;
use crate::error::{AppError, AppResult};

/// Most stars one account keeps: more than any Forum's whole programme.
pub const MAX_STARS: usize = 1000;

impl Portal {
    /// The codes of the sessions `actor` starred, oldest star first. Codes
    /// no longer in the programme (a cancelled session) stay, so the list
    /// can say what was dropped.
    pub async fn stars(&self, actor: &CurrentUser) -> AppResult<Vec<String>> {
        let codes: Vec<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT session_code FROM programme_stars WHERE user_id = $1 ORDER BY created_at, \
             session_code"
        )
        .bind(actor.id.0)
        .fetch_all(pool)
        .await)?;
        Ok(codes)
    }

    /// Stars (`starred`) or unstars session `code` of `programme`, the
    /// release the visitor is reading. Starring what is not in it is
    /// `NotFound`; unstarring works for any code, so a cancelled session
    /// can be cleared from the list.
    pub async fn set_star(
        &self,
        actor: &CurrentUser,
        programme: &Programme,
        code: &str,
        starred: bool,
    ) -> AppResult<()> {
        let code = code.trim().to_uppercase();
        if !starred {
            crate::dispatch!(&self.db, |pool| sqlx::query(
                "DELETE FROM programme_stars WHERE user_id = $1 AND session_code = $2"
            )
            .bind(actor.id.0)
            .bind(&code)
            .execute(pool)
            .await
            .map(|_| ()))?;
            return Ok(());
        }
        if programme.session(&code).is_none() {
            return Err(AppError::NotFound);
        }
        self.add_stars(actor, &[code]).await
    }

    /// Adds the browser's stars to the account's (on sign-in): the codes of
    /// `programme` among `codes`; others are ignored, as they may come from
    /// an older release kept in the browser. Returns every star after.
    pub async fn merge_stars(
        &self,
        actor: &CurrentUser,
        programme: &Programme,
        codes: &[String],
    ) -> AppResult<Vec<String>> {
        let mut known: Vec<String> = codes
            .iter()
            .map(|c| c.trim().to_uppercase())
            .filter(|c| programme.session(c).is_some())
            .collect();
        known.sort();
        known.dedup();
        self.add_stars(actor, &known).await?;
        self.stars(actor).await
    }

    /// Inserts stars that are not there yet, within [`MAX_STARS`].
    async fn add_stars(&self, actor: &CurrentUser, codes: &[String]) -> AppResult<()> {
        let have = self.stars(actor).await?;
        let fresh: Vec<&String> = codes.iter().filter(|c| !have.contains(c)).collect();
        if have.len() + fresh.len() > MAX_STARS {
            return Err(AppError::field("code", "too-many-stars"));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                for code in fresh {
                    sqlx::query(
                        "INSERT INTO programme_stars (user_id, session_code, created_at) VALUES \
                         ($1, $2, $3) ON CONFLICT DO NOTHING",
                    )
                    .bind(actor.id.0)
                    .bind(code)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok::<_, AppError>(())
            }
            .await
        })
    }

    /// The secret of `actor`'s calendar feed, when they made one.
    pub async fn calendar_feed(&self, actor: &CurrentUser) -> AppResult<Option<String>> {
        let token: Option<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT token FROM calendar_feeds WHERE user_id = $1"
        )
        .bind(actor.id.0)
        .fetch_optional(pool)
        .await)?;
        Ok(token)
    }

    /// Makes `actor` a new feed secret, replacing (and so revoking) any
    /// earlier one. Returns the secret.
    pub async fn renew_calendar_feed(&self, actor: &CurrentUser) -> AppResult<String> {
        let secret = SecretToken::generate().token;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1")
                    .bind(actor.id.0)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3)",
                )
                .bind(actor.id.0)
                .bind(&secret)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok::<_, AppError>(())
            }
            .await
        })?;
        Ok(secret)
    }

    /// Turns `actor`'s feed off: its address stops working at once.
    pub async fn revoke_calendar_feed(&self, actor: &CurrentUser) -> AppResult<()> {
        crate::dispatch!(&self.db, |pool| sqlx::query(
            "DELETE FROM calendar_feeds WHERE user_id = $1"
        )
        .bind(actor.id.0)
        .execute(pool)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// The stars behind feed secret `token`, for a calendar application
    /// that presents it (no account, no cookie). An unknown or revoked
    /// secret is `NotFound`, like any address that leads nowhere.
    pub async fn feed_stars(&self, token: &str) -> AppResult<Vec<String>> {
        // Secrets are 43 URL-safe characters; anything else is not asked.
        if token.len() != 43
            || !token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(AppError::NotFound);
        }
        let user: Option<i64> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE \
             f.token = $1 AND u.is_active = TRUE"
        )
        .bind(token)
        .fetch_optional(pool)
        .await)?;
        let Some(user) = user else {
            return Err(AppError::NotFound);
        };
        let codes: Vec<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT session_code FROM programme_stars WHERE user_id = $1 ORDER BY session_code"
        )
        .bind(user)
        .fetch_all(pool)
        .await)?;
        Ok(codes)
    }
}
