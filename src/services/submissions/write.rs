//! Creating, saving and withdrawing submissions, within each kind's
//! limits and deadline.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Inserts a submission with its content, numbered within its kind, and
    /// returns its code. A submission sent online gets its receipt queued
    /// in the same transaction.
    pub(crate) async fn insert_submission(
        &self,
        actor: &CurrentUser,
        new: NewSubmission<'_>,
        form: &SubmissionForm,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        let send_receipt = new.submit && new.meeting_id.is_none();
        let now = self.clock.now();
        let status = if new.submit {
            STATUS_SUBMITTED
        } else {
            STATUS_DRAFT
        };
        let submitted_at = new.submit.then_some(now);
        // Numbers are per kind; two creators may pick the same one at once
        // on PostgreSQL, and the unique index sends the loser round again.
        for _ in 0..5 {
            let _turn = self.write_turn().await;
            let result: Result<Option<String>, sqlx::Error> = crate::dispatch!(&self.db, |pool| {
                async {
                    let mut tx = pool.begin().await?;
                    if let (Some(max), Some(org), true) =
                        (new.limit, new.organization_id, new.submit)
                        && !under_limit!(tx, new.edition_id, new.kind.code(), org, max)
                    {
                        return Ok(None);
                    }
                    let seq: i64 = sqlx::query_scalar(
                        "SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions WHERE edition_id = $1 \
                         AND kind = $2",
                    )
                    .bind(new.edition_id)
                    .bind(new.kind.code())
                    .fetch_one(&mut *tx)
                    .await?;
                    let code = format!("{}-{}-{seq:04}", new.edition_code, new.kind.prefix());
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO submissions (edition_id, kind, seq, code, organization_id, \
                         created_by, status, title, body, stakeholder_type, country_code, \
                         meeting_id, on_behalf_of, submitted_at, created_at, updated_at) VALUES \
                         ($1, $2, $3, $4, $5, $6, $7, '', '', $8, $9, $10, $11, $12, $13, $13) \
                         RETURNING id",
                    )
                    .bind(new.edition_id)
                    .bind(new.kind.code())
                    .bind(seq)
                    .bind(&code)
                    .bind(new.organization_id)
                    .bind(actor.id.0)
                    .bind(status)
                    .bind(&new.stakeholder_type)
                    .bind(&new.country_code)
                    .bind(new.meeting_id)
                    .bind(&new.on_behalf_of)
                    .bind(submitted_at)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    write_submission!(tx, id, form, now);
                    if send_receipt {
                        let mail = self.submission_receipt(actor, new.kind, &code, &form.title);
                        crate::enqueue_email!(
                            &mut *tx,
                            now,
                            &actor.email,
                            &actor.name,
                            actor.locale.tag(),
                            "submission-received",
                            &mail.subject,
                            &mail.body
                        )?;
                    }
                    let action = if new.meeting_id.is_some() {
                        "submission.record"
                    } else if new.submit {
                        "submission.submit"
                    } else {
                        "submission.create"
                    };
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action,
                            target_kind: "submission",
                            target: code.to_string(),
                            before: None,
                            after: Some(json!({
                                "kind": new.kind.code(),
                                "title": form.title,
                                "on_behalf_of": new.on_behalf_of,
                            })),
                            client_addr: &meta.client_addr
                        }
                    )?;
                    tx.commit().await?;
                    Ok(Some(code))
                }
                .await
            });
            match result {
                Ok(Some(code)) => return Ok(code),
                Ok(None) => return Err(AppError::Conflict(ConflictCode::SubmissionLimit)),
                Err(sqlx::Error::Database(d)) if d.is_unique_violation() => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(AppError::Conflict(ConflictCode::BusyTryAgain))
    }

    /// Refuses a submission the organization may not send: the kind is
    /// closed, its deadline passed, or the organization reached the kind's
    /// limit (not counting `except`, the submission being sent).
    pub(super) async fn check_may_send(
        &self,
        kind: SubmissionKind,
        organization: i64,
        except: Option<i64>,
    ) -> AppResult<(crate::domain::submission::KindLimits, OffsetDateTime)> {
        let edition = self.current_edition().await?;
        let settings = self.kind_settings(&edition).await?;
        let s = settings
            .iter()
            .find(|s| s.kind == kind)
            .ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        if !s.is_open {
            return Err(AppError::Conflict(ConflictCode::KindClosed));
        }
        if !edition.is_open_at(now) || now >= s.closes_at {
            return Err(AppError::Conflict(ConflictCode::CallClosed));
        }
        let sent: i64 = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM submissions WHERE edition_id = $1 AND kind = $2 AND \
                 organization_id = $3 AND status = 'submitted' AND id <> $4",
            )
            .bind(edition.id)
            .bind(kind.code())
            .bind(organization)
            .bind(except.unwrap_or(0))
            .fetch_one(pool)
            .await
        })?;
        if sent >= i64::from(s.limits.max_per_organization) {
            return Err(AppError::Conflict(ConflictCode::SubmissionLimit));
        }
        Ok((s.limits, s.closes_at))
    }

    /// The edition's limits for `kind`.
    pub(crate) async fn kind_limits(
        &self,
        edition: &crate::services::Edition,
        kind: SubmissionKind,
    ) -> AppResult<crate::domain::submission::KindLimits> {
        Ok(self
            .kind_settings(edition)
            .await?
            .iter()
            .find(|s| s.kind == kind)
            .map(|s| s.limits)
            .unwrap_or(kind.default_limits()))
    }

    pub(super) fn submission_receipt(
        &self,
        actor: &CurrentUser,
        kind: SubmissionKind,
        code: &str,
        title: &str,
    ) -> crate::mail::Composed {
        compose(
            actor.locale,
            "submission-received",
            &[
                ("name", actor.name.clone()),
                ("code", code.to_owned()),
                ("title", title.to_owned()),
                (
                    "kind",
                    crate::i18n::tr(actor.locale, &format!("submission-kind-{}", kind.code())),
                ),
                ("link", self.link(&format!("/submissions/{code}"))),
            ],
        )
    }

    /// Starts a submission of `kind` for the actor's organization, as a
    /// draft or sent at once (`intent`), and returns its code.
    pub async fn create_submission(
        &self,
        actor: &CurrentUser,
        kind: SubmissionKind,
        form: SubmissionForm,
        intent: SaveIntent,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        actor.require_any(&[Role::Stakeholder])?;
        let org = actor
            .organization_id
            .ok_or(AppError::Conflict(ConflictCode::NoOrganization))?;
        let form = form.normalized(kind);
        let submit = intent == SaveIntent::Submit;
        let edition = self.current_edition().await?;
        let limits = match self.check_may_send(kind, org.0, None).await {
            Ok((limits, _)) => limits,
            // A draft may be started over the limit; sending it is refused.
            Err(AppError::Conflict(ConflictCode::SubmissionLimit)) if !submit => {
                self.kind_limits(&edition, kind).await?
            }
            Err(e) => return Err(e),
        };
        let themes = Themes::of(&self.taxonomy(edition.id).await?);
        if submit {
            form.check_submission(kind, limits, &themes)?;
        } else {
            form.check_draft(kind, limits, &themes)?;
        }
        let (stakeholder_type, country_code) = self.organization_facts(org.0).await?;
        let new = NewSubmission {
            edition_id: edition.id,
            edition_code: &edition.code,
            kind,
            organization_id: Some(org.0),
            stakeholder_type,
            country_code,
            meeting_id: None,
            on_behalf_of: String::new(),
            submit,
            limit: Some(limits.max_per_organization),
        };
        self.insert_submission(actor, new, &form, meta).await
    }

    /// Saves a submission (`version` is the one the form was loaded with)
    /// and, with [`SaveIntent::Submit`], sends a draft. Authors change it
    /// until the kind's deadline; organizers change the inputs they
    /// recorded at a meeting. Returns the status after saving.
    pub async fn save_submission(
        &self,
        actor: &CurrentUser,
        code: &str,
        form: SubmissionForm,
        version: i64,
        intent: SaveIntent,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        let row = self.submission_row(code).await?;
        let staff = actor.is_staff();
        let recorded = row.meeting_id.is_some();
        if !owns(actor, &row) && !staff {
            return Err(AppError::NotFound);
        }
        if recorded && !staff || !recorded && !owns(actor, &row) {
            return Err(AppError::Forbidden);
        }
        if row.status == STATUS_WITHDRAWN {
            return Err(AppError::Conflict(ConflictCode::NotEditable));
        }
        let kind = row.kind;
        let form = form.normalized(kind);
        let edition = self.current_edition().await?;
        let submitting = intent == SaveIntent::Submit && row.status == STATUS_DRAFT;
        let limits = if recorded {
            self.kind_limits(&edition, kind).await?
        } else {
            let org = row.organization_id.unwrap_or(0);
            let except = Some(row.id);
            match self.check_may_send(kind, org, except).await {
                Ok((limits, _)) => limits,
                // Over the limit only matters when sending; saving a draft
                // or a sent one is fine.
                Err(AppError::Conflict(ConflictCode::SubmissionLimit)) if !submitting => {
                    self.kind_limits(&edition, kind).await?
                }
                Err(AppError::Conflict(ConflictCode::CallClosed)) => {
                    return Err(AppError::Conflict(ConflictCode::DeadlinePassed));
                }
                Err(e) => return Err(e),
            }
        };
        // Themes the edition retired stay valid on a submission that had them.
        let mut themes = Themes::of(&self.taxonomy(edition.id).await?);
        let (kept_lines, kept_sdgs) = self.saved_themes_of(row.id).await?;
        themes.action_lines.extend(kept_lines);
        themes.sdgs.extend(kept_sdgs);
        if submitting || row.status == STATUS_SUBMITTED {
            form.check_submission(kind, limits, &themes)?;
        } else {
            form.check_draft(kind, limits, &themes)?;
        }
        let receipt =
            submitting.then(|| self.submission_receipt(actor, kind, &row.code, &form.title));
        let now = self.clock.now();
        let id = row.id;
        let new_status = if submitting {
            STATUS_SUBMITTED
        } else {
            row.status.as_str()
        };
        let _turn = self.write_turn().await;
        let updated: u64 = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let claimed = sqlx::query(
                "UPDATE submissions SET version = version WHERE id = $1 AND version = $2",
            )
            .bind(id)
            .bind(version)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if claimed == 0 {
                return Ok::<u64, sqlx::Error>(0);
            }
            if let (true, false, Some(org)) = (submitting, recorded, row.organization_id)
                && !under_limit!(
                    tx,
                    row.edition_id,
                    row.kind.code(),
                    org,
                    limits.max_per_organization
                )
            {
                return Ok(2);
            }
            write_submission!(tx, id, &form, now);
            if submitting {
                sqlx::query(
                    "UPDATE submissions SET status = 'submitted', submitted_at = $2 WHERE id = \
                     $1",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            if let Some(mail) = &receipt {
                crate::enqueue_email!(
                    &mut *tx,
                    now,
                    &actor.email,
                    &actor.name,
                    actor.locale.tag(),
                    "submission-received",
                    &mail.subject,
                    &mail.body
                )?;
            }
            let action = if submitting {
                "submission.submit"
            } else {
                "submission.save"
            };
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor: Some(actor.id),
                    action,
                    target_kind: "submission",
                    target: row.code.to_string(),
                    before: None,
                    after: Some(json!({"title": form.title, "status": new_status})),
                    client_addr: &meta.client_addr
                }
            )?;
            tx.commit().await?;
            Ok(1)
        }
        .await)?;
        match updated {
            0 => Err(AppError::Conflict(ConflictCode::StaleVersion)),
            2 => Err(AppError::Conflict(ConflictCode::SubmissionLimit)),
            _ => Ok(new_status.to_owned()),
        }
    }

    /// Withdraws a draft or a sent submission before its kind's deadline.
    pub async fn withdraw_submission(
        &self,
        actor: &CurrentUser,
        code: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        // Readers who are not authors get "not found" from `submission`.
        let view = self.submission(actor, code).await?;
        if !view.author {
            return Err(AppError::Forbidden);
        }
        if view.status == STATUS_WITHDRAWN {
            return Err(AppError::Conflict(ConflictCode::NotWithdrawable));
        }
        if !view.editable {
            return Err(AppError::Conflict(ConflictCode::DeadlinePassed));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "UPDATE submissions SET status = 'withdrawn', updated_at = $2, version = \
                     version + 1 WHERE code = $1",
                )
                .bind(&view.code)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "submission.withdraw",
                        target_kind: "submission",
                        target: view.code.to_string(),
                        before: Some(json!({"status": view.status})),
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
}
