//! Organizers tag submissions and use them in the programme.

use super::*;
use crate::services::Audit;

impl Portal {
    pub(super) async fn staff_row(
        &self,
        actor: &CurrentUser,
        code: &str,
    ) -> AppResult<SubmissionRow> {
        actor.require_staff()?;
        let row = self.submission_row(code).await?;
        if row.status == super::super::STATUS_DRAFT {
            // Drafts are the author's until sent.
            return Err(AppError::NotFound);
        }
        Ok(row)
    }

    /// Tags a sent submission. Organizers and admins only.
    pub async fn tag_submission(
        &self,
        actor: &CurrentUser,
        code: &str,
        tag: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let row = self.staff_row(actor, code).await?;
        let mut e = FieldErrors::default();
        let Some(tag) = e.check("tag", parse_tag(tag)) else {
            return Err(AppError::Validation(e));
        };
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "INSERT INTO submission_tags (submission_id, tag, created_at) VALUES ($1, \
                     $2, $3) ON CONFLICT DO NOTHING",
                )
                .bind(row.id)
                .bind(&tag)
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
                            action: "submission.tag",
                            target_kind: "submission",
                            target: row.code.to_string(),
                            before: None,
                            after: Some(json!({"tag": tag})),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Removes a tag. Organizers and admins only.
    pub async fn untag_submission(
        &self,
        actor: &CurrentUser,
        code: &str,
        tag: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let row = self.staff_row(actor, code).await?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let n =
                sqlx::query("DELETE FROM submission_tags WHERE submission_id = $1 AND tag = $2")
                    .bind(row.id)
                    .bind(tag)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            if n == 1 {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "submission.untag",
                        target_kind: "submission",
                        target: row.code.to_string(),
                        before: Some(json!({"tag": tag})),
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

    /// Turns a sent submission into programme material (see [`UseForm`]).
    /// A person becomes a speaker on an accepted session; a view becomes a
    /// note on a session or a track. Organizers and admins only.
    pub async fn use_submission(
        &self,
        actor: &CurrentUser,
        code: &str,
        form: &UseForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let row = self.staff_row(actor, code).await?;
        if row.status != STATUS_SUBMITTED {
            return Err(AppError::Conflict(ConflictCode::NotEditable));
        }
        let kind = row.kind;
        let use_kind = form.use_kind.trim();
        let target = form.target.trim().to_uppercase();
        let allowed = match use_kind {
            "speaker" => kind.names_a_person(),
            "session" | "line" => kind.has_themes() || kind == SubmissionKind::FormatView,
            _ => false,
        };
        if !allowed {
            return Err(AppError::field("use_kind", "choose-from-list"));
        }
        let mut e = FieldErrors::default();
        let Some(note) = e.check("note", text_block(&form.note, 1_000, false)) else {
            return Err(AppError::Validation(e));
        };
        let note = if note.is_empty() && use_kind != "speaker" {
            row.title.clone()
        } else {
            note
        };
        let edition = self.current_edition().await?;
        let mut e = FieldErrors::default();
        let proposal: Option<i64> = if use_kind == "line" {
            let themes = crate::domain::taxonomy::Themes::of(&self.taxonomy(edition.id).await?);
            if !themes.has_action_line(&target) {
                e.push(
                    "target",
                    if target.is_empty() {
                        "required"
                    } else {
                        "choose-from-list"
                    },
                );
            }
            None
        } else {
            let found: Option<(i64, String)> = crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT id, status FROM proposals WHERE code = $1 AND edition_id = $2",
            )
            .bind(&target)
            .bind(edition.id)
            .fetch_optional(pool)
            .await)?;
            match found {
                None => {
                    e.push(
                        "target",
                        if target.is_empty() {
                            "required"
                        } else {
                            "session-not-found"
                        },
                    );
                    None
                }
                Some((id, status)) => {
                    let session = matches!(
                        ProposalStatus::stored(&status).map_err(AppError::internal)?,
                        ProposalStatus::Accepted
                            | ProposalStatus::Confirmed
                            | ProposalStatus::Scheduled
                    );
                    if !session {
                        e.push("target", "session-not-accepted");
                    }
                    Some(id)
                }
            }
        };
        e.into_result()?;
        let now = self.clock.now();
        let after = json!({"use": use_kind, "target": target});
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                if let (Some(pid), "speaker") = (proposal, use_kind) {
                    let position: i64 = sqlx::query_scalar(
                        "SELECT COALESCE(MAX(position), -1) + 1 FROM proposal_speakers WHERE \
                         proposal_id = $1",
                    )
                    .bind(pid)
                    .fetch_one(&mut *tx)
                    .await?;
                    sqlx::query(
                        "INSERT INTO proposal_speakers (proposal_id, position, role, name, \
                         title, organization, email, country_code, stakeholder_type, gender, \
                         remote) VALUES ($1, $2, 'speaker', $3, '', $4, $5, $6, $7, $8, FALSE)",
                    )
                    .bind(pid)
                    .bind(position)
                    .bind(&row.person_name)
                    .bind(&row.person_organization)
                    .bind(&row.person_email)
                    .bind(&row.person_country)
                    .bind(&row.person_stakeholder)
                    .bind(&row.person_gender)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query(
                        "UPDATE proposals SET version = version + 1, updated_at = $2 WHERE id = \
                         $1",
                    )
                    .bind(pid)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                sqlx::query(
                    "INSERT INTO submission_uses (submission_id, use_kind, target_code, note, \
                     created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(row.id)
                .bind(use_kind)
                .bind(&target)
                .bind(&note)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "submission.use",
                        target_kind: "submission",
                        target: row.code.to_string(),
                        before: None,
                        after: Some(after),
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
