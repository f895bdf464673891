//! The organizers' view of every submission of every kind: one filterable
//! list, tags, and turning a submission into programme material (a
//! recommended or nominated person becomes a speaker on a session; a view
//! becomes a note on a session or on an Action Line's track).

use super::{STATUS_SUBMITTED, SubmissionRow};
use crate::domain::country;
use crate::domain::proposal::ProposalStatus;
use crate::domain::submission::{RECEIVED_AT_MEETING, RECEIVED_ONLINE, SubmissionKind, parse_tag};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::{CurrentUser, Portal, RequestMeta};
use crate::validation::{FieldErrors, text_block};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::HashMap;
use time::OffsetDateTime;

/// One row of the organizers' list (and of the public report's data).
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionSummary {
    /// Reference.
    pub code: String,
    /// Kind.
    pub kind: SubmissionKind,
    /// `submitted` or `withdrawn`.
    pub status: String,
    /// Title.
    pub title: String,
    /// The main text.
    pub body: String,
    /// Organization name, or the speaker's name for a meeting input.
    pub from: String,
    /// Stakeholder type code.
    pub stakeholder_type: String,
    /// Country code.
    pub country_code: String,
    /// ITU region letter (empty when the country is unknown).
    pub region: String,
    /// Action Line codes.
    pub action_lines: Vec<String>,
    /// SDG numbers.
    pub sdgs: Vec<String>,
    /// Organizers' tags.
    pub tags: Vec<String>,
    /// `online` or `meeting`.
    pub received: String,
    /// The meeting's id, for meeting inputs.
    pub meeting_id: Option<i64>,
    /// The meeting's title, for meeting inputs.
    pub meeting: String,
    /// The author agreed to publication.
    pub consent: bool,
    /// When it was sent.
    pub submitted_at: Option<OffsetDateTime>,
    /// How many times organizers used it.
    pub uses: i64,
}

/// The list's filters, from the query string; empty means any.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SubmissionFilter {
    /// Kind code.
    #[serde(default)]
    pub kind: String,
    /// Stakeholder type code.
    #[serde(default)]
    pub stakeholder: String,
    /// ITU region letter.
    #[serde(default)]
    pub region: String,
    /// Country code.
    #[serde(default)]
    pub country: String,
    /// Action Line code.
    #[serde(default)]
    pub line: String,
    /// SDG number.
    #[serde(default)]
    pub sdg: String,
    /// `online`, or `meeting-{id}` for one meeting.
    #[serde(default)]
    pub received: String,
    /// Tag.
    #[serde(default)]
    pub tag: String,
    /// `withdrawn` to list withdrawn ones instead of sent ones.
    #[serde(default)]
    pub status: String,
    /// Words in the title or text.
    #[serde(default)]
    pub q: String,
}

impl SubmissionFilter {
    /// True when `s` passes every filter.
    pub fn matches(&self, s: &SubmissionSummary) -> bool {
        let any = |f: &str, v: &str| f.is_empty() || f == v;
        let wanted_status = if self.status == "withdrawn" {
            "withdrawn"
        } else {
            STATUS_SUBMITTED
        };
        let received_ok = match self.received.as_str() {
            "" => true,
            RECEIVED_ONLINE => s.received == RECEIVED_ONLINE,
            other => other
                .strip_prefix("meeting-")
                .and_then(|id| id.parse::<i64>().ok())
                .is_some_and(|id| s.meeting_id == Some(id)),
        };
        let q = self.q.trim().to_lowercase();
        s.status == wanted_status
            && any(&self.kind, s.kind.code())
            && any(&self.stakeholder, &s.stakeholder_type)
            && any(&self.region, &s.region)
            && any(&self.country, &s.country_code)
            && (self.line.is_empty() || s.action_lines.contains(&self.line))
            && (self.sdg.is_empty() || s.sdgs.contains(&self.sdg))
            && (self.tag.is_empty() || s.tags.contains(&self.tag))
            && received_ok
            && (q.is_empty()
                || s.title.to_lowercase().contains(&q)
                || s.body.to_lowercase().contains(&q)
                || s.from.to_lowercase().contains(&q)
                || s.code.to_lowercase().contains(&q))
    }
}

/// The organizers' form that turns a submission into programme material.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UseForm {
    /// `speaker` (a person onto a session), `session` (a note on a
    /// session) or `line` (a note on an Action Line's track).
    #[serde(default)]
    pub use_kind: String,
    /// The session's code, or the Action Line's.
    #[serde(default)]
    pub target: String,
    /// The note (optional; the submission's title when empty).
    #[serde(default)]
    pub note: String,
}

/// A note from a submission, shown where it was attached.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ProgrammeNote {
    /// The submission's reference.
    pub code: String,
    /// Its title.
    pub title: String,
    /// The note.
    pub note: String,
}

#[derive(sqlx::FromRow)]
struct ListRow {
    id: i64,
    code: String,
    kind: String,
    status: String,
    title: String,
    body: String,
    organization: String,
    on_behalf_of: String,
    stakeholder_type: String,
    country_code: String,
    meeting_id: Option<i64>,
    meeting_title: String,
    consent_public: bool,
    submitted_at: Option<OffsetDateTime>,
    uses: i64,
}

mod tags;

