//! Organization profiles. Registration creates one; its members edit it and
//! approve requests from others to join. A member sees and edits the
//! organization's proposals, so joining always needs a member's approval.

use super::{CurrentUser, Portal, RequestMeta};
use crate::domain::{Country, OrganizationId, StakeholderType, UserId};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use crate::services::Audit;
use crate::validation::{FieldErrors, single_line};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::OffsetDateTime;

/// An organization profile with its members and pending join requests.
#[derive(Debug, Clone, Serialize)]
pub struct OrganizationProfile {
    /// Row id.
    pub id: OrganizationId,
    /// Name.
    pub name: String,
    /// Stakeholder type code.
    pub stakeholder_type: String,
    /// ISO country code (its ITU region follows from it).
    pub country_code: String,
    /// Website, if any.
    pub website: Option<String>,
    /// Optimistic-concurrency version.
    pub version: i64,
    /// Members: name and e-mail.
    pub members: Vec<(String, String)>,
    /// Pending requests to join.
    pub requests: Vec<JoinRequest>,
}

/// Someone asking to join an organization.
#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct JoinRequest {
    /// Request id.
    pub id: i64,
    /// Their name.
    pub name: String,
    /// Their e-mail.
    pub email: String,
    /// When they asked.
    pub created_at: OffsetDateTime,
}

/// A search result.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct OrganizationHit {
    /// Row id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// ISO country code.
    pub country_code: String,
    /// Stakeholder type code.
    pub stakeholder_type: String,
}

/// The profile form as typed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OrganizationForm {
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Stakeholder type code.
    #[serde(default)]
    pub stakeholder_type: String,
    /// ISO country code.
    #[serde(default)]
    pub country: String,
    /// Website (optional, http or https).
    #[serde(default)]
    pub website: String,
    /// Version the form was loaded with.
    #[serde(default)]
    pub version: i64,
}

/// The website, `None` when left empty or invalid (the error is recorded).
fn parse_website(e: &mut FieldErrors, v: &str) -> Option<String> {
    e.check("website", crate::validation::web_address(v, 300))
        .filter(|w| !w.is_empty())
}

