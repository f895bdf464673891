//! Personal access tokens for the automation API. A token acts as the
//! account that made it, never more: every API call goes through the same
//! services and checks as the pages. Scopes narrow it further: `read` for
//! GET, `write` for changes. Only the SHA-256 is stored; the secret is shown
//! once. Tokens are revocable and may expire.

use super::sessions::CurrentUser;
use super::{Portal, RequestMeta};
use crate::auth::{SecretToken, hash_token};
use crate::domain::{Locale, OrganizationId, UserId};
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use crate::validation::{FieldErrors, single_line};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::{Duration, OffsetDateTime};

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ApiScope {
    /// Read (GET).
    Read,
    /// Change (POST, PUT, DELETE).
    Write,
}

impl ApiScope {
    /// Every scope.
    pub const ALL: [ApiScope; 2] = [ApiScope::Read, ApiScope::Write];

    /// Stored and typed code.
    pub fn code(self) -> &'static str {
        match self {
            ApiScope::Read => "read",
            ApiScope::Write => "write",
        }
    }

    /// Reads a code.
    pub fn parse(code: &str) -> Option<ApiScope> {
        ApiScope::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A token as its owner sees it (never the secret).
#[derive(Debug, Clone, Serialize)]
pub struct ApiToken {
    /// Id.
    pub id: i64,
    /// The owner's name for it.
    pub name: String,
    /// The first characters of the secret, to recognise it.
    pub prefix: String,
    /// Scopes.
    pub scopes: Vec<ApiScope>,
    /// Created.
    pub created_at: OffsetDateTime,
    /// Expires (none: until revoked).
    pub expires_at: Option<OffsetDateTime>,
    /// Last used.
    pub last_used_at: Option<OffsetDateTime>,
    /// Revoked.
    pub revoked_at: Option<OffsetDateTime>,
}

/// The form that creates a token.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ApiTokenForm {
    /// A name to recognise it by.
    #[serde(default)]
    pub name: String,
    /// Scope codes (filled from repeated fields).
    #[serde(skip)]
    pub scopes: Vec<String>,
    /// Days until it expires; empty: never.
    #[serde(default)]
    pub days: String,
}

/// The account and scopes behind a presented token.
#[derive(Debug, Clone)]
pub struct ApiCaller {
    /// The token's owner.
    pub user: CurrentUser,
    /// Its scopes.
    pub scopes: Vec<ApiScope>,
    /// Token id (rate limiting, audit).
    pub token_id: i64,
}

