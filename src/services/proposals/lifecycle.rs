//! After submission: withdrawal, confirming an accepted session, and
//! reminders about drafts left unsent.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Withdraws a proposal that has not been decided yet.
    pub async fn withdraw_proposal(
        &self,
        actor: &CurrentUser,
        code: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let row = self.proposal_row(actor, code).await?;
        if !may_read(actor, &row) {
            return Err(AppError::NotFound);
        }
        if !owns(actor, &row) {
            return Err(AppError::Forbidden);
        }
        let status = row.status;
        if !matches!(
            status,
            ProposalStatus::Draft
                | ProposalStatus::Submitted
                | ProposalStatus::UnderReview
                | ProposalStatus::Waitlisted
        ) {
            return Err(AppError::Conflict(ConflictCode::NotWithdrawable));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "UPDATE proposals SET status = 'withdrawn', updated_at = $2, version = \
                     version + 1 WHERE id = $1",
                )
                .bind(row.id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) VALUES \
                     ($1, 'withdrawn', $2, $3)",
                )
                .bind(row.id)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "proposal.withdraw",
                        target_kind: "proposal",
                        target: row.code.to_string(),
                        before: Some(json!({"status": status.code()})),
                        after: Some(json!({"status": "withdrawn"})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// The organizers of an accepted proposal confirm they will hold the
    /// session (the link in the acceptance e-mail leads here).
    pub async fn confirm_session(
        &self,
        actor: &CurrentUser,
        code: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let row = self.proposal_row(actor, code).await?;
        if !may_read(actor, &row) {
            return Err(AppError::NotFound);
        }
        if !owns(actor, &row) {
            return Err(AppError::Forbidden);
        }
        if row.status != ProposalStatus::Accepted {
            return Err(AppError::Conflict(ConflictCode::NotConfirmable));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE proposals SET status = 'confirmed', updated_at = $2, version = \
                     version + 1 WHERE id = $1 AND status = 'accepted'",
                )
                .bind(row.id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 0 {
                    // Confirmed a moment ago (a double click): nothing more to record.
                    return tx.rollback().await;
                }
                sqlx::query(
                    "INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) VALUES \
                     ($1, 'confirmed', $2, $3)",
                )
                .bind(row.id)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "proposal.confirm",
                        target_kind: "proposal",
                        target: row.code.to_string(),
                        before: Some(json!({"status": "accepted"})),
                        after: Some(json!({"status": "confirmed"})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// E-mails the author of every draft whose deadline is less than three
    /// days away, once per draft. Safe on several instances at once: the
    /// `reminded_at IS NULL` guard lets only one of them send. Returns how
    /// many reminders were queued.
    pub async fn send_draft_reminders(&self) -> AppResult<usize> {
        let edition = self.current_edition().await?;
        let now = self.clock.now();
        let drafts: Vec<(i64, String, String, String, String, String, String)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT p.id, p.code, p.title, p.format_code, u.email, u.name, u.locale FROM \
                     proposals p JOIN users u ON u.id = p.created_by WHERE p.edition_id = $1 AND \
                     p.status = 'draft' AND p.reminded_at IS NULL AND u.is_active = TRUE",
                )
                .bind(edition.id)
                .fetch_all(pool)
                .await
            })?;
        let mut sent = 0;
        for (id, code, title, format, email, name, locale) in drafts {
            let deadline = edition.deadline_for(&format);
            if deadline <= now || deadline - now > time::Duration::days(3) {
                continue;
            }
            let locale = crate::domain::Locale::from_tag(&locale).unwrap_or_default();
            let title = if title.trim().is_empty() {
                code.clone()
            } else {
                title
            };
            let mail = compose(
                locale,
                "draft-reminder",
                &[
                    ("name", name.clone()),
                    ("code", code.clone()),
                    ("title", title),
                    ("hours", (deadline - now).whole_hours().to_string()),
                    ("link", self.link(&format!("/proposals/{code}/edit"))),
                ],
            );
            let queued: u64 = crate::dispatch!(&self.db, |pool| async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE proposals SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::enqueue_email!(
                        &mut *tx,
                        now,
                        &email,
                        &name,
                        locale.tag(),
                        "draft-reminder",
                        &mail.subject,
                        &mail.body
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }
            .await)?;
            sent += queued as usize;
        }
        Ok(sent)
    }
}