impl Portal {
    /// The actor's organization profile.
    pub async fn organization_profile(
        &self,
        actor: &CurrentUser,
    ) -> AppResult<OrganizationProfile> {
        let org = actor
            .organization_id
            .ok_or(AppError::Conflict(ConflictCode::NoOrganization))?;
        let row: Option<(String, String, String, Option<String>, i64)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT name, stakeholder_type, country_code, website, version FROM \
                     organizations WHERE id = $1",
                )
                .bind(org.0)
                .fetch_optional(pool)
                .await
            })?;
        let (name, stakeholder_type, country_code, website, version) =
            row.ok_or(AppError::NotFound)?;
        let members: Vec<(String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT name, email FROM users WHERE organization_id = $1 AND is_active = TRUE \
                 ORDER BY name",
            )
            .bind(org.0)
            .fetch_all(pool)
            .await
        })?;
        let requests: Vec<JoinRequest> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT r.id, u.name, u.email, r.created_at FROM organization_join_requests r \
                 JOIN users u ON u.id = r.user_id WHERE r.organization_id = $1 AND r.status = \
                 'pending' ORDER BY r.id",
            )
            .bind(org.0)
            .fetch_all(pool)
            .await
        })?;
        Ok(OrganizationProfile {
            id: org,
            name,
            stakeholder_type,
            country_code,
            website,
            version,
            members,
            requests,
        })
    }

    /// Changes the actor's organization profile. Members only.
    pub async fn update_organization(
        &self,
        actor: &CurrentUser,
        form: &OrganizationForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let org = actor
            .organization_id
            .ok_or(AppError::Conflict(ConflictCode::NoOrganization))?;
        let mut e = FieldErrors::default();
        let name = e.check("name", single_line(&form.name, 2, 200));
        let kind = e.check(
            "stakeholder_type",
            StakeholderType::parse(&form.stakeholder_type),
        );
        let country = e.check("country", Country::parse(&form.country));
        let website = parse_website(&mut e, &form.website);
        let (Some(name), Some(kind), Some(country)) = (name, kind, country) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let now = self.clock.now();
        let key = name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let n: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE organizations SET name = $3, name_key = $4, stakeholder_type = $5, \
                     country_code = $6, website = $7, updated_at = $8, version = version + 1 \
                     WHERE id = $1 AND version = $2",
                )
                .bind(org.0)
                .bind(form.version)
                .bind(&name)
                .bind(&key)
                .bind(kind.code())
                .bind(&country.code)
                .bind(&website)
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
                            action: "organization.update",
                            target_kind: "organization",
                            target: org.to_string(),
                            before: None,
                            after: Some(
                                json!({"name": name, "country": country.code, "website": website})
                            ),
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
            Err(AppError::Conflict(ConflictCode::StaleVersion))
        }
    }

    /// Organizations whose name contains `q` (two characters at least).
    pub async fn search_organizations(&self, q: &str) -> AppResult<Vec<OrganizationHit>> {
        // LIKE wildcards are removed before anything else, so `%%` is no
        // way to list every organization.
        let q: String = q
            .chars()
            .filter(|c| !matches!(c, '%' | '_' | '\\'))
            .collect();
        let q = q
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if q.chars().count() < 2 {
            return Ok(Vec::new());
        }
        let pattern = format!("%{q}%");
        let rows = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as::<_, OrganizationHit>(
                "SELECT id, name, country_code, stakeholder_type FROM organizations WHERE \
                 name_key LIKE $1 ORDER BY name LIMIT 20",
            )
            .bind(&pattern)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// Asks to join an organization; its members are told by e-mail.
    pub async fn request_to_join(
        &self,
        actor: &CurrentUser,
        organization: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        if actor.organization_id.map(|o| o.0) == Some(organization) {
            return Err(AppError::Conflict(ConflictCode::AlreadyMember));
        }
        let name: Option<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT name FROM organizations WHERE id = $1",
        )
        .bind(organization)
        .fetch_optional(pool)
        .await)?;
        let org_name = name.ok_or(AppError::NotFound)?;
        let members: Vec<(String, String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT name, email, locale FROM users WHERE organization_id = $1 AND is_active \
                 = TRUE",
            )
            .bind(organization)
            .fetch_all(pool)
            .await
        })?;
        let now = self.clock.now();
        let link = self.link("/organization");
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let pending: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM organization_join_requests WHERE organization_id = $1 AND \
                     user_id = $2 AND status = 'pending'",
                )
                .bind(organization)
                .bind(actor.id.0)
                .fetch_optional(&mut *tx)
                .await?;
                if pending.is_some() {
                    return Err(AppError::Conflict(ConflictCode::JoinAlreadyRequested));
                }
                sqlx::query(
                    "INSERT INTO organization_join_requests (organization_id, user_id, status, \
                     created_at) VALUES ($1, $2, 'pending', $3)",
                )
                .bind(organization)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                for (name, email, locale) in &members {
                    let locale = crate::domain::Locale::from_tag(locale).unwrap_or_default();
                    let mail = compose(
                        locale,
                        "join-request",
                        &[
                            ("name", name.clone()),
                            ("requester", actor.name.clone()),
                            ("email", actor.email.clone()),
                            ("organization", org_name.clone()),
                            ("link", link.clone()),
                        ],
                    );
                    crate::enqueue_email!(
                        &mut *tx,
                        now,
                        email,
                        name,
                        locale.tag(),
                        "join-request",
                        &mail.subject,
                        &mail.body
                    )?;
                }
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "organization.request-join",
                        target_kind: "organization",
                        target: organization.to_string(),
                        before: None,
                        after: None,
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await?;
                Ok(())
            }
            .await
        })
    }

    /// Approves or declines a join request. Members of that organization only.
    pub async fn answer_join_request(
        &self,
        actor: &CurrentUser,
        request: i64,
        approve: bool,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let org = actor.organization_id.ok_or(AppError::NotFound)?;
        let row: Option<i64> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT user_id FROM organization_join_requests WHERE id = $1 AND \
                 organization_id = $2 AND status = 'pending'",
            )
            .bind(request)
            .bind(org.0)
            .fetch_optional(pool)
            .await
        })?;
        // Someone else's request, or already answered: nothing to see here.
        let user = row.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let status = if approve { "approved" } else { "declined" };
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "UPDATE organization_join_requests SET status = $2, answered_by = $3, \
                     answered_at = $4 WHERE id = $1",
                )
                .bind(request)
                .bind(status)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                if approve {
                    sqlx::query(
                        "UPDATE users SET organization_id = $2, updated_at = $3, version = \
                         version + 1 WHERE id = $1",
                    )
                    .bind(user)
                    .bind(org.0)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: &format!("organization.join-{status}"),
                        target_kind: "user",
                        target: (UserId(user)).to_string(),
                        before: None,
                        after: Some(json!({"organization": org.0})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn websites_must_be_web_addresses() {
        let mut e = FieldErrors::default();
        assert_eq!(
            parse_website(&mut e, " https://www.itu.int "),
            Some("https://www.itu.int".into())
        );
        assert_eq!(parse_website(&mut e, ""), None);
        assert!(e.is_empty());
        for bad in [
            "javascript:alert(1)",
            "www.itu.int",
            "https://x",
            "https://a b.org",
        ] {
            let mut e = FieldErrors::default();
            assert_eq!(parse_website(&mut e, bad), None, "{bad}");
            assert_eq!(e.get("website").unwrap().code, "url-invalid");
        }
    }
}
