//! Official submissions other than session proposals (views, speaker
//! recommendations, High-Level Track nominations, exhibition requests):
//! the proposer's side. Same rules as proposals: made for the author's
//! organization, drafts, edits and withdrawal until the kind's deadline, a
//! receipt by e-mail. Organizers' tools are in [`organize`], consultation
//! meetings in [`meetings`], the public report in [`outcomes`].

pub mod kinds;
pub mod meetings;
pub mod organize;
pub mod outcomes;

use super::Portal;
use super::sessions::CurrentUser;
use crate::domain::Role;
use crate::domain::submission::{SubmissionForm, SubmissionKind};
use crate::domain::taxonomy::Themes;
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use crate::services::{RequestMeta, SaveIntent};
use serde::Serialize;
use serde_json::json;
use time::OffsetDateTime;

/// A draft, not yet sent.
pub const STATUS_DRAFT: &str = "draft";
/// Sent, counted and seen by organizers.
pub const STATUS_SUBMITTED: &str = "submitted";
/// Taken back by its author.
pub const STATUS_WITHDRAWN: &str = "withdrawn";

/// What organizers made of a submission.
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionUse {
    /// `speaker`, `session` (a note on a session) or `line` (a note on a track).
    pub use_kind: String,
    /// The session's proposal code or the Action Line's code.
    pub target_code: String,
    /// The note's text (empty for a speaker).
    pub note: String,
    /// When.
    pub created_at: OffsetDateTime,
}

/// One submission as its author or an organizer sees it.
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionView {
    /// Reference, e.g. `WF27-SR-0004`.
    pub code: String,
    /// Its kind.
    pub kind: SubmissionKind,
    /// `draft`, `submitted` or `withdrawn`.
    pub status: String,
    /// Its content.
    pub form: SubmissionForm,
    /// The organization it was made for (empty for a meeting input).
    pub organization: String,
    /// Stakeholder type counted for it.
    pub stakeholder_type: String,
    /// Country counted for it.
    pub country_code: String,
    /// The consultation meeting it was received at, if any.
    pub meeting: Option<String>,
    /// The speaker organizers recorded it for, at a meeting.
    pub on_behalf_of: String,
    /// When it was sent.
    pub submitted_at: Option<OffsetDateTime>,
    /// When it was last changed.
    pub updated_at: OffsetDateTime,
    /// Optimistic-concurrency version.
    pub version: i64,
    /// Organizers' tags (shown to organizers only).
    pub tags: Vec<String>,
    /// What organizers made of it (shown to organizers only).
    pub uses: Vec<SubmissionUse>,
    /// True when the reader is one of its authors (its creator or a member
    /// of the organization it was made for).
    pub author: bool,
    /// True when the reader may still change it.
    pub editable: bool,
    /// When its kind closes.
    pub deadline: OffsetDateTime,
}

/// A line of the proposer's list.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct MySubmission {
    /// Reference.
    pub code: String,
    /// Kind code.
    pub kind: String,
    /// Status code.
    pub status: String,
    /// Title (may be empty in a draft).
    pub title: String,
    /// Last change.
    pub updated_at: OffsetDateTime,
}

#[derive(sqlx::FromRow)]
pub(crate) struct SubmissionRow {
    pub id: i64,
    pub edition_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: SubmissionKind,
    pub code: String,
    pub status: String,
    pub title: String,
    pub body: String,
    pub person_name: String,
    pub person_organization: String,
    pub person_country: String,
    pub person_stakeholder: String,
    pub person_gender: String,
    pub person_email: String,
    pub space_size: String,
    pub consent_public: bool,
    pub stakeholder_type: String,
    pub country_code: String,
    pub organization_id: Option<i64>,
    pub created_by: Option<i64>,
    pub meeting_id: Option<i64>,
    pub on_behalf_of: String,
    pub submitted_at: Option<OffsetDateTime>,
    pub updated_at: OffsetDateTime,
    pub version: i64,
    pub organization: String,
    pub meeting_title: String,
}

const SELECT_SUBMISSION: &str = "SELECT s.id, s.edition_id, s.kind, s.code, s.status, s.title, \
    s.body, s.person_name, s.person_organization, s.person_country, s.person_stakeholder, \
    s.person_gender, s.person_email, s.space_size, s.consent_public, s.stakeholder_type, \
    s.country_code, s.organization_id, s.created_by, s.meeting_id, s.on_behalf_of, \
    s.submitted_at, s.updated_at, s.version, COALESCE(o.name, '') AS organization, \
    COALESCE(m.title, '') AS meeting_title FROM submissions s LEFT JOIN organizations o ON o.id \
    = s.organization_id LEFT JOIN consultation_meetings m ON m.id = s.meeting_id WHERE s.code = \
    $1";

