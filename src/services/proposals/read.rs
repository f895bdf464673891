//! Reading proposals: one in full (for its organizers and staff), the
//! signed-in stakeholder's list, and the deadline that applies to each.

use super::*;

impl Portal {
    /// The Action Line codes and SDG numbers saved on a proposal.
    pub(super) async fn saved_themes(
        &self,
        proposal: i64,
    ) -> AppResult<(Vec<String>, Vec<String>)> {
        let found = crate::dispatch!(&self.db, |pool| async {
            let lines: Vec<String> =
                sqlx::query_scalar("SELECT code FROM proposal_action_lines WHERE proposal_id = $1")
                    .bind(proposal)
                    .fetch_all(pool)
                    .await?;
            let sdgs: Vec<i64> =
                sqlx::query_scalar("SELECT sdg FROM proposal_sdgs WHERE proposal_id = $1")
                    .bind(proposal)
                    .fetch_all(pool)
                    .await?;
            Ok::<_, sqlx::Error>((lines, sdgs.into_iter().map(|n| n.to_string()).collect()))
        }
        .await)?;
        Ok(found)
    }

    /// The proposal with `code`, as seen by `actor` (whose co-organizer
    /// status the row carries).
    pub(super) async fn proposal_row(
        &self,
        actor: &CurrentUser,
        code: &str,
    ) -> AppResult<ProposalRow> {
        let code = code.trim().to_uppercase();
        let row: Option<ProposalRow> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(SELECT_PROPOSAL)
                .bind(&code)
                .bind(actor.id.0)
                .fetch_optional(pool)
                .await)?;
        row.ok_or(AppError::NotFound)
    }

    /// The version of a proposal the actor may read (otherwise `NotFound`):
    /// one query, for a save that follows straight on a create.
    pub async fn proposal_version(&self, actor: &CurrentUser, code: &str) -> AppResult<i64> {
        let row = self.proposal_row(actor, code).await?;
        if !may_read(actor, &row) {
            return Err(AppError::NotFound);
        }
        Ok(row.version)
    }

    /// A proposal, if the actor may read it (otherwise `NotFound`).
    pub async fn proposal(&self, actor: &CurrentUser, code: &str) -> AppResult<ProposalView> {
        let row = self.proposal_row(actor, code).await?;
        if !may_read(actor, &row) {
            return Err(AppError::NotFound);
        }
        let edition = self.current_edition().await?;
        let id = row.id;
        let action_lines: Vec<(String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT code, rationale FROM proposal_action_lines WHERE proposal_id = $1 ORDER \
                 BY position",
            )
            .bind(id)
            .fetch_all(pool)
            .await
        })?;
        let sdgs: Vec<(i64, String)> = crate::dispatch!(&self.db, |pool| sqlx::query_as(
            "SELECT sdg, rationale FROM proposal_sdgs WHERE proposal_id = $1 ORDER BY position",
        )
        .bind(id)
        .fetch_all(pool)
        .await)?;
        let languages: Vec<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT language FROM proposal_languages WHERE proposal_id = $1 ORDER BY language",
        )
        .bind(id)
        .fetch_all(pool)
        .await)?;
        let speakers: Vec<SpeakerRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT role, name, title, organization, email, country_code, stakeholder_type, \
                 gender, remote FROM proposal_speakers WHERE proposal_id = $1 ORDER BY position",
            )
            .bind(id)
            .fetch_all(pool)
            .await
        })?;
        let answers: Vec<(i64, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT question_id, value FROM proposal_answers WHERE proposal_id = $1 ORDER BY \
                 question_id",
            )
            .bind(id)
            .fetch_all(pool)
            .await
        })?;
        let events: Vec<(String, OffsetDateTime)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT status, at FROM proposal_events WHERE proposal_id = $1 ORDER BY id",
            )
            .bind(id)
            .fetch_all(pool)
            .await)?;
        let status = row.status;
        let deadline = self
            .effective_deadline(&edition, &row.format_code, row.access_code_id)
            .await?;
        let revision_open =
            status == ProposalStatus::Submitted && self.revision_phase_open().await?;
        let can_edit = (owns(actor, &row)
            && status.is_editable()
            && (self.clock.now() < deadline || revision_open))
            || (staff_edits(actor, &row)
                && !matches!(status, ProposalStatus::Withdrawn | ProposalStatus::Merged));
        let is_owner = owns(actor, &row);
        let panel_answers = self.panel_answers(id).await?;
        let coorganizers = self.coorganizers_of(id).await?;
        let staff = actor.is_staff();
        let (merged_from, merged_into) = self.provenance(id, staff).await?;
        Ok(ProposalView {
            merged_from,
            merged_into,
            code: row.code,
            status,
            organization: row.organization,
            version: row.version,
            submitted_at: row.submitted_at,
            updated_at: row.updated_at,
            deadline,
            can_edit,
            is_owner,
            panel_answers,
            coorganizers,
            timeline: events
                .into_iter()
                .map(|(s, at)| ProposalStatus::stored(&s).map(|s| (s, at)))
                .collect::<Result<_, _>>()
                .map_err(AppError::internal)?,
            form: ProposalForm {
                title: row.title,
                format: row.format_code,
                abstract_text: row.abstract_text,
                description: row.description,
                objectives: row.objectives,
                outcomes: row.outcomes,
                action_lines: action_lines
                    .into_iter()
                    .map(|(code, rationale)| ThemeChoice { code, rationale })
                    .collect(),
                sdgs: sdgs
                    .into_iter()
                    .map(|(n, rationale)| ThemeChoice {
                        code: n.to_string(),
                        rationale,
                    })
                    .collect(),
                languages,
                text_language: row.text_language,
                participation_mode: row.participation_mode,
                preferred_days: row.preferred_days,
                special_requirements: row.special_requirements,
                answers,
                speakers: speakers
                    .into_iter()
                    .map(|s| SpeakerInput {
                        role: s.role,
                        name: s.name,
                        title: s.title,
                        organization: s.organization,
                        email: s.email,
                        country: s.country_code,
                        stakeholder_type: s.stakeholder_type,
                        gender: s.gender,
                        remote: s.remote,
                    })
                    .collect(),
            },
        })
    }

    /// When a proposal of `format` stops being editable: the format's
    /// deadline, or the expiry of the access code it was created with when
    /// that is later and the code covers the format.
    pub(super) async fn effective_deadline(
        &self,
        edition: &crate::services::Edition,
        format: &str,
        access_code_id: Option<i64>,
    ) -> AppResult<OffsetDateTime> {
        let base = edition.deadline_for(format);
        Ok(match self.code_expiry(access_code_id).await? {
            Some((expires, formats))
                if formats.is_empty()
                    || format.is_empty()
                    || formats.split(',').any(|f| f == format) =>
            {
                base.max(expires)
            }
            _ => base,
        })
    }

    /// The actor's organization's proposals, newest first.
    pub async fn my_proposals(&self, actor: &CurrentUser) -> AppResult<Vec<ProposalSummary>> {
        let edition = self.current_edition().await?;
        let org = actor.organization_id.map(|o| o.0).unwrap_or(-1);
        let rows: Vec<(String, String, String, String, OffsetDateTime, Option<i64>)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT code, title, status, format_code, updated_at, access_code_id FROM \
                     proposals WHERE organization_id = $1 OR created_by = $2 OR id IN (SELECT \
                     proposal_id FROM proposal_coorganizers WHERE user_id = $2 AND status = \
                     'accepted') ORDER BY id DESC",
                )
                .bind(org)
                .bind(actor.id.0)
                .fetch_all(pool)
                .await
            })?;
        let mut deadlines = Vec::with_capacity(rows.len());
        for r in &rows {
            deadlines.push(self.effective_deadline(&edition, &r.3, r.5).await?);
        }
        rows.into_iter()
            .zip(deadlines)
            .map(
                |((code, title, status, format_code, updated_at, _), deadline)| {
                    Ok(ProposalSummary {
                        deadline,
                        code,
                        title,
                        status: ProposalStatus::stored(&status).map_err(AppError::internal)?,
                        format_code,
                        updated_at,
                    })
                },
            )
            .collect()
    }

    /// Number of proposals in an edition (any status).
    pub async fn proposal_count(&self, edition_id: i64) -> AppResult<i64> {
        let n: i64 = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM proposals WHERE edition_id = $1",
        )
        .bind(edition_id)
        .fetch_one(pool)
        .await)?;
        Ok(n)
    }
}
