//! Creating a proposal: the call's deadline and access codes, numbering,
//! the first save, co-organizer invitations, the receipt and the audit.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Starts a draft for the actor's organization and returns its code.
    pub async fn create_proposal(
        &self,
        actor: &CurrentUser,
        form: ProposalForm,
        access_code: Option<&str>,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        self.create(actor, form, access_code, false, meta).await
    }

    /// Creates a proposal and submits it in the same transaction (the form
    /// sent with "Submit" before any draft was saved): every rule is checked
    /// first, and nothing is written when one fails. Returns its code.
    pub async fn create_and_submit_proposal(
        &self,
        actor: &CurrentUser,
        form: ProposalForm,
        access_code: Option<&str>,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        self.create(actor, form, access_code, true, meta).await
    }

    pub(super) async fn create(
        &self,
        actor: &CurrentUser,
        form: ProposalForm,
        access_code: Option<&str>,
        submit: bool,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        actor.require_any(&[Role::Stakeholder])?;
        let org = actor
            .organization_id
            .ok_or(AppError::Conflict(ConflictCode::NoOrganization))?;
        let edition = self.current_edition().await?;
        let now = self.clock.now();
        let mut form = form.normalized();
        // After the deadline only an access code opens the door; it is
        // consumed only when it is needed. A refusal names the deadline that
        // refused: the whole call's, or the chosen format's own.
        let call_open = edition.is_open_at(now);
        let closed = !call_open || now >= edition.deadline_for(&form.format);
        let code_used = match (closed, access_code.map(str::trim).filter(|c| !c.is_empty())) {
            (false, _) => None,
            (true, None) if call_open => {
                return Err(AppError::field("format", "format-deadline-passed"));
            }
            (true, None) => return Err(AppError::Conflict(ConflictCode::CallClosed)),
            (true, Some(typed)) => {
                let c = self.usable_code(&edition, typed).await?;
                if !c.allows(&form.format) {
                    return Err(AppError::field("format", "access-code-format"));
                }
                Some(c.id)
            }
        };
        let themes = Themes::of(&self.taxonomy(edition.id).await?);
        if !form.format.is_empty() && edition.format(&form.format).is_none_or(|f| !f.is_open) {
            return Err(AppError::field("format", "choose-from-list"));
        }
        // For a submission: the panel limits of its format, and the lead
        // organization's name for the panelists' invitations.
        let submitting = match submit {
            false => {
                merge(
                    form.check_draft(&themes),
                    Self::check_answers(&edition, &mut form, false),
                )?;
                None
            }
            true => {
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
                let name: Option<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
                    "SELECT name FROM organizations WHERE id = $1",
                )
                .bind(org.0)
                .fetch_optional(pool)
                .await)?;
                Some(name.unwrap_or_default())
            }
        };
        // The number comes from the edition's counter, whose UPDATE locks
        // the edition row until its transaction commits, so concurrent
        // creators queue for it instead of picking the same number. The loop
        // only guards against a number taken by hand, e.g. by an import.
        let (status, submitted_at) = match submitting {
            Some(_) => ("submitted", Some(now)),
            None => ("draft", None),
        };
        for _ in 0..5 {
            let _turn = self.write_turn().await;
            // On PostgreSQL the number is taken in a statement of its own,
            // committed at once, so the row is locked for one statement, not
            // for the rest of the proposal's transaction (every creator
            // waited for the one before to commit: 311 submissions a
            // second). A number whose proposal then fails is skipped, so
            // codes may have gaps. SQLite has one writer at a time anyway
            // (the write turn above), so there it is taken inside the
            // transaction, without gaps.
            let early_seq: Option<i64> = match &self.db {
                Db::Postgres(pool) => Some(
                    sqlx::query_scalar(
                        "UPDATE editions SET proposal_seq = proposal_seq + 1 WHERE id = $1 \
                         RETURNING proposal_seq",
                    )
                    .bind(edition.id)
                    .fetch_one(pool)
                    .await?,
                ),
                Db::Sqlite(_) => None,
            };
            let result: Result<String, Attempt> = crate::dispatch!(&self.db, |pool| {
                async {
                    let mut tx = pool.begin().await?;
                    let seq: i64 =
                        match early_seq {
                            Some(seq) => seq,
                            None => sqlx::query_scalar(
                                "UPDATE editions SET proposal_seq = proposal_seq + 1 WHERE id = \
                                 $1 RETURNING proposal_seq",
                            )
                            .bind(edition.id)
                            .fetch_one(&mut *tx)
                            .await?,
                        };
                    let code = format!("{}-{seq:04}", edition.code);
                    if let Some(code_id) = code_used {
                        let taken = sqlx::query(
                            "UPDATE access_codes SET uses = uses + 1 WHERE id = $1 AND uses < \
                             max_uses AND expires_at > $2",
                        )
                        .bind(code_id)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                        if taken == 0 {
                            // Used up by someone else a moment ago.
                            return Err(Attempt::AccessCodeUsedUp);
                        }
                    }
                    let f = &form;
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO proposals (edition_id, seq, code, organization_id, \
                         created_by, status, submitted_at, access_code_id, title, format_code, \
                         abstract_text, description, objectives, outcomes, participation_mode, \
                         preferred_days, special_requirements, created_at, updated_at, \
                         text_language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, \
                         $12, $13, $14, $15, $16, $17, $18, $18, $19) RETURNING id",
                    )
                    .bind(edition.id)
                    .bind(seq)
                    .bind(&code)
                    .bind(org.0)
                    .bind(actor.id.0)
                    .bind(status)
                    .bind(submitted_at)
                    .bind(code_used)
                    .bind(&f.title)
                    .bind(&f.format)
                    .bind(&f.abstract_text)
                    .bind(&f.description)
                    .bind(&f.objectives)
                    .bind(&f.outcomes)
                    .bind(&f.participation_mode)
                    .bind(&f.preferred_days)
                    .bind(&f.special_requirements)
                    .bind(now)
                    .bind(&f.text_language)
                    .fetch_one(&mut *tx)
                    .await?;
                    write_content!(tx, id, &form, now, true);
                    // The timeline: created as a draft and, when sent, submitted.
                    let events: &[&str] = if submitting.is_some() {
                        &["draft", "submitted"]
                    } else {
                        &["draft"]
                    };
                    let mut q = sqlx::QueryBuilder::new(
                        "INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) ",
                    );
                    q.push_values(events, |mut row, status| {
                        row.push_bind(id)
                            .push_bind(*status)
                            .push_bind(actor.id.0)
                            .push_bind(now);
                    });
                    q.build().execute(&mut *tx).await?;
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "proposal.create",
                            target_kind: "proposal",
                            target: code.to_string(),
                            before: None,
                            after: Some(json!({
                                "title": form.title,
                            })),
                            client_addr: &meta.client_addr
                        }
                    )?;
                    if let Some(organization) = &submitting {
                        // What `save_proposal` does when a draft is submitted: the
                        // panelists' links and invitations, the receipt. The
                        // proposal is new, so each distinct address gets one link.
                        let mut invitations =
                            self.prepare_invitations(&form, &code, organization, actor.locale);
                        let mut seen = std::collections::HashSet::new();
                        invitations.retain(|inv| seen.insert(inv.email.clone()));
                        if !invitations.is_empty() {
                            let mut q = sqlx::QueryBuilder::new(
                                "INSERT INTO speaker_confirmations (proposal_id, email, \
                                 token_hash, created_at) ",
                            );
                            q.push_values(&invitations, |mut row, inv| {
                                row.push_bind(id)
                                    .push_bind(&inv.email)
                                    .push_bind(&inv.token.hash)
                                    .push_bind(now);
                            });
                            q.build().execute(&mut *tx).await?;
                        }
                        let mail = compose(
                            actor.locale,
                            "proposal-received",
                            &[
                                ("name", actor.name.clone()),
                                ("code", code.clone()),
                                ("title", form.title.clone()),
                                ("link", self.link(&format!("/proposals/{code}"))),
                            ],
                        );
                        let locale = actor.locale.tag();
                        let mails = invitations
                            .iter()
                            .map(|inv| {
                                (
                                    inv.email.as_str(),
                                    inv.name.as_str(),
                                    locale,
                                    "speaker-invitation",
                                    inv.subject.as_str(),
                                    inv.body.as_str(),
                                )
                            })
                            .chain([(
                                actor.email.as_str(),
                                actor.name.as_str(),
                                locale,
                                "proposal-received",
                                mail.subject.as_str(),
                                mail.body.as_str(),
                            )]);
                        crate::enqueue_emails!(&mut *tx, now, mails)?;
                        crate::audit!(
                            &mut *tx,
                            Audit {
                                at: now,
                                actor: Some(actor.id),
                                action: "proposal.submit",
                                target_kind: "proposal",
                                target: code.to_string(),
                                before: None,
                                after: Some(json!({
                                    "title": form.title,
                                    "status": "submitted",
                                })),
                                client_addr: &meta.client_addr
                            }
                        )?;
                    }
                    tx.commit().await?;
                    Ok(code)
                }
                .await
            });
            match result {
                Ok(code) => return Ok(code),
                Err(Attempt::AccessCodeUsedUp) => {
                    return Err(AppError::Conflict(ConflictCode::AccessCodeUsedUp));
                }
                Err(Attempt::Db(sqlx::Error::Database(d))) if d.is_unique_violation() => continue,
                Err(Attempt::Db(e)) => return Err(e.into()),
            }
        }
        Err(AppError::Conflict(ConflictCode::BusyTryAgain))
    }
}

/// Why one attempt to store a new proposal did not commit.
enum Attempt {
    /// The access code reached its limit or expired between the check and
    /// the insert.
    AccessCodeUsedUp,
    /// The database refused; a unique violation means another proposal took
    /// the number, and the attempt is retried.
    Db(sqlx::Error),
}

impl From<sqlx::Error> for Attempt {
    fn from(e: sqlx::Error) -> Self {
        Attempt::Db(e)
    }
}