/// The author's side: the creator, or anyone of the organization it was
/// made for. Meeting inputs belong to the organizers who recorded them.
fn owns(actor: &CurrentUser, row: &SubmissionRow) -> bool {
    row.meeting_id.is_none()
        && (row.created_by == Some(actor.id.0)
            || (row.organization_id.is_some()
                && actor.organization_id.map(|o| o.0) == row.organization_id))
}

/// Writes the form's columns and theme rows for submission `$id` inside `$tx`.
macro_rules! write_submission {
    ($tx:expr, $id:expr, $form:expr, $now:expr) => {{
        let f: &SubmissionForm = $form;
        sqlx::query(
            "UPDATE submissions SET title = $2, body = $3, person_name = $4, person_organization \
             = $5, person_country = $6, person_stakeholder = $7, person_gender = $8, \
             person_email = $9, space_size = $10, consent_public = $11, updated_at = $12, \
             version = version + 1 WHERE id = $1",
        )
        .bind($id)
        .bind(&f.title)
        .bind(&f.body)
        .bind(&f.person_name)
        .bind(&f.person_organization)
        .bind(&f.person_country)
        .bind(&f.person_stakeholder)
        .bind(&f.person_gender)
        .bind(&f.person_email)
        .bind(&f.space_size)
        .bind(f.consent)
        .bind($now)
        .execute(&mut *$tx)
        .await?;
        sqlx::query("DELETE FROM submission_action_lines WHERE submission_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await?;
        sqlx::query("DELETE FROM submission_sdgs WHERE submission_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await?;
        for (i, code) in f.action_lines.iter().enumerate() {
            sqlx::query(
                "INSERT INTO submission_action_lines (submission_id, position, code) VALUES ($1, \
                 $2, $3)",
            )
            .bind($id)
            .bind(i as i64)
            .bind(code)
            .execute(&mut *$tx)
            .await?;
        }
        for (i, sdg) in f.sdgs.iter().enumerate() {
            let n: i64 = sdg.parse().unwrap_or(0);
            sqlx::query(
                "INSERT INTO submission_sdgs (submission_id, position, sdg) VALUES ($1, $2, $3)",
            )
            .bind($id)
            .bind(i as i64)
            .bind(n)
            .execute(&mut *$tx)
            .await?;
        }
    }};
}

/// Where a new submission comes from, for [`Portal::insert_submission`].
pub(crate) struct NewSubmission<'a> {
    pub edition_id: i64,
    pub edition_code: &'a str,
    pub kind: SubmissionKind,
    pub organization_id: Option<i64>,
    pub stakeholder_type: String,
    pub country_code: String,
    pub meeting_id: Option<i64>,
    pub on_behalf_of: String,
    pub submit: bool,
    /// When sending for an organization: the kind's per-organization limit,
    /// checked again inside the writing transaction.
    pub limit: Option<u32>,
}

/// Inside a writing transaction: locks the organization's row (so two
/// members sending at once queue here, on either database) and tells
/// whether it may send one more of `kind`. The check before the
/// transaction gives the early, friendly answer; this one is the rule.
macro_rules! under_limit {
    ($tx:expr, $edition:expr, $kind:expr, $org:expr, $max:expr) => {{
        sqlx::query("UPDATE organizations SET version = version WHERE id = $1")
            .bind($org)
            .execute(&mut *$tx)
            .await?;
        let sent: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM submissions WHERE edition_id = $1 AND kind = $2 AND \
             organization_id = $3 AND status = 'submitted'",
        )
        .bind($edition)
        .bind($kind)
        .bind($org)
        .fetch_one(&mut *$tx)
        .await?;
        sent < i64::from($max)
    }};
}

mod write;

