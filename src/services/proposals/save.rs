//! Saving a proposal: edits until the deadline (or in a revision phase),
//! submission, and the format's extra questions.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Saves (and with `Submit`, submits) a proposal. `version` is the one the
    /// form was loaded with: if someone saved in between, nothing is
    /// overwritten and `Conflict(ConflictCode::StaleVersion)` is returned. A submitted
    /// proposal stays complete: every later save is checked in full.
    pub async fn save_proposal(
        &self,
        actor: &CurrentUser,
        code: &str,
        form: ProposalForm,
        version: i64,
        intent: SaveIntent,
        meta: &RequestMeta,
    ) -> AppResult<ProposalStatus> {
        let row = self.proposal_row(actor, code).await?;
        if !may_read(actor, &row) {
            return Err(AppError::NotFound);
        }
        let staff_edit = staff_edits(actor, &row);
        if !owns(actor, &row) && !staff_edit {
            return Err(AppError::Forbidden);
        }
        let status = row.status;
        let editable = status.is_editable()
            || (staff_edit
                && !matches!(status, ProposalStatus::Withdrawn | ProposalStatus::Merged));
        if !editable {
            return Err(AppError::Conflict(ConflictCode::NotEditable));
        }
        let edition = self.current_edition().await?;
        let mut form = form.normalized();
        let now = self.clock.now();
        // A review phase may reopen submitted proposals for revision.
        let revision_open =
            status == ProposalStatus::Submitted && self.revision_phase_open().await?;
        if !revision_open && !staff_edit {
            let saved = self
                .effective_deadline(&edition, &row.format_code, row.access_code_id)
                .await?;
            if now >= saved {
                return Err(AppError::Conflict(ConflictCode::DeadlinePassed));
            }
            // Still open in its own format, but not in the one now chosen.
            let chosen = self
                .effective_deadline(&edition, &form.format, row.access_code_id)
                .await?;
            if now >= chosen {
                return Err(AppError::field("format", "format-deadline-passed-switch"));
            }
        }
        let full_check = intent == SaveIntent::Submit || status != ProposalStatus::Draft;
        if !form.format.is_empty() && edition.format(&form.format).is_none_or(|f| !f.is_open) {
            return Err(AppError::field("format", "choose-from-list"));
        }
        // Themes the edition retired stay valid on a proposal that had them.
        let mut themes = Themes::of(&self.taxonomy(edition.id).await?);
        let (kept_lines, kept_sdgs) = self.saved_themes(row.id).await?;
        themes.action_lines.extend(kept_lines);
        themes.sdgs.extend(kept_sdgs);
        if full_check {
            let limits = edition
                .format(&form.format)
                .map(|f| f.panel_limits())
                .unwrap_or(crate::domain::proposal::PanelLimits {
                    min: 1,
                    max: crate::domain::proposal::limits::PANEL_HARD_MAX as u32,
                });
            merge(
                form.check_submission(limits, &themes),
                Self::check_answers(&edition, &mut form, true),
            )?;
        } else {
            merge(
                form.check_draft(&themes),
                Self::check_answers(&edition, &mut form, false),
            )?;
        }
        let submitting = intent == SaveIntent::Submit && status == ProposalStatus::Draft;
        let new_status = if submitting {
            ProposalStatus::Submitted
        } else {
            status
        };
        let receipt = submitting.then(|| {
            compose(
                actor.locale,
                "proposal-received",
                &[
                    ("name", actor.name.clone()),
                    ("code", row.code.clone()),
                    ("title", form.title.clone()),
                    ("link", self.link(&format!("/proposals/{}", row.code))),
                ],
            )
        });
        let invitations = if new_status == ProposalStatus::Submitted {
            self.prepare_invitations(&form, &row.code, &row.organization, actor.locale)
        } else {
            Vec::new()
        };
        let id = row.id;
        let _turn = self.write_turn().await;
        let updated: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                // Claim the version first: a concurrent save makes this match nothing.
                let claimed = sqlx::query(
                    "UPDATE proposals SET version = version WHERE id = $1 AND version = $2",
                )
                .bind(id)
                .bind(version)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if claimed == 0 {
                    return Ok::<u64, sqlx::Error>(0);
                }
                write_content!(tx, id, &form, now, false);
                if submitting {
                    sqlx::query(
                        "UPDATE proposals SET status = 'submitted', submitted_at = $2 WHERE id = \
                         $1",
                    )
                    .bind(id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query(
                        "INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) \
                         VALUES ($1, 'submitted', $2, $3)",
                    )
                    .bind(id)
                    .bind(actor.id.0)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                // Panelists not invited before get their confirmation link.
                for inv in &invitations {
                    let added = sqlx::query(
                        "INSERT INTO speaker_confirmations (proposal_id, email, token_hash, \
                         created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (proposal_id, email) DO \
                         NOTHING",
                    )
                    .bind(id)
                    .bind(&inv.email)
                    .bind(&inv.token.hash)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if added == 1 {
                        crate::enqueue_email!(
                            &mut *tx,
                            now,
                            &inv.email,
                            &inv.name,
                            actor.locale.tag(),
                            "speaker-invitation",
                            &inv.subject,
                            &inv.body
                        )?;
                    }
                }
                if let Some(mail) = &receipt {
                    crate::enqueue_email!(
                        &mut *tx,
                        now,
                        &actor.email,
                        &actor.name,
                        actor.locale.tag(),
                        "proposal-received",
                        &mail.subject,
                        &mail.body
                    )?;
                }
                let action = if submitting {
                    "proposal.submit"
                } else {
                    "proposal.save"
                };
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action,
                        target_kind: "proposal",
                        target: row.code.to_string(),
                        before: None,
                        after: Some(json!({"title": form.title, "status": new_status.code()})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await?;
                Ok(1)
            }
            .await
        })?;
        if updated == 0 {
            return Err(AppError::Conflict(ConflictCode::StaleVersion));
        }
        Ok(new_status)
    }

    /// True while a review phase lets proposers revise submitted proposals.
    pub(super) async fn revision_phase_open(&self) -> AppResult<bool> {
        let phase = self.current_phase().await?;
        Ok(phase.id > 0 && phase.proposers_may_edit)
    }

    /// Keeps only the answers to `format`'s questions and checks them
    /// (required ones only when `submitting`).
    pub(super) fn check_answers(
        edition: &crate::services::Edition,
        form: &mut ProposalForm,
        submitting: bool,
    ) -> Result<(), crate::FieldErrors> {
        let questions = edition
            .format(&form.format)
            .map(|f| f.questions.clone())
            .unwrap_or_default();
        form.answers
            .retain(|(id, _)| questions.iter().any(|q| q.id == *id));
        let mut e = crate::FieldErrors::default();
        for q in &questions {
            let value = form
                .answers
                .iter()
                .find(|(id, _)| *id == q.id)
                .map(|(_, v)| v.as_str())
                .unwrap_or("");
            e.check(&format!("answer-{}", q.id), q.check(value, submitting));
        }
        e.into_result()
    }
}