impl ApiCaller {
    /// `Forbidden` unless the token has `scope`.
    pub fn require(&self, scope: ApiScope) -> AppResult<()> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

#[derive(sqlx::FromRow)]
struct TokenRow {
    id: i64,
    name: String,
    prefix: String,
    scopes: String,
    created_at: OffsetDateTime,
    expires_at: Option<OffsetDateTime>,
    last_used_at: Option<OffsetDateTime>,
    revoked_at: Option<OffsetDateTime>,
}

impl From<TokenRow> for ApiToken {
    fn from(r: TokenRow) -> Self {
        ApiToken {
            id: r.id,
            name: r.name,
            prefix: r.prefix,
            scopes: r
                .scopes
                .split_whitespace()
                .filter_map(ApiScope::parse)
                .collect(),
            created_at: r.created_at,
            expires_at: r.expires_at,
            last_used_at: r.last_used_at,
            revoked_at: r.revoked_at,
        }
    }
}

#[derive(sqlx::FromRow)]
struct CallerRow {
    id: i64,
    user_id: i64,
    scopes: String,
    name: String,
    email: String,
    locale: String,
    organization_id: Option<i64>,
    last_used_at: Option<OffsetDateTime>,
}

/// Tokens start with this, so leaked ones are easy to find in logs and code.
pub const TOKEN_PREFIX: &str = "wsis_";

impl Portal {
    /// Creates a token for the signed-in account; returns it with its
    /// secret, which is not stored and cannot be shown again.
    pub async fn create_api_token(
        &self,
        actor: &CurrentUser,
        form: &ApiTokenForm,
        meta: &RequestMeta,
    ) -> AppResult<(ApiToken, String)> {
        let mut e = FieldErrors::default();
        let name = e.check("name", single_line(&form.name, 1, 80));
        let scopes: Vec<ApiScope> = ApiScope::ALL
            .into_iter()
            .filter(|s| form.scopes.iter().any(|c| c == s.code()))
            .collect();
        if scopes.is_empty() || form.scopes.iter().any(|c| ApiScope::parse(c).is_none()) {
            e.push("scopes", "choose-at-least-one");
        }
        let days = if form.days.trim().is_empty() {
            None
        } else {
            crate::services::editions::parse_number(&mut e, "days", &form.days, 1, 366)
        };
        e.into_result()?;
        let Some(name) = name else {
            return Err(AppError::field("name", "required"));
        };
        let secret = SecretToken::generate();
        let token = format!("{TOKEN_PREFIX}{}", secret.token);
        let hash = hash_token(&token);
        let prefix: String = token.chars().take(TOKEN_PREFIX.len() + 6).collect();
        let now = self.clock.now();
        let expires = days.map(|d| now + Duration::days(d));
        let codes = scopes
            .iter()
            .map(|s| s.code())
            .collect::<Vec<_>>()
            .join(" ");
        let id: i64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO api_tokens (user_id, name, token_hash, prefix, scopes, \
                     created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(actor.id.0)
                .bind(&name)
                .bind(&hash)
                .bind(&prefix)
                .bind(&codes)
                .bind(now)
                .bind(expires)
                .fetch_one(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "api.token.create",
                        target_kind: "api_token",
                        target: id.to_string(),
                        before: None,
                        after: Some(json!({"name": name, "scopes": codes, "days": days})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await?;
                Ok::<_, sqlx::Error>(id)
            }
            .await
        })?;
        let made = ApiToken {
            id,
            name,
            prefix,
            scopes,
            created_at: now,
            expires_at: expires,
            last_used_at: None,
            revoked_at: None,
        };
        Ok((made, token))
    }

    /// The signed-in account's tokens, newest first.
    pub async fn api_tokens(&self, actor: &CurrentUser) -> AppResult<Vec<ApiToken>> {
        let rows: Vec<TokenRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, name, prefix, scopes, created_at, expires_at, last_used_at, \
                 revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id DESC",
            )
            .bind(actor.id.0)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows.into_iter().map(ApiToken::from).collect())
    }

    /// Revokes one of the signed-in account's tokens.
    pub async fn revoke_api_token(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let now = self.clock.now();
        let n: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND \
                     revoked_at IS NULL",
                )
                .bind(id)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "api.token.revoke",
                            target_kind: "api_token",
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
            .await
        })?;
        if n == 1 {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    /// The caller behind a presented token; `Unauthenticated` when it is
    /// unknown, revoked, expired, or its account is deactivated.
    pub async fn api_caller(&self, token: &str) -> AppResult<ApiCaller> {
        if !token.starts_with(TOKEN_PREFIX) || token.len() > 100 {
            return Err(AppError::Unauthenticated);
        }
        let hash = hash_token(token);
        let now = self.clock.now();
        let row: Option<CallerRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT t.id, t.user_id, t.scopes, u.name, u.email, u.locale, u.organization_id, \
                 t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE \
                 t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR \
                 t.expires_at > $2) AND u.is_active = TRUE",
            )
            .bind(&hash)
            .bind(now)
            .fetch_optional(pool)
            .await
        })?;
        let row = row.ok_or(AppError::Unauthenticated)?;
        // Written at most once a minute: a busy script should not turn every
        // read into a write.
        if row
            .last_used_at
            .is_none_or(|t| now - t > Duration::minutes(1))
        {
            crate::dispatch!(&self.db, |pool| sqlx::query(
                "UPDATE api_tokens SET last_used_at = $2 WHERE id = $1"
            )
            .bind(row.id)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ()))?;
        }
        let user = UserId(row.user_id);
        Ok(ApiCaller {
            user: CurrentUser {
                id: user,
                name: row.name,
                email: row.email,
                locale: Locale::from_tag(&row.locale).unwrap_or_default(),
                organization_id: row.organization_id.map(OrganizationId),
                roles: self.roles_of(user).await?,
            },
            scopes: row
                .scopes
                .split_whitespace()
                .filter_map(ApiScope::parse)
                .collect(),
            token_id: row.id,
        })
    }
}