impl Portal {
    pub(crate) async fn submission_row(&self, code: &str) -> AppResult<SubmissionRow> {
        let code = code.trim().to_uppercase();
        let row: Option<SubmissionRow> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(SELECT_SUBMISSION)
                .bind(&code)
                .fetch_optional(pool)
                .await)?;
        row.ok_or(AppError::NotFound)
    }

    /// The stakeholder type and country of an organization.
    async fn organization_facts(&self, org: i64) -> AppResult<(String, String)> {
        let found: Option<(String, String)> = crate::dispatch!(&self.db, |pool| sqlx::query_as(
            "SELECT stakeholder_type, country_code FROM organizations WHERE id = $1",
        )
        .bind(org)
        .fetch_optional(pool)
        .await)?;
        found.ok_or(AppError::Conflict(ConflictCode::NoOrganization))
    }

    /// The Action Line codes and SDG numbers saved on submission `id`, in order.
    async fn saved_themes_of(&self, id: i64) -> AppResult<(Vec<String>, Vec<String>)> {
        let found = crate::dispatch!(&self.db, |pool| {
            async {
                let lines: Vec<String> = sqlx::query_scalar(
                    "SELECT code FROM submission_action_lines WHERE submission_id = $1 ORDER BY \
                     position",
                )
                .bind(id)
                .fetch_all(pool)
                .await?;
                let sdgs: Vec<i64> = sqlx::query_scalar(
                    "SELECT sdg FROM submission_sdgs WHERE submission_id = $1 ORDER BY position",
                )
                .bind(id)
                .fetch_all(pool)
                .await?;
                Ok::<_, sqlx::Error>((lines, sdgs.into_iter().map(|n| n.to_string()).collect()))
            }
            .await
        })?;
        Ok(found)
    }

    /// A submission, if the actor may read it (otherwise `NotFound`):
    /// its authors, and organizers and admins.
    pub async fn submission(&self, actor: &CurrentUser, code: &str) -> AppResult<SubmissionView> {
        let row = self.submission_row(code).await?;
        let staff = actor.is_staff();
        let author = owns(actor, &row);
        if !author && !staff {
            return Err(AppError::NotFound);
        }
        let kind = row.kind;
        let (lines, sdgs) = self.saved_themes_of(row.id).await?;
        let (tags, uses) = crate::dispatch!(&self.db, |pool| {
            async {
                let tags: Vec<String> = if staff {
                    sqlx::query_scalar(
                        "SELECT tag FROM submission_tags WHERE submission_id = $1 ORDER BY tag",
                    )
                    .bind(row.id)
                    .fetch_all(pool)
                    .await?
                } else {
                    Vec::new()
                };
                let uses: Vec<(String, String, String, OffsetDateTime)> = if staff {
                    sqlx::query_as(
                        "SELECT use_kind, target_code, note, created_at FROM submission_uses \
                         WHERE submission_id = $1 ORDER BY id",
                    )
                    .bind(row.id)
                    .fetch_all(pool)
                    .await?
                } else {
                    Vec::new()
                };
                Ok::<_, sqlx::Error>((tags, uses))
            }
            .await
        })?;
        let edition = self.current_edition().await?;
        let settings = self.kind_settings(&edition).await?;
        let deadline = settings
            .iter()
            .find(|s| s.kind == kind)
            .map(|s| s.closes_at)
            .unwrap_or(edition.submissions_close_at);
        let now = self.clock.now();
        let editable = if row.meeting_id.is_some() {
            staff
        } else {
            author
                && row.status != STATUS_WITHDRAWN
                && row.edition_id == edition.id
                && now < deadline
        };
        Ok(SubmissionView {
            code: row.code.clone(),
            kind,
            status: row.status.clone(),
            form: SubmissionForm {
                title: row.title,
                body: row.body,
                action_lines: lines,
                sdgs,
                person_name: row.person_name,
                person_organization: row.person_organization,
                person_country: row.person_country,
                person_stakeholder: row.person_stakeholder,
                person_gender: row.person_gender,
                person_email: row.person_email,
                space_size: row.space_size,
                consent: row.consent_public,
            },
            organization: row.organization,
            stakeholder_type: row.stakeholder_type,
            country_code: row.country_code,
            meeting: (!row.meeting_title.is_empty()).then_some(row.meeting_title),
            on_behalf_of: row.on_behalf_of,
            submitted_at: row.submitted_at,
            updated_at: row.updated_at,
            version: row.version,
            tags,
            uses: uses
                .into_iter()
                .map(|(use_kind, target_code, note, created_at)| SubmissionUse {
                    use_kind,
                    target_code,
                    note,
                    created_at,
                })
                .collect(),
            author,
            editable,
            deadline,
        })
    }

    /// The submissions of the actor's organization (and the actor's own)
    /// in the current edition, newest first.
    pub async fn my_submissions(&self, actor: &CurrentUser) -> AppResult<Vec<MySubmission>> {
        let edition = self.current_edition().await?;
        let org = actor.organization_id.map(|o| o.0).unwrap_or(-1);
        let rows: Vec<MySubmission> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT code, kind, status, title, updated_at FROM submissions WHERE edition_id \
                 = $1 AND meeting_id IS NULL AND (created_by = $2 OR organization_id = $3) ORDER \
                 BY updated_at DESC, id DESC",
            )
            .bind(edition.id)
            .bind(actor.id.0)
            .bind(org)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }
}
