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
use crate::error::ConflictCode;
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
    #[sqlx(try_from = "String")]
    status: ProposalStatus,
    title: String,
    format_code: String,
    abstract_text: String,
    description: String,
    objectives: String,
    outcomes: String,
    text_language: String,
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

const SELECT_PROPOSAL: &str = "SELECT p.id, p.code, p.organization_id, p.created_by, p.status, \
    p.title, p.format_code, p.abstract_text, p.description, p.objectives, p.outcomes, \
    p.text_language, p.participation_mode, p.preferred_days, p.special_requirements, p.submitted_at, \
    p.updated_at, p.version, o.name AS organization, p.access_code_id, EXISTS (SELECT 1 FROM \
    proposal_coorganizers c WHERE c.proposal_id = p.id AND c.user_id = $2 AND c.status = \
    'accepted') AS coorganizer, EXISTS (SELECT 1 FROM proposal_merges m WHERE m.target_id = p.id \
    AND m.applied_at IS NOT NULL) AS merge_target FROM proposals p JOIN organizations o ON o.id \
    = p.organization_id WHERE p.code = $1";

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
    row.merge_target && (actor.is_staff())
}

fn may_read(actor: &CurrentUser, row: &ProposalRow) -> bool {
    owns(actor, row) || actor.is_staff()
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
                "UPDATE proposals SET title = $2, format_code = $3, abstract_text = $4, \
                 description = $5, objectives = $6, outcomes = $7, participation_mode = $8, \
                 preferred_days = $9, special_requirements = $10, updated_at = $11, version = \
                 version + 1, text_language = $12 WHERE id = $1",
            )
            .bind(id)
            .bind(&f.title)
            .bind(&f.format)
            .bind(&f.abstract_text)
            .bind(&f.description)
            .bind(&f.objectives)
            .bind(&f.outcomes)
            .bind(&f.participation_mode)
            .bind(&f.preferred_days)
            .bind(&f.special_requirements)
            .bind($now)
            .bind(&f.text_language)
            .execute(&mut *$tx)
            .await?;
            for table in [
                "proposal_action_lines",
                "proposal_sdgs",
                "proposal_languages",
                "proposal_speakers",
                "proposal_answers",
            ] {
                sqlx::query(&format!("DELETE FROM {table} WHERE proposal_id = $1"))
                    .bind(id)
                    .execute(&mut *$tx)
                    .await?;
            }
        }
        if !f.action_lines.is_empty() {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO proposal_action_lines (proposal_id, position, code, rationale) ",
            );
            q.push_values(f.action_lines.iter().enumerate(), |mut row, (i, al)| {
                row.push_bind(id)
                    .push_bind(i as i64)
                    .push_bind(&al.code)
                    .push_bind(&al.rationale);
            });
            q.build().execute(&mut *$tx).await?;
        }
        if !f.sdgs.is_empty() {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO proposal_sdgs (proposal_id, position, sdg, rationale) ",
            );
            q.push_values(f.sdgs.iter().enumerate(), |mut row, (i, sdg)| {
                let n: i64 = sdg.code.parse().unwrap_or(0);
                row.push_bind(id)
                    .push_bind(i as i64)
                    .push_bind(n)
                    .push_bind(&sdg.rationale);
            });
            q.build().execute(&mut *$tx).await?;
        }
        if !f.languages.is_empty() {
            let mut q =
                sqlx::QueryBuilder::new("INSERT INTO proposal_languages (proposal_id, language) ");
            q.push_values(&f.languages, |mut row, l| {
                row.push_bind(id).push_bind(l);
            });
            q.build().execute(&mut *$tx).await?;
        }
        let answers: Vec<_> = f
            .answers
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .collect();
        if !answers.is_empty() {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO proposal_answers (proposal_id, question_id, value) ",
            );
            q.push_values(answers, |mut row, (question, value)| {
                row.push_bind(id)
                    .push_bind(*question)
                    .push_bind(value.trim());
            });
            q.build().execute(&mut *$tx).await?;
        }
        if !f.speakers.is_empty() {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO proposal_speakers (proposal_id, position, role, name, title, \
                 organization, email, country_code, stakeholder_type, gender, remote) ",
            );
            q.push_values(f.speakers.iter().enumerate(), |mut row, (i, s)| {
                row.push_bind(id)
                    .push_bind(i as i64)
                    .push_bind(if s.role == "moderator" {
                        "moderator"
                    } else {
                        "speaker"
                    })
                    .push_bind(s.name.trim())
                    .push_bind(s.title.trim())
                    .push_bind(s.organization.trim())
                    .push_bind(s.email.trim().to_lowercase())
                    .push_bind(s.country.trim().to_uppercase())
                    .push_bind(s.stakeholder_type.trim())
                    .push_bind(s.gender.trim())
                    .push_bind(s.remote);
            });
            q.build().execute(&mut *$tx).await?;
        }
    }};
}

// After `write_content!`, so the submodules can use it.
mod create;
mod lifecycle;
mod read;
mod save;

impl Portal {
    /// The row id behind a code (for services that already checked access).
    pub(crate) async fn proposal_id(&self, code: &str) -> AppResult<i64> {
        let id: Option<i64> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT id FROM proposals WHERE code = $1",
        )
        .bind(code)
        .fetch_optional(pool)
        .await)?;
        id.ok_or(AppError::NotFound)
    }
}
