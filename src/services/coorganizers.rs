//! Co-organizers: a proposal's owners invite another organization by e-mail;
//! the person who accepts (signed in) may then read and edit the proposal
//! like its owners.

use super::{CurrentUser, Portal, RequestMeta};
use crate::auth::{SecretToken, hash_token};
use crate::domain::{Country, Email, StakeholderType};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use crate::services::Audit;
use crate::validation::{FieldErrors, single_line};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// How long a co-organizer invitation can be answered.
pub const INVITATION_LIFETIME: time::Duration = time::Duration::days(30);

/// A co-organizing organization as the proposal page lists it.
#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Coorganizer {
    /// Row id.
    pub id: i64,
    /// Invited address.
    pub email: String,
    /// Organization name.
    pub organization: String,
    /// Stakeholder type code.
    pub stakeholder_type: String,
    /// ISO country code.
    pub country_code: String,
    /// `invited`, `accepted` or `declined`.
    pub status: String,
}

/// The invitation form as typed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CoorganizerForm {
    /// Contact person's address.
    #[serde(default)]
    pub email: String,
    /// Organization name.
    #[serde(default)]
    pub organization: String,
    /// Stakeholder type code.
    #[serde(default)]
    pub stakeholder_type: String,
    /// ISO country code.
    #[serde(default)]
    pub country: String,
}

/// What the invited person sees.
#[derive(Debug, Clone, Serialize)]
pub struct CoorganizerInvitation {
    /// Proposal code.
    pub code: String,
    /// Proposal title.
    pub title: String,
    /// The inviting (lead) organization.
    pub lead: String,
    /// The invited organization.
    pub organization: String,
    /// Current answer.
    pub status: String,
}

impl Portal {
    /// Invites a co-organizer. Only the proposal's owners, while it is editable.
    pub async fn invite_coorganizer(
        &self,
        actor: &CurrentUser,
        code: &str,
        form: &CoorganizerForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let p = self.proposal(actor, code).await?;
        if !p.can_edit {
            return Err(if actor.is_staff() {
                AppError::Forbidden
            } else {
                AppError::Conflict(ConflictCode::NotEditable)
            });
        }
        let mut e = FieldErrors::default();
        let email = e.check("co_email", Email::parse(&form.email));
        let organization = e.check("co_organization", single_line(&form.organization, 2, 200));
        let kind = e.check(
            "co_stakeholder_type",
            StakeholderType::parse(&form.stakeholder_type),
        );
        let country = e.check("co_country", Country::parse(&form.country));
        let (Some(email), Some(organization), Some(kind), Some(country)) =
            (email, organization, kind, country)
        else {
            return Err(AppError::Validation(e));
        };
        if p.coorganizers.iter().any(|c| c.email == email.as_str()) {
            return Err(AppError::field("co_email", "coorganizer-already-invited"));
        }
        let token = SecretToken::generate();
        let mail = compose(
            actor.locale,
            "coorganizer-invitation",
            &[
                ("lead", p.organization.clone()),
                ("title", p.form.title.clone()),
                ("code", p.code.clone()),
                ("organization", organization.clone()),
                (
                    "link",
                    self.link(&format!("/coorganize?token={}", token.token)),
                ),
            ],
        );
        let now = self.clock.now();
        let id = self.proposal_id(&p.code).await?;
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO proposal_coorganizers (proposal_id, email, organization, \
                     stakeholder_type, country_code, token_hash, status, invited_by, invited_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, 'invited', $7, $8)",
                )
                .bind(id)
                .bind(email.as_str())
                .bind(&organization)
                .bind(kind.code())
                .bind(&country.code)
                .bind(&token.hash)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::enqueue_email!(
                    &mut *tx,
                    now,
                    email.as_str(),
                    &organization,
                    actor.locale.tag(),
                    "coorganizer-invitation",
                    &mail.subject,
                    &mail.body
                )?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "proposal.invite-coorganizer",
                        target_kind: "proposal",
                        target: p.code.to_string(),
                        before: None,
                        after: Some(json!({"email": email.as_str(), "organization": organization})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Withdraws an invitation or removes a co-organizer. Owners only.
    pub async fn remove_coorganizer(
        &self,
        actor: &CurrentUser,
        code: &str,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let p = self.proposal(actor, code).await?;
        if !p.can_edit {
            return Err(AppError::Conflict(ConflictCode::NotEditable));
        }
        let proposal_id = self.proposal_id(&p.code).await?;
        let now = self.clock.now();
        let removed = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let n =
                sqlx::query("DELETE FROM proposal_coorganizers WHERE id = $1 AND proposal_id = $2")
                    .bind(id)
                    .bind(proposal_id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            if n == 1 {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "proposal.remove-coorganizer",
                        target_kind: "proposal",
                        target: p.code.to_string(),
                        before: Some(json!({"coorganizer": id})),
                        after: None,
                        client_addr: &meta.client_addr
                    }
                )?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(n)
        }
        .await)?;
        if removed == 1 {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    /// The co-organizers of a proposal (by row id).
    pub(crate) async fn coorganizers_of(&self, proposal_id: i64) -> AppResult<Vec<Coorganizer>> {
        let rows = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as::<_, Coorganizer>(
                "SELECT id, email, organization, stakeholder_type, country_code, status FROM \
                 proposal_coorganizers WHERE proposal_id = $1 ORDER BY id",
            )
            .bind(proposal_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// The invitation behind a link.
    pub async fn coorganizer_invitation(&self, token: &str) -> AppResult<CoorganizerInvitation> {
        let hash = hash_token(token.trim());
        let row: Option<(String, String, String, String, String)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT p.code, p.title, o.name, c.organization, c.status FROM \
                     proposal_coorganizers c JOIN proposals p ON p.id = c.proposal_id JOIN \
                     organizations o ON o.id = p.organization_id WHERE c.token_hash = $1 AND \
                     p.status <> 'withdrawn'",
                )
                .bind(&hash)
                .fetch_optional(pool)
                .await
            })?;
        let (code, title, lead, organization, status) =
            row.ok_or(AppError::Conflict(ConflictCode::TokenInvalid))?;
        Ok(CoorganizerInvitation {
            code,
            title,
            lead,
            organization,
            status,
        })
    }

    /// Accepts (binding the invitation to the signed-in user) or declines.
    /// Returns the proposal code.
    pub async fn answer_coorganizer(
        &self,
        actor: &CurrentUser,
        token: &str,
        accept: bool,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        let invitation = self.coorganizer_invitation(token).await?;
        let hash = hash_token(token.trim());
        let now = self.clock.now();
        let status = if accept { "accepted" } else { "declined" };
        let user = accept.then_some(actor.id.0);
        // A link answers once, within its lifetime: a forwarded or leaked
        // link cannot make a second account co-organizer, nor undo an answer.
        let oldest = now - INVITATION_LIFETIME;
        let answered: u64 = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let n = sqlx::query(
                "UPDATE proposal_coorganizers SET status = $2, user_id = $3, answered_at = $4 \
                 WHERE token_hash = $1 AND status = 'invited' AND invited_at > $5",
            )
            .bind(&hash)
            .bind(status)
            .bind(user)
            .bind(now)
            .bind(oldest)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 1 {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: &format!("proposal.coorganizer-{status}"),
                        target_kind: "proposal",
                        target: invitation.code.to_string(),
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
        if answered == 0 {
            return Err(AppError::Conflict(ConflictCode::TokenInvalid));
        }
        Ok(invitation.code)
    }
}
