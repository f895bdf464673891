//! Server-side sessions. The browser holds a random token in an HttpOnly
//! cookie; the database holds its hash, the user and the expiry, so any
//! instance can check any session and revoking is one `DELETE`.

use super::{Portal, RequestMeta};
use crate::auth::{SecretToken, hash_token};
use crate::domain::{Locale, OrganizationId, Role, UserId};
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

/// The signed-in user, as every service sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    /// Account id.
    pub id: UserId,
    /// Display name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Preferred language.
    pub locale: Locale,
    /// The user's organization, if any.
    pub organization_id: Option<OrganizationId>,
    /// Roles held (any scope).
    pub roles: Vec<Role>,
}

impl CurrentUser {
    /// True when the user holds `role`.
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Organizers and admins: the staff who run the consultation. The one
    /// definition of "organizer or admin".
    pub fn is_staff(&self) -> bool {
        self.has(Role::Organizer) || self.has(Role::Admin)
    }

    /// `Forbidden` unless the user [is staff](CurrentUser::is_staff).
    pub fn require_staff(&self) -> AppResult<()> {
        if self.is_staff() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// `Forbidden` unless the user holds one of `roles`.
    pub fn require_any(&self, roles: &[Role]) -> AppResult<()> {
        if roles.iter().any(|r| self.has(*r)) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// Sessions are touched (and extended) at most this often, so reading pages
/// does not write to the database on every request.
const TOUCH_EVERY: Duration = Duration::minutes(5);

#[derive(sqlx::FromRow)]
struct SessionRow {
    user_id: i64,
    name: String,
    email: String,
    locale: String,
    organization_id: Option<i64>,
    last_seen_at: OffsetDateTime,
}

impl Portal {
    /// Starts a session for `user` and returns the cookie token.
    pub(crate) async fn create_session(
        &self,
        user: UserId,
        meta: &RequestMeta,
    ) -> AppResult<SecretToken> {
        let token = SecretToken::generate();
        let now = self.clock.now();
        let ua: String = meta.user_agent.chars().take(200).collect();
        crate::dispatch!(&self.db, |pool| {
            sqlx::query(
                "INSERT INTO auth_sessions (id, user_id, created_at, last_seen_at, expires_at, \
                 user_agent, client_addr) VALUES ($1, $2, $3, $3, $4, $5, $6)",
            )
            .bind(&token.hash)
            .bind(user.0)
            .bind(now)
            .bind(now + self.settings.session_idle)
            .bind(ua)
            .bind(&meta.client_addr)
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(token)
    }

    /// The user behind a session cookie, or `None` when the token is unknown,
    /// expired or the account is deactivated.
    pub async fn session_user(&self, token: &str) -> AppResult<Option<CurrentUser>> {
        if token.is_empty() || token.len() > 100 {
            return Ok(None);
        }
        let hash = hash_token(token);
        let now = self.clock.now();
        let row: Option<SessionRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
            "SELECT s.user_id, u.name, u.email, u.locale, u.organization_id, s.last_seen_at FROM \
             auth_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.expires_at > \
             $2 AND u.is_active = TRUE",
        )
        .bind(&hash)
        .bind(now)
        .fetch_optional(pool)
        .await
        })?;
        let Some(row) = row else { return Ok(None) };
        if now - row.last_seen_at > TOUCH_EVERY {
            crate::dispatch!(&self.db, |pool| sqlx::query(
                "UPDATE auth_sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1",
            )
            .bind(&hash)
            .bind(now)
            .bind(now + self.settings.session_idle)
            .execute(pool)
            .await
            .map(|_| ()))?;
        }
        let user = UserId(row.user_id);
        Ok(Some(CurrentUser {
            id: user,
            name: row.name,
            email: row.email,
            locale: Locale::from_tag(&row.locale).unwrap_or_default(),
            organization_id: row.organization_id.map(OrganizationId),
            roles: self.roles_of(user).await?,
        }))
    }

    /// Roles held by `user`, without duplicates.
    pub async fn roles_of(&self, user: UserId) -> AppResult<Vec<Role>> {
        let codes: Vec<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT DISTINCT role FROM role_grants WHERE user_id = $1",
        )
        .bind(user.0)
        .fetch_all(pool)
        .await)?;
        let mut roles: Vec<Role> = codes
            .iter()
            .map(|c| Role::stored(c))
            .collect::<Result<_, _>>()
            .map_err(AppError::internal)?;
        roles.sort();
        Ok(roles)
    }

    /// Ends the session behind `token` (signing out). Unknown tokens are fine.
    pub async fn end_session(&self, token: &str, meta: &RequestMeta) -> AppResult<()> {
        let hash = hash_token(token);
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let user: Option<i64> =
                sqlx::query_scalar("DELETE FROM auth_sessions WHERE id = $1 RETURNING user_id")
                    .bind(&hash)
                    .fetch_optional(&mut *tx)
                    .await?;
            if let Some(user) = user {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(UserId(user)),
                        action: "user.logout",
                        target_kind: "user",
                        target: user.to_string(),
                        before: None,
                        after: None,
                        client_addr: &meta.client_addr
                    }
                )?;
            }
            tx.commit().await
        }
        .await)?;
        Ok(())
    }

    /// Number of live sessions of a user (for tests and the admin view).
    pub async fn session_count(&self, user: UserId) -> AppResult<i64> {
        let now = self.clock.now();
        let n: i64 = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM auth_sessions WHERE user_id = $1 AND expires_at > $2",
        )
        .bind(user.0)
        .bind(now)
        .fetch_one(pool)
        .await)?;
        Ok(n)
    }

    /// Deletes expired sessions; called by the housekeeping task.
    pub async fn prune_sessions(&self) -> AppResult<u64> {
        let now = self.clock.now();
        let n = crate::dispatch!(&self.db, |pool| sqlx::query(
            "DELETE FROM auth_sessions WHERE expires_at <= $1"
        )
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n)
    }
}
