//! Session proposals: drafts, submission, editing until the deadline,
//! withdrawal, and who may see what.
//!
//! A proposal belongs to its lead organization: every member of that
//! organization may read and edit it; organizers and admins may read it.
//! Anyone else is told it does not exist, so codes cannot be probed.

use super::sessions::CurrentUser;
use super::{Portal, RequestMeta};
use crate::db::Db;
use crate::domain::Role;
use crate::domain::proposal::{ProposalForm, ProposalStatus, SpeakerInput, ThemeChoice};
use crate::domain::taxonomy::Themes;
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use serde::Serialize;
use serde_json::json;
use time::OffsetDateTime;

/// A proposal as its organizers see it.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalView {
    /// Readable code, e.g. `WF27-0042`.
    pub code: String,
    /// Current status.
    pub status: ProposalStatus,
    /// Content, as last saved.
    pub form: ProposalForm,
    /// Lead organization's name.
    pub organization: String,
    /// Optimistic-concurrency version; a save must name it.
    pub version: i64,
    /// When it was first submitted.
    pub submitted_at: Option<OffsetDateTime>,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// When editing closes for its format.
    pub deadline: OffsetDateTime,
    /// Whether the reader may change it now.
    pub can_edit: bool,
    /// Whether the reader is one of its organizers (may confirm or withdraw).
    pub is_owner: bool,
    /// Status history, oldest first.
    pub timeline: Vec<(ProposalStatus, OffsetDateTime)>,
    /// Co-organizing organizations and their answers.
    pub coorganizers: Vec<crate::services::Coorganizer>,
    /// Proposals merged into this one: code and title.
    pub merged_from: Vec<(String, String)>,
    /// The session this proposal was merged into.
    pub merged_into: Option<String>,
    /// Each panelist's answer by address: `invited`, `confirmed` or `declined`
    /// (no entry: not invited yet, because the proposal is a draft).
    pub panel_answers: std::collections::HashMap<String, String>,
}

/// One line of the proposer's dashboard.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalSummary {
    /// Readable code.
    pub code: String,
    /// Title (may be empty in an early draft).
    pub title: String,
    /// Status.
    pub status: ProposalStatus,
    /// Format code.
    pub format_code: String,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// When editing closes.
    pub deadline: OffsetDateTime,
}

/// What to do with the form on save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveIntent {
    /// Keep as it is (a draft may be incomplete).
    Save,
    /// Submit: everything is checked.
    Submit,
}

#[derive(sqlx::FromRow)]
struct ProposalRow {
    id: i64,
    code: String,
    organization_id: i64,
    created_by: i64,
    status: String,
    title: String,
    format_code: String,
    abstract_text: String,
    description: String,
    objectives: String,
    outcomes: String,
    participation_mode: String,
    preferred_days: String,
    special_requirements: String,
    submitted_at: Option<OffsetDateTime>,
    updated_at: OffsetDateTime,
    version: i64,
    organization: String,
    access_code_id: Option<i64>,
    coorganizer: bool,
    merge_target: bool,
}

#[derive(sqlx::FromRow)]
struct SpeakerRow {
    role: String,
    name: String,
    title: String,
    organization: String,
    email: String,
    country_code: String,
    stakeholder_type: String,
    gender: String,
    remote: bool,
}

const SELECT_PROPOSAL: &str = "SELECT p.id, p.code, p.organization_id, p.created_by, p.status, p.title, p.format_code, \
     p.abstract_text, p.description, p.objectives, p.outcomes, p.participation_mode, p.preferred_days, \
     p.special_requirements, p.submitted_at, p.updated_at, p.version, o.name AS organization, p.access_code_id, \
     EXISTS (SELECT 1 FROM proposal_coorganizers c WHERE c.proposal_id = p.id AND c.user_id = $2 AND c.status = 'accepted') AS coorganizer, \
     EXISTS (SELECT 1 FROM proposal_merges m WHERE m.target_id = p.id AND m.applied_at IS NOT NULL) AS merge_target \
     FROM proposals p JOIN organizations o ON o.id = p.organization_id WHERE p.code = $1";

