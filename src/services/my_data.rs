//! "Download my data": everything the portal holds about the signed-in
//! account, as one JSON document (data-protection access requests). It
//! contains the account itself, roles, organization, the proposals that
//! concern the person (the ones they created, and the ones they co-organize
//! as the partner's contact), the reviews they wrote with their scores, the
//! panels they are named on, their API tokens (never the secrets), the
//! e-mails sent to them and the audit events they caused.
//!
//! It is about one person, not their organization: a colleague's proposal
//! is not in it, even though both may open it. A proposal appears as the
//! person may read it today on its page (its author always may); one the
//! page would refuse them (a co-organizer whose access ended) appears by
//! code and title only, so the file never shows other people's contact data
//! the person could not see.

use super::Portal;
use super::sessions::CurrentUser;
use crate::error::AppResult;
use serde_json::{Value, json};
use time::OffsetDateTime;

#[derive(sqlx::FromRow)]
struct AccountRow {
    email: String,
    name: String,
    locale: String,
    email_verified_at: Option<OffsetDateTime>,
    created_at: OffsetDateTime,
    organization: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ReviewRow {
    id: i64,
    code: String,
    confidence: i64,
    recommendation: String,
    comment: String,
    state: String,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
}

impl Portal {
    /// Code, title and the person's relation to each proposal that concerns
    /// them personally, in every edition: `author` (they created it) or
    /// `co-organizer` (they accepted the invitation as a partner's contact).
    async fn proposals_concerning(
        &self,
        actor: &CurrentUser,
    ) -> AppResult<Vec<(String, String, &'static str)>> {
        let rows: Vec<(String, String, bool)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
            "SELECT p.code, p.title, p.created_by = $1 FROM proposals p WHERE p.created_by = $1 \
             OR EXISTS (SELECT 1 FROM proposal_coorganizers c WHERE c.proposal_id = p.id AND \
             c.user_id = $1 AND c.status = 'accepted') ORDER BY p.id",
        )
        .bind(actor.id.0)
        .fetch_all(pool)
        .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(code, title, authored)| {
                let relation = if authored { "author" } else { "co-organizer" };
                (code, title, relation)
            })
            .collect())
    }

    /// The signed-in account's data (see the module comment).
    pub async fn my_data(&self, actor: &CurrentUser) -> AppResult<Value> {
        let id = actor.id.0;
        let email = actor.email.to_lowercase();
        let (account, reviews, scores, panels) = crate::dispatch!(&self.db, |pool| {
            async {
                let account: AccountRow = sqlx::query_as(
                    "SELECT u.email, u.name, u.locale, u.email_verified_at, u.created_at, o.name \
                     AS organization FROM users u LEFT JOIN organizations o ON o.id = \
                     u.organization_id WHERE u.id = $1",
                )
                .bind(id)
                .fetch_one(pool)
                .await?;
                let reviews: Vec<ReviewRow> = sqlx::query_as(
                    "SELECT r.id, p.code, r.confidence, r.recommendation, r.comment, r.state, \
                     r.created_at, r.updated_at FROM reviews r JOIN proposals p ON p.id = \
                     r.proposal_id WHERE r.reviewer_id = $1 ORDER BY r.id",
                )
                .bind(id)
                .fetch_all(pool)
                .await?;
                let scores: Vec<(i64, i64, i64, String)> = sqlx::query_as(
                    "SELECT s.review_id, s.criterion_id, s.score, s.note FROM review_scores s \
                     JOIN reviews r ON r.id = s.review_id WHERE r.reviewer_id = $1 ORDER BY \
                     s.review_id, s.criterion_id",
                )
                .bind(id)
                .fetch_all(pool)
                .await?;
                let panels: Vec<(String, String, String, String)> = sqlx::query_as(
                    "SELECT p.code, s.role, s.name, s.organization FROM proposal_speakers s JOIN \
                     proposals p ON p.id = s.proposal_id WHERE lower(s.email) = $1 ORDER BY \
                     p.code",
                )
                .bind(&email)
                .fetch_all(pool)
                .await?;
                Ok::<_, sqlx::Error>((account, reviews, scores, panels))
            }
            .await
        })?;
        let mut proposals = Vec::new();
        for (code, title, relation) in self.proposals_concerning(actor).await? {
            let mut entry = match self.proposal(actor, &code).await {
                Ok(view) => serde_json::to_value(view).unwrap_or(Value::Null),
                Err(crate::AppError::NotFound | crate::AppError::Forbidden) => {
                    json!({"code": code, "title": title})
                }
                Err(e) => return Err(e),
            };
            if let Value::Object(fields) = &mut entry {
                fields.insert("my_relation".into(), json!(relation));
            }
            proposals.push(entry);
        }
        let reviews: Vec<Value> = reviews
            .into_iter()
            .map(|r| {
                let own: Vec<Value> = scores
                    .iter()
                    .filter(|s| s.0 == r.id)
                    .map(|s| json!({"criterion": s.1, "score": s.2, "note": s.3}))
                    .collect();
                json!({
                    "proposal": r.code,
                    "confidence": r.confidence,
                    "recommendation": r.recommendation,
                    "comment": r.comment,
                    "state": r.state,
                    "created_at": r.created_at,
                    "updated_at": r.updated_at,
                    "scores": own,
                })
            })
            .collect();
        let emails: Vec<Value> = self
            .outbox(Some(&email), 1000)
            .await?
            .into_iter()
            .map(|m| {
                json!({
                    "written": m.created_at,
                    "subject": m.subject,
                    "body": m.body_text,
                    "status": m.status,
                })
            })
            .collect();
        let audit = self.recent_audit(Some(actor.id), 1000).await?;
        Ok(json!({
            "exported_at": self.clock.now(),
            "account": { "name": account.name, "email": account.email, "language": account.locale, "email_confirmed_at": account.email_verified_at, "registered_at": account.created_at, "organization": account.organization, "roles": actor.roles.iter().map(|r| r.code()).collect::<Vec<_>>(), },
            "proposals": proposals,
            "reviews": reviews,
            "speaker_profile": self.profile_export(&email).await?,
            "panels": panels.into_iter().map(|(code, role, name, org)| json!({ "proposal": code, "role": role, "name": name, "organization": org, })).collect::<Vec<_>>(),
            "api_tokens": self.api_tokens(actor).await?,
            "starred_sessions": self.stars(actor).await?,
            "calendar_feed": self.calendar_feed(actor).await?.is_some(),
            "emails": emails,
            "activity": audit,
        }))
    }
}
