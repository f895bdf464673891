//! People administration (admins): find accounts, invite staff by e-mail,
//! change roles, deactivate and reactivate. Every change is audited.
//!
//! Rules in plain words:
//! - Only admins see and change people.
//! - Inviting an address that has an account adds the role; otherwise an
//!   account is made (the address counts as confirmed, since the admin
//!   vouches for it) and an e-mail with a link to choose a password is sent,
//!   valid for seven days.
//! - Nobody removes their own admin role or deactivates themselves, so the
//!   portal always keeps an admin.
//! - A deactivated account is signed out everywhere at once; its API
//!   tokens stop working.

use super::sessions::CurrentUser;
use super::{Portal, RequestMeta};
use crate::auth::SecretToken;
use crate::domain::{Email, PersonName, Role, UserId};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use crate::services::Audit;
use crate::validation::FieldErrors;
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::HashMap;
use time::{Duration, OffsetDateTime};

/// Roles the people page grants and withdraws directly (facilitators are
/// appointed per Action Line, on invitation or in the review setup).
pub const MANAGED_ROLES: [Role; 4] = [Role::Speaker, Role::Reviewer, Role::Organizer, Role::Admin];

/// Roles an invitation may give.
pub const INVITE_ROLES: [Role; 4] = [
    Role::Reviewer,
    Role::Facilitator,
    Role::Organizer,
    Role::Admin,
];

/// People per page.
pub const PEOPLE_PAGE: i64 = 50;

/// One account as admins see it.
#[derive(Debug, Clone, Serialize)]
pub struct PersonRow {
    /// Id.
    pub id: UserId,
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Organization, if any.
    pub organization: Option<String>,
    /// Roles, with the Action Line of facilitator grants (`facilitator C7`).
    pub roles: Vec<(Role, String)>,
    /// Whether it may sign in.
    pub is_active: bool,
    /// Registered.
    pub created_at: OffsetDateTime,
}

/// Filters of the people list.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct PeopleFilter {
    /// Words in the name, address or organization.
    #[serde(default)]
    pub q: String,
    /// Role code.
    #[serde(default)]
    pub role: String,
    /// Page, from 1.
    #[serde(default)]
    pub page: Option<i64>,
}

/// The invitation form.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct InviteForm {
    /// Address.
    #[serde(default)]
    pub email: String,
    /// Name (used when a new account is made).
    #[serde(default)]
    pub name: String,
    /// Role code.
    #[serde(default)]
    pub role: String,
    /// Action Line, for facilitators.
    #[serde(default)]
    pub line: String,
}

/// What an invitation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteOutcome {
    /// The account existed; the role was added.
    RoleAdded,
    /// A new account was made and the invitation e-mailed.
    Invited,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    name: String,
    email: String,
    organization: Option<String>,
    is_active: bool,
    created_at: OffsetDateTime,
}

const INVITE: &str = "staff-invitation";

impl Portal {
    /// A page of people matching `f`, and how many match in all.
    pub async fn people(
        &self,
        actor: &CurrentUser,
        f: &PeopleFilter,
    ) -> AppResult<(Vec<PersonRow>, i64)> {
        actor.require_any(&[Role::Admin])?;
        let q = format!(
            "%{}%",
            f.q.trim()
                .to_lowercase()
                .chars()
                .take(100)
                .collect::<String>()
        );
        let role = Role::from_code(f.role.trim())
            .map(|r| r.code())
            .unwrap_or("");
        let page = f.page.unwrap_or(1).clamp(1, 100_000);
        let filter = "FROM users u LEFT JOIN organizations o ON o.id = u.organization_id WHERE \
            (lower(u.name) LIKE $1 OR lower(u.email) LIKE $1 OR lower(COALESCE(o.name, '')) LIKE \
            $1) AND ($2 = '' OR EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND \
            g.role = $2))";
        let (rows, total, grants) = crate::dispatch!(&self.db, |pool| {
            async {
                let rows: Vec<Row> = sqlx::query_as(&format!(
                    "SELECT u.id, u.name, u.email, o.name AS organization, u.is_active, \
                     u.created_at {filter} ORDER BY lower(u.name), u.id LIMIT $3 OFFSET $4",
                ))
                .bind(&q)
                .bind(role)
                .bind(PEOPLE_PAGE)
                .bind((page - 1) * PEOPLE_PAGE)
                .fetch_all(pool)
                .await?;
                let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {filter}"))
                    .bind(&q)
                    .bind(role)
                    .fetch_one(pool)
                    .await?;
                let grants: Vec<(i64, String, String)> = sqlx::query_as(&format!(
                    "SELECT g.user_id, g.role, g.scope FROM role_grants g WHERE g.user_id IN \
                     (SELECT u.id {filter} ORDER BY lower(u.name), u.id LIMIT $3 OFFSET $4) \
                     ORDER BY g.role, g.scope",
                ))
                .bind(&q)
                .bind(role)
                .bind(PEOPLE_PAGE)
                .bind((page - 1) * PEOPLE_PAGE)
                .fetch_all(pool)
                .await?;
                Ok::<_, sqlx::Error>((rows, total, grants))
            }
            .await
        })?;
        let mut roles: HashMap<i64, Vec<(Role, String)>> = HashMap::new();
        for (user, code, scope) in grants {
            if let Some(r) = Role::from_code(&code) {
                roles.entry(user).or_default().push((r, scope));
            }
        }
        let people = rows
            .into_iter()
            .map(|r| PersonRow {
                id: UserId(r.id),
                roles: roles.remove(&r.id).unwrap_or_default(),
                name: r.name,
                email: r.email,
                organization: r.organization,
                is_active: r.is_active,
                created_at: r.created_at,
            })
            .collect();
        Ok((people, total))
    }