/// Both checks' errors together, so the user sees every problem at once.
fn merge(
    a: Result<(), crate::FieldErrors>,
    b: Result<(), crate::FieldErrors>,
) -> Result<(), crate::FieldErrors> {
    let mut all = a.err().unwrap_or_default();
    all.0.extend(b.err().unwrap_or_default().0);
    all.into_result()
}

/// Members of the lead organization, the author and accepted co-organizers
/// own a proposal.
fn owns(actor: &CurrentUser, row: &ProposalRow) -> bool {
    actor.id.0 == row.created_by
        || actor.organization_id.map(|o| o.0) == Some(row.organization_id)
        || row.coorganizer
}

/// Organizers and admins edit a session made by merging proposals.
fn staff_edits(actor: &CurrentUser, row: &ProposalRow) -> bool {
    row.merge_target && (actor.has(Role::Organizer) || actor.has(Role::Admin))
}

fn may_read(actor: &CurrentUser, row: &ProposalRow) -> bool {
    owns(actor, row) || actor.has(Role::Organizer) || actor.has(Role::Admin)
}

/// Writes the form's columns and child rows for proposal `$id` inside `$tx`;
/// `$fresh` when the proposal was just inserted with its columns and has
/// no child rows yet (only the child rows are written).
/// Each kind of child row goes in one statement: the statement count is
/// what a submission costs (see docs/benchmarks.md).
macro_rules! write_content {
    ($tx:expr, $id:expr, $form:expr, $now:expr, $fresh:expr) => {{
        let f: &ProposalForm = $form;
        let id: i64 = $id;
        if !$fresh {
            sqlx::query(
                "UPDATE proposals SET title = $2, format_code = $3, abstract_text = $4, description = $5, objectives = $6, \
                 outcomes = $7, participation_mode = $8, preferred_days = $9, special_requirements = $10, updated_at = $11, \
                 version = version + 1 WHERE id = $1",
            )
            .bind(id).bind(&f.title).bind(&f.format).bind(&f.abstract_text).bind(&f.description).bind(&f.objectives)
            .bind(&f.outcomes).bind(&f.participation_mode).bind(&f.preferred_days).bind(&f.special_requirements).bind($now)
            .execute(&mut *$tx).await?;
            for table in ["proposal_action_lines", "proposal_sdgs", "proposal_languages", "proposal_speakers", "proposal_answers"] {
                sqlx::query(&format!("DELETE FROM {table} WHERE proposal_id = $1")).bind(id).execute(&mut *$tx).await?;
            }
        }
        if !f.action_lines.is_empty() {
            let mut q = sqlx::QueryBuilder::new("INSERT INTO proposal_action_lines (proposal_id, position, code, rationale) ");
            q.push_values(f.action_lines.iter().enumerate(), |mut row, (i, al)| {
                row.push_bind(id).push_bind(i as i64).push_bind(&al.code).push_bind(&al.rationale);
            });
            q.build().execute(&mut *$tx).await?;
        }
        if !f.sdgs.is_empty() {
            let mut q = sqlx::QueryBuilder::new("INSERT INTO proposal_sdgs (proposal_id, position, sdg, rationale) ");
            q.push_values(f.sdgs.iter().enumerate(), |mut row, (i, sdg)| {
                let n: i64 = sdg.code.parse().unwrap_or(0);
                row.push_bind(id).push_bind(i as i64).push_bind(n).push_bind(&sdg.rationale);
            });
            q.build().execute(&mut *$tx).await?;
        }
        if !f.languages.is_empty() {
            let mut q = sqlx::QueryBuilder::new("INSERT INTO proposal_languages (proposal_id, language) ");
            q.push_values(&f.languages, |mut row, l| {
                row.push_bind(id).push_bind(l);
            });
            q.build().execute(&mut *$tx).await?;
        }
        let answers: Vec<_> = f.answers.iter().filter(|(_, v)| !v.trim().is_empty()).collect();
        if !answers.is_empty() {
            let mut q = sqlx::QueryBuilder::new("INSERT INTO proposal_answers (proposal_id, question_id, value) ");
            q.push_values(answers, |mut row, (question, value)| {
                row.push_bind(id).push_bind(*question).push_bind(value.trim());
            });
            q.build().execute(&mut *$tx).await?;
        }
        if !f.speakers.is_empty() {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO proposal_speakers (proposal_id, position, role, name, title, organization, email, country_code, stakeholder_type, gender, remote) ",
            );
            q.push_values(f.speakers.iter().enumerate(), |mut row, (i, s)| {
                row.push_bind(id).push_bind(i as i64).push_bind(if s.role == "moderator" { "moderator" } else { "speaker" })
                    .push_bind(s.name.trim()).push_bind(s.title.trim()).push_bind(s.organization.trim())
                    .push_bind(s.email.trim().to_lowercase()).push_bind(s.country.trim().to_uppercase())
                    .push_bind(s.stakeholder_type.trim()).push_bind(s.gender.trim()).push_bind(s.remote);
            });
            q.build().execute(&mut *$tx).await?;
        }
    }};
}