impl Portal {
    /// Every sent or withdrawn submission of the current edition, oldest
    /// first, with themes and tags. For organizers' lists and reports; the
    /// caller checks who may see what.
    pub(crate) async fn edition_submissions(&self) -> AppResult<Vec<SubmissionSummary>> {
        let edition = self.current_edition().await?;
        let (rows, lines, sdgs, tags) = crate::dispatch!(&self.db, |pool| {
            async {
                let rows: Vec<ListRow> = sqlx::query_as(
                    "SELECT s.id, s.code, s.kind, s.status, s.title, s.body, COALESCE(o.name, \
                     '') AS organization, s.on_behalf_of, s.stakeholder_type, s.country_code, \
                     s.meeting_id, COALESCE(m.title, '') AS meeting_title, s.consent_public, \
                     s.submitted_at, (SELECT COUNT(*) FROM submission_uses u WHERE \
                     u.submission_id = s.id) AS uses FROM submissions s LEFT JOIN organizations \
                     o ON o.id = s.organization_id LEFT JOIN consultation_meetings m ON m.id = \
                     s.meeting_id WHERE s.edition_id = $1 AND s.status <> 'draft' ORDER BY \
                     s.submitted_at, s.id",
                )
                .bind(edition.id)
                .fetch_all(pool)
                .await?;
                let lines: Vec<(i64, String)> = sqlx::query_as(
                    "SELECT l.submission_id, l.code FROM submission_action_lines l JOIN \
                     submissions s ON s.id = l.submission_id WHERE s.edition_id = $1 ORDER BY \
                     l.submission_id, l.position",
                )
                .bind(edition.id)
                .fetch_all(pool)
                .await?;
                let sdgs: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT g.submission_id, g.sdg FROM submission_sdgs g JOIN submissions s ON \
                     s.id = g.submission_id WHERE s.edition_id = $1 ORDER BY g.submission_id, \
                     g.position",
                )
                .bind(edition.id)
                .fetch_all(pool)
                .await?;
                let tags: Vec<(i64, String)> = sqlx::query_as(
                    "SELECT t.submission_id, t.tag FROM submission_tags t JOIN submissions s ON \
                     s.id = t.submission_id WHERE s.edition_id = $1 ORDER BY t.submission_id, \
                     t.tag",
                )
                .bind(edition.id)
                .fetch_all(pool)
                .await?;
                Ok::<_, sqlx::Error>((rows, lines, sdgs, tags))
            }
            .await
        })?;
        let mut line_map: HashMap<i64, Vec<String>> = HashMap::new();
        for (id, code) in lines {
            line_map.entry(id).or_default().push(code);
        }
        let mut sdg_map: HashMap<i64, Vec<String>> = HashMap::new();
        for (id, n) in sdgs {
            sdg_map.entry(id).or_default().push(n.to_string());
        }
        let mut tag_map: HashMap<i64, Vec<String>> = HashMap::new();
        for (id, t) in tags {
            tag_map.entry(id).or_default().push(t);
        }
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let kind = SubmissionKind::from_code(&r.kind)?;
                let region = country(&r.country_code)
                    .map(|c| c.region.code().to_string())
                    .unwrap_or_default();
                Some(SubmissionSummary {
                    code: r.code,
                    kind,
                    status: r.status,
                    title: r.title,
                    body: r.body,
                    from: if r.meeting_id.is_some() {
                        r.on_behalf_of
                    } else {
                        r.organization
                    },
                    stakeholder_type: r.stakeholder_type,
                    country_code: r.country_code,
                    region,
                    action_lines: line_map.remove(&r.id).unwrap_or_default(),
                    sdgs: sdg_map.remove(&r.id).unwrap_or_default(),
                    tags: tag_map.remove(&r.id).unwrap_or_default(),
                    received: if r.meeting_id.is_some() {
                        RECEIVED_AT_MEETING.to_owned()
                    } else {
                        RECEIVED_ONLINE.to_owned()
                    },
                    meeting_id: r.meeting_id,
                    meeting: r.meeting_title,
                    consent: r.consent_public,
                    submitted_at: r.submitted_at,
                    uses: r.uses,
                })
            })
            .collect())
    }

    /// The submissions passing `filter`, and every tag in use (for the
    /// filter's list). Organizers and admins only.
    pub async fn organizer_submissions(
        &self,
        actor: &CurrentUser,
        filter: &SubmissionFilter,
    ) -> AppResult<(Vec<SubmissionSummary>, Vec<String>)> {
        actor.require_staff()?;
        let all = self.edition_submissions().await?;
        let mut tags: Vec<String> = all.iter().flat_map(|s| s.tags.iter().cloned()).collect();
        tags.sort();
        tags.dedup();
        Ok((
            all.into_iter().filter(|s| filter.matches(s)).collect(),
            tags,
        ))
    }

    /// The notes attached to a session (`session`, its proposal code) or to
    /// an Action Line's track (`line`, its code), oldest first, as far as
    /// `actor` may read them: staff read all; a facilitator reads the notes
    /// of the lines it may report on; anyone else gets none.
    pub async fn programme_notes(
        &self,
        actor: &CurrentUser,
        use_kind: &str,
        target: &str,
    ) -> AppResult<Vec<ProgrammeNote>> {
        let may_read = actor.is_staff()
            || (use_kind == "line"
                && actor.has(crate::domain::Role::Facilitator)
                && self
                    .reportable_lines(actor)
                    .await?
                    .iter()
                    .any(|m| crate::domain::review::line_within(target, m)));
        if !may_read {
            return Ok(Vec::new());
        }
        let rows: Vec<ProgrammeNote> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT s.code, s.title, u.note FROM submission_uses u JOIN submissions s ON \
                 s.id = u.submission_id WHERE u.use_kind = $1 AND u.target_code = $2 ORDER BY \
                 u.id",
            )
            .bind(use_kind)
            .bind(target)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }
}