    /// Invites `form.email` with a role (see the module rules).
    pub async fn invite_person(
        &self,
        actor: &CurrentUser,
        form: &InviteForm,
        meta: &RequestMeta,
    ) -> AppResult<InviteOutcome> {
        actor.require_any(&[Role::Admin])?;
        let mut e = FieldErrors::default();
        let email = e.check("email", Email::parse(&form.email));
        let role = Role::from_code(form.role.trim()).filter(|r| INVITE_ROLES.contains(r));
        if role.is_none() {
            e.push("role", "choose-from-list");
        }
        if role == Some(Role::Facilitator) && form.line.trim().is_empty() {
            e.push("line", "required");
        }
        let existing = match &email {
            Some(m) => self.account_by_email(m.as_str()).await?,
            None => None,
        };
        let name = if existing.is_none() {
            e.check("name", PersonName::parse(&form.name))
        } else {
            None
        };
        e.into_result()?;
        let (Some(email), Some(role)) = (email, role) else {
            return Err(AppError::field("email", "required"));
        };
        let outcome = match existing {
            Some(_) => InviteOutcome::RoleAdded,
            None => {
                let Some(name) = name else {
                    return Err(AppError::field("name", "required"));
                };
                self.create_invited(actor, &email, &name, meta).await?;
                InviteOutcome::Invited
            }
        };
        let account = self
            .account_by_email(email.as_str())
            .await?
            .ok_or(AppError::NotFound)?;
        match role {
            Role::Reviewer | Role::Facilitator => {
                let line = if role == Role::Facilitator {
                    form.line.as_str()
                } else {
                    ""
                };
                self.add_reviewer(actor, email.as_str(), line, meta).await?;
            }
            other => self.grant_role(actor, account.id, other, meta).await?,
        }
        Ok(outcome)
    }

    /// Makes the invited account and queues the e-mail with a link to
    /// choose a password.
    async fn create_invited(
        &self,
        actor: &CurrentUser,
        email: &Email,
        name: &PersonName,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        // A password nobody knows until the invitee chooses one.
        let unusable = SecretToken::generate().token;
        let password = crate::domain::Password::parse(&unusable)
            .map_err(|_| AppError::field("password", "required"))?;
        let hash = self.hasher.hash(&password).await?;
        let token = SecretToken::generate();
        let now = self.clock.now();
        let locale = actor.locale;
        let mail = compose(
            locale,
            INVITE,
            &[
                ("name", name.as_str().to_owned()),
                ("inviter", actor.name.clone()),
                (
                    "link",
                    self.link(&format!("/reset-password?token={}", token.token)),
                ),
            ],
        );
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO users (email, name, password_hash, email_verified_at, locale, \
                     is_active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, TRUE, $4, \
                     $4) RETURNING id",
                )
                .bind(email.as_str())
                .bind(name.as_str())
                .bind(&hash)
                .bind(now)
                .bind(locale.tag())
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO user_tokens (user_id, purpose, token_hash, created_at, \
                     expires_at) VALUES ($1, 'reset-password', $2, $3, $4)",
                )
                .bind(id)
                .bind(&token.hash)
                .bind(now)
                .bind(now + Duration::days(7))
                .execute(&mut *tx)
                .await?;
                crate::enqueue_email!(
                    &mut *tx,
                    now,
                    email.as_str(),
                    name.as_str(),
                    locale.tag(),
                    INVITE,
                    &mail.subject,
                    &mail.body
                )?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "user.invite",
                        target_kind: "user",
                        target: id.to_string(),
                        before: None,
                        after: Some(json!({"email": email.as_str()})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Sets which of [`MANAGED_ROLES`] `user` holds.
    pub async fn set_managed_roles(
        &self,
        actor: &CurrentUser,
        user: UserId,
        roles: &[Role],
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_any(&[Role::Admin])?;
        if actor.id == user && !roles.contains(&Role::Admin) {
            return Err(AppError::Conflict(ConflictCode::CannotRevokeOwnAdmin));
        }
        let held = self.roles_of(user).await?;
        for role in MANAGED_ROLES {
            match (held.contains(&role), roles.contains(&role)) {
                (false, true) => self.grant_role(actor, user, role, meta).await?,
                (true, false) => self.revoke_role(actor, user, role, meta).await?,
                _ => {}
            }
        }
        Ok(())
    }

    /// Deactivates (signing it out everywhere) or reactivates an account.
    pub async fn set_active(
        &self,
        actor: &CurrentUser,
        user: UserId,
        active: bool,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_any(&[Role::Admin])?;
        if actor.id == user {
            return Err(AppError::Conflict(ConflictCode::CannotDeactivateSelf));
        }
        let now = self.clock.now();
        let n: u64 = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let n = sqlx::query("UPDATE users SET is_active = $2, updated_at = $3 WHERE id = $1")
                .bind(user.0)
                .bind(active)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 1 {
                if !active {
                    sqlx::query("DELETE FROM auth_sessions WHERE user_id = $1")
                        .bind(user.0)
                        .execute(&mut *tx)
                        .await?;
                }
                let action = if active {
                    "user.reactivate"
                } else {
                    "user.deactivate"
                };
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action,
                        target_kind: "user",
                        target: user.to_string(),
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
            Err(AppError::NotFound)
        }
    }
}
