//! Panelists confirm (or decline) their part in a proposal from an e-mailed
//! link. The link is the credential: no account is needed. Invitations go out
//! when a proposal is submitted, and to panelists added later.

use super::{Portal, RequestMeta};
use crate::auth::{SecretToken, hash_token};
use crate::domain::proposal::ProposalForm;
use crate::domain::{Locale, UserId};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use crate::services::Audit;
use serde::Serialize;
use std::collections::HashMap;

/// What a panelist sees when opening their link.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerInvitation {
    /// Proposal code.
    pub code: String,
    /// Proposal title.
    pub title: String,
    /// Lead organization.
    pub organization: String,
    /// The panelist's name as the proposer typed it.
    pub name: String,
    /// `moderator` or `speaker`.
    pub role: String,
    /// `confirmed`, `declined`, or none yet.
    pub answer: Option<String>,
}

/// An invitation to send: the address, the composed e-mail and its token.
pub(crate) struct PendingInvitation {
    pub email: String,
    pub name: String,
    pub token: SecretToken,
    pub subject: String,
    pub body: String,
}

impl Portal {
    /// Prepares one invitation per panelist (the transaction inserts those
    /// not invited before and sends only those).
    pub(crate) fn prepare_invitations(
        &self,
        form: &ProposalForm,
        code: &str,
        organization: &str,
        locale: Locale,
    ) -> Vec<PendingInvitation> {
        form.speakers
            .iter()
            .map(|s| {
                let token = SecretToken::generate();
                let role = if s.role == "moderator" {
                    "moderator"
                } else {
                    "speaker"
                };
                let mail = compose(
                    locale,
                    "speaker-invitation",
                    &[
                        ("name", s.name.trim().to_owned()),
                        (
                            "role",
                            crate::i18n::tr(locale, &format!("panel-role-{role}")),
                        ),
                        ("title", form.title.clone()),
                        ("code", code.to_owned()),
                        ("organization", organization.to_owned()),
                        (
                            "link",
                            self.link(&format!("/speakers/confirm?token={}", token.token)),
                        ),
                    ],
                );
                PendingInvitation {
                    email: s.email.trim().to_lowercase(),
                    name: s.name.trim().to_owned(),
                    token,
                    subject: mail.subject,
                    body: mail.body,
                }
            })
            .collect()
    }

    pub(crate) async fn invitation_row(
        &self,
        token: &str,
    ) -> AppResult<(i64, i64, String, Option<String>)> {
        let hash = hash_token(token.trim());
        let row: Option<(i64, i64, String, Option<String>)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, proposal_id, email, answer FROM speaker_confirmations WHERE \
                 token_hash = $1",
            )
            .bind(&hash)
            .fetch_optional(pool)
            .await
        })?;
        row.ok_or(AppError::Conflict(ConflictCode::TokenInvalid))
    }

    /// The invitation behind a link.
    pub async fn speaker_invitation(&self, token: &str) -> AppResult<SpeakerInvitation> {
        let (_, proposal_id, email, answer) = self.invitation_row(token).await?;
        let row: Option<(String, String, String, String, String)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT p.code, p.title, o.name, s.name, s.role FROM proposals p JOIN \
                 organizations o ON o.id = p.organization_id JOIN proposal_speakers s ON \
                 s.proposal_id = p.id AND s.email = $2 WHERE p.id = $1 AND p.status <> \
                 'withdrawn'",
            )
            .bind(proposal_id)
            .bind(&email)
            .fetch_optional(pool)
            .await)?;
        // Removed from the panel, or the proposal was withdrawn: the link is spent.
        let (code, title, organization, name, role) =
            row.ok_or(AppError::Conflict(ConflictCode::TokenInvalid))?;
        Ok(SpeakerInvitation {
            code,
            title,
            organization,
            name,
            role,
            answer,
        })
    }

    /// Records a panelist's answer; they may change it later with the same link.
    pub async fn answer_invitation(
        &self,
        token: &str,
        confirm: bool,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let invitation = self.speaker_invitation(token).await?;
        let (id, _, email, _) = self.invitation_row(token).await?;
        let now = self.clock.now();
        let answer = if confirm { "confirmed" } else { "declined" };
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "UPDATE speaker_confirmations SET answer = $2, answered_at = $3 WHERE id = $1",
            )
            .bind(id)
            .bind(answer)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor: None::<UserId>,
                    action: &format!("speaker.{answer}"),
                    target_kind: "proposal",
                    target: invitation.code.to_string(),
                    before: None,
                    after: Some(serde_json::json!({"email": email})),
                    client_addr: &meta.client_addr
                }
            )?;
            tx.commit().await
        }
        .await)?;
        Ok(())
    }

    /// Answers per panelist address of a proposal.
    pub(crate) async fn panel_answers(
        &self,
        proposal_id: i64,
    ) -> AppResult<HashMap<String, String>> {
        let rows: Vec<(String, Option<String>)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT email, answer FROM speaker_confirmations WHERE proposal_id = $1",
            )
            .bind(proposal_id)
            .fetch_all(pool)
            .await)?;
        Ok(rows
            .into_iter()
            .map(|(email, answer)| (email, answer.unwrap_or_else(|| "invited".into())))
            .collect())
    }
}