impl Portal {
    /// The Action Line codes and SDG numbers saved on a proposal.
    async fn saved_themes(&self, proposal: i64) -> AppResult<(Vec<String>, Vec<String>)> {
        let found = crate::dispatch!(&self.db, pool => async {
            let lines: Vec<String> = sqlx::query_scalar("SELECT code FROM proposal_action_lines WHERE proposal_id = $1")
                .bind(proposal).fetch_all(pool).await?;
            let sdgs: Vec<i64> = sqlx::query_scalar("SELECT sdg FROM proposal_sdgs WHERE proposal_id = $1")
                .bind(proposal).fetch_all(pool).await?;
            Ok::<_, sqlx::Error>((lines, sdgs.into_iter().map(|n| n.to_string()).collect()))
        }.await)?;
        Ok(found)
    }

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

    async fn create(
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
            .ok_or(AppError::Conflict("no-organization"))?;
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
            (true, None) => return Err(AppError::Conflict("call-closed")),
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
                let name: Option<String> = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
                    "SELECT name FROM organizations WHERE id = $1",
                ).bind(org.0).fetch_optional(pool).await)?;
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
                        "UPDATE editions SET proposal_seq = proposal_seq + 1 WHERE id = $1 RETURNING proposal_seq",
                    )
                    .bind(edition.id)
                    .fetch_one(pool)
                    .await?,
                ),
                Db::Sqlite(_) => None,
            };
            let result: Result<String, sqlx::Error> = crate::dispatch!(&self.db, pool => async {
                let mut tx = pool.begin().await?;
                let seq: i64 = match early_seq {
                    Some(seq) => seq,
                    None => sqlx::query_scalar(
                        "UPDATE editions SET proposal_seq = proposal_seq + 1 WHERE id = $1 RETURNING proposal_seq",
                    )
                    .bind(edition.id).fetch_one(&mut *tx).await?,
                };
                let code = format!("{}-{seq:04}", edition.code);
                if let Some(code_id) = code_used {
                    let taken = sqlx::query("UPDATE access_codes SET uses = uses + 1 WHERE id = $1 AND uses < max_uses AND expires_at > $2")
                        .bind(code_id).bind(now).execute(&mut *tx).await?.rows_affected();
                    if taken == 0 {
                        // Used up by someone else a moment ago.
                        return Err(sqlx::Error::RowNotFound);
                    }
                }
                let f = &form;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO proposals (edition_id, seq, code, organization_id, created_by, status, submitted_at, access_code_id, \
                     title, format_code, abstract_text, description, objectives, outcomes, participation_mode, preferred_days, \
                     special_requirements, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) RETURNING id",
                )
                .bind(edition.id).bind(seq).bind(&code).bind(org.0).bind(actor.id.0).bind(status).bind(submitted_at).bind(code_used)
                .bind(&f.title).bind(&f.format).bind(&f.abstract_text).bind(&f.description).bind(&f.objectives).bind(&f.outcomes)
                .bind(&f.participation_mode).bind(&f.preferred_days).bind(&f.special_requirements).bind(now)
                .fetch_one(&mut *tx).await?;
                write_content!(tx, id, &form, now, true);
                // The timeline: created as a draft and, when sent, submitted.
                let events: &[&str] = if submitting.is_some() { &["draft", "submitted"] } else { &["draft"] };
                let mut q = sqlx::QueryBuilder::new("INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) ");
                q.push_values(events, |mut row, status| {
                    row.push_bind(id).push_bind(*status).push_bind(actor.id.0).push_bind(now);
                });
                q.build().execute(&mut *tx).await?;
                crate::audit!(&mut *tx, now, Some(actor.id), "proposal.create", "proposal", &code, None, Some(json!({"title": form.title})), &meta.client_addr)?;
                if let Some(organization) = &submitting {
                    // What `save_proposal` does when a draft is submitted: the
                    // panelists' links and invitations, the receipt. The
                    // proposal is new, so each distinct address gets one link.
                    let mut invitations = self.prepare_invitations(&form, &code, organization, actor.locale);
                    let mut seen = std::collections::HashSet::new();
                    invitations.retain(|inv| seen.insert(inv.email.clone()));
                    if !invitations.is_empty() {
                        let mut q = sqlx::QueryBuilder::new("INSERT INTO speaker_confirmations (proposal_id, email, token_hash, created_at) ");
                        q.push_values(&invitations, |mut row, inv| {
                            row.push_bind(id).push_bind(&inv.email).push_bind(&inv.token.hash).push_bind(now);
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
                        .map(|inv| (inv.email.as_str(), inv.name.as_str(), locale, "speaker-invitation", inv.subject.as_str(), inv.body.as_str()))
                        .chain([(actor.email.as_str(), actor.name.as_str(), locale, "proposal-received", mail.subject.as_str(), mail.body.as_str())]);
                    crate::enqueue_emails!(&mut *tx, now, mails)?;
                    crate::audit!(&mut *tx, now, Some(actor.id), "proposal.submit", "proposal", &code, None, Some(json!({"title": form.title, "status": "submitted"})), &meta.client_addr)?;
                }
                tx.commit().await?;
                Ok(code)
            }.await);
            match result {
                Ok(code) => return Ok(code),
                Err(sqlx::Error::RowNotFound) => {
                    return Err(AppError::Conflict("access-code-used-up"));
                }
                Err(sqlx::Error::Database(d)) if d.is_unique_violation() => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(AppError::Conflict("busy-try-again"))
    }

    /// The proposal with `code`, as seen by `actor` (whose co-organizer
    /// status the row carries).
    async fn proposal_row(&self, actor: &CurrentUser, code: &str) -> AppResult<ProposalRow> {
        let code = code.trim().to_uppercase();
        let row: Option<ProposalRow> = crate::dispatch!(&self.db, pool => sqlx::query_as(SELECT_PROPOSAL)
            .bind(&code).bind(actor.id.0).fetch_optional(pool).await)?;
        row.ok_or(AppError::NotFound)
    }

    /// The row id behind a code (for services that already checked access).
    pub(crate) async fn proposal_id(&self, code: &str) -> AppResult<i64> {
        let id: Option<i64> = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT id FROM proposals WHERE code = $1",
        ).bind(code).fetch_optional(pool).await)?;
        id.ok_or(AppError::NotFound)
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
        let action_lines: Vec<(String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT code, rationale FROM proposal_action_lines WHERE proposal_id = $1 ORDER BY position",
        ).bind(id).fetch_all(pool).await)?;
        let sdgs: Vec<(i64, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT sdg, rationale FROM proposal_sdgs WHERE proposal_id = $1 ORDER BY position",
        ).bind(id).fetch_all(pool).await)?;
        let languages: Vec<String> = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT language FROM proposal_languages WHERE proposal_id = $1 ORDER BY language",
        ).bind(id).fetch_all(pool).await)?;
        let speakers: Vec<SpeakerRow> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT role, name, title, organization, email, country_code, stakeholder_type, gender, remote \
             FROM proposal_speakers WHERE proposal_id = $1 ORDER BY position",
        ).bind(id).fetch_all(pool).await)?;
        let answers: Vec<(i64, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT question_id, value FROM proposal_answers WHERE proposal_id = $1 ORDER BY question_id",
        ).bind(id).fetch_all(pool).await)?;
        let events: Vec<(String, OffsetDateTime)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT status, at FROM proposal_events WHERE proposal_id = $1 ORDER BY id",
        ).bind(id).fetch_all(pool).await)?;
        let status = ProposalStatus::from_code(&row.status).unwrap_or(ProposalStatus::Draft);
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
        let staff = actor.has(Role::Organizer) || actor.has(Role::Admin);
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
                .filter_map(|(s, at)| ProposalStatus::from_code(&s).map(|s| (s, at)))
                .collect(),
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

    /// Saves (and with `Submit`, submits) a proposal. `version` is the one the
    /// form was loaded with: if someone saved in between, nothing is
    /// overwritten and `Conflict("stale-version")` is returned. A submitted
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
        let status = ProposalStatus::from_code(&row.status).unwrap_or(ProposalStatus::Draft);
        let editable = status.is_editable()
            || (staff_edit
                && !matches!(status, ProposalStatus::Withdrawn | ProposalStatus::Merged));
        if !editable {
            return Err(AppError::Conflict("not-editable"));
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
                return Err(AppError::Conflict("deadline-passed"));
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
        let updated: u64 = crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            // Claim the version first: a concurrent save makes this match nothing.
            let claimed = sqlx::query("UPDATE proposals SET version = version WHERE id = $1 AND version = $2")
                .bind(id).bind(version).execute(&mut *tx).await?.rows_affected();
            if claimed == 0 {
                return Ok::<u64, sqlx::Error>(0);
            }
            write_content!(tx, id, &form, now, false);
            if submitting {
                sqlx::query("UPDATE proposals SET status = 'submitted', submitted_at = $2 WHERE id = $1")
                    .bind(id).bind(now).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) VALUES ($1, 'submitted', $2, $3)")
                    .bind(id).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
            }
            // Panelists not invited before get their confirmation link.
            for inv in &invitations {
                let added = sqlx::query(
                    "INSERT INTO speaker_confirmations (proposal_id, email, token_hash, created_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (proposal_id, email) DO NOTHING",
                )
                .bind(id).bind(&inv.email).bind(&inv.token.hash).bind(now)
                .execute(&mut *tx).await?.rows_affected();
                if added == 1 {
                    crate::enqueue_email!(&mut *tx, now, &inv.email, &inv.name, actor.locale.tag(), "speaker-invitation", &inv.subject, &inv.body)?;
                }
            }
            if let Some(mail) = &receipt {
                crate::enqueue_email!(&mut *tx, now, &actor.email, &actor.name, actor.locale.tag(), "proposal-received", &mail.subject, &mail.body)?;
            }
            let action = if submitting { "proposal.submit" } else { "proposal.save" };
            crate::audit!(&mut *tx, now, Some(actor.id), action, "proposal", &row.code, None, Some(json!({"title": form.title, "status": new_status.code()})), &meta.client_addr)?;
            tx.commit().await?;
            Ok(1)
        }.await)?;
        if updated == 0 {
            return Err(AppError::Conflict("stale-version"));
        }
        Ok(new_status)
    }

    /// True while a review phase lets proposers revise submitted proposals.
    async fn revision_phase_open(&self) -> AppResult<bool> {
        let phase = self.current_phase().await?;
        Ok(phase.id > 0 && phase.proposers_may_edit)
    }

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
        let status = ProposalStatus::from_code(&row.status).unwrap_or(ProposalStatus::Draft);
        if !matches!(
            status,
            ProposalStatus::Draft
                | ProposalStatus::Submitted
                | ProposalStatus::UnderReview
                | ProposalStatus::Waitlisted
        ) {
            return Err(AppError::Conflict("not-withdrawable"));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE proposals SET status = 'withdrawn', updated_at = $2, version = version + 1 WHERE id = $1")
                .bind(row.id).bind(now).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) VALUES ($1, 'withdrawn', $2, $3)")
                .bind(row.id).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "proposal.withdraw", "proposal", &row.code, Some(json!({"status": status.code()})), Some(json!({"status": "withdrawn"})), &meta.client_addr)?;
            tx.commit().await
        }.await)?;
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
        if row.status != ProposalStatus::Accepted.code() {
            return Err(AppError::Conflict("not-confirmable"));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            let n = sqlx::query("UPDATE proposals SET status = 'confirmed', updated_at = $2, version = version + 1 WHERE id = $1 AND status = 'accepted'")
                .bind(row.id).bind(now).execute(&mut *tx).await?.rows_affected();
            if n == 0 {
                // Confirmed a moment ago (a double click): nothing more to record.
                return tx.rollback().await;
            }
            sqlx::query("INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) VALUES ($1, 'confirmed', $2, $3)")
                .bind(row.id).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "proposal.confirm", "proposal", &row.code, Some(json!({"status": "accepted"})), Some(json!({"status": "confirmed"})), &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(())
    }

    /// Keeps only the answers to `format`'s questions and checks them
    /// (required ones only when `submitting`).
    fn check_answers(
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

    /// When a proposal of `format` stops being editable: the format's
    /// deadline, or the expiry of the access code it was created with when
    /// that is later and the code covers the format.
    async fn effective_deadline(
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
        let rows: Vec<(String, String, String, String, OffsetDateTime, Option<i64>)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT code, title, status, format_code, updated_at, access_code_id FROM proposals \
             WHERE organization_id = $1 OR created_by = $2 \
                OR id IN (SELECT proposal_id FROM proposal_coorganizers WHERE user_id = $2 AND status = 'accepted') \
             ORDER BY id DESC",
        ).bind(org).bind(actor.id.0).fetch_all(pool).await)?;
        let mut deadlines = Vec::with_capacity(rows.len());
        for r in &rows {
            deadlines.push(self.effective_deadline(&edition, &r.3, r.5).await?);
        }
        Ok(rows
            .into_iter()
            .zip(deadlines)
            .map(
                |((code, title, status, format_code, updated_at, _), deadline)| ProposalSummary {
                    deadline,
                    code,
                    title,
                    status: ProposalStatus::from_code(&status).unwrap_or(ProposalStatus::Draft),
                    format_code,
                    updated_at,
                },
            )
            .collect())
    }

    /// Number of proposals in an edition (any status).
    pub async fn proposal_count(&self, edition_id: i64) -> AppResult<i64> {
        let n: i64 = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM proposals WHERE edition_id = $1",
        ).bind(edition_id).fetch_one(pool).await)?;
        Ok(n)
    }

    /// E-mails the author of every draft whose deadline is less than three
    /// days away, once per draft. Safe on several instances at once: the
    /// `reminded_at IS NULL` guard lets only one of them send. Returns how
    /// many reminders were queued.
    pub async fn send_draft_reminders(&self) -> AppResult<usize> {
        let edition = self.current_edition().await?;
        let now = self.clock.now();
        let drafts: Vec<(i64, String, String, String, String, String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT p.id, p.code, p.title, p.format_code, u.email, u.name, u.locale FROM proposals p \
             JOIN users u ON u.id = p.created_by \
             WHERE p.edition_id = $1 AND p.status = 'draft' AND p.reminded_at IS NULL AND u.is_active = TRUE",
        ).bind(edition.id).fetch_all(pool).await)?;
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
            let queued: u64 = crate::dispatch!(&self.db, pool => async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query("UPDATE proposals SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL")
                    .bind(id).bind(now).execute(&mut *tx).await?.rows_affected();
                if n == 1 {
                    crate::enqueue_email!(&mut *tx, now, &email, &name, locale.tag(), "draft-reminder", &mail.subject, &mail.body)?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }.await)?;
            sent += queued as usize;
        }
        Ok(sent)
    }
}
