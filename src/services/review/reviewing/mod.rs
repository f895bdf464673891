//! Reviewing: the queue, the review page (blind-aware), saving a review and
//! the reviewers' internal discussion.

use super::{ProposalFacts, Standing};
use crate::domain::Role;
use crate::domain::proposal::ProposalStatus;
use crate::domain::review::{
    Aggregate, CONFIDENCE_LEVELS, Recommendation, Weight, line_within, sees_others_reviews,
    weighted_score,
};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::sessions::CurrentUser;
use crate::services::{Portal, RequestMeta};
use crate::validation::{FieldErrors, text_block};
use serde::Serialize;
use serde_json::json;
use time::OffsetDateTime;

/// One line of a reviewer's queue.
#[derive(Debug, Clone, Serialize)]
pub struct QueueItem {
    /// Proposal code.
    pub code: String,
    /// Title.
    pub title: String,
    /// Format code.
    pub format_code: String,
    /// Action Lines.
    pub action_lines: Vec<String>,
    /// Reviews it has (visible ones), from anyone.
    pub review_count: i64,
    /// The reader's own review: `None` when not written yet, else its state
    /// (`visible` or `hidden`).
    pub my_review: Option<String>,
    /// Why it is in the queue: assigned, or in a facilitated line.
    pub assigned: bool,
}

/// A panelist as reviewers see them: in blind mode only the facts that
/// balance depends on, never who they are.
#[derive(Debug, Clone, Serialize)]
pub struct BlindPanelist {
    /// `moderator` or `speaker`.
    pub role: String,
    /// Name (absent in blind mode).
    pub name: Option<String>,
    /// Organization (absent in blind mode).
    pub organization: Option<String>,
    /// Country code.
    pub country: String,
    /// Stakeholder type code.
    pub stakeholder_type: String,
    /// Gender code.
    pub gender: String,
    /// Joins remotely.
    pub remote: bool,
}

/// A proposal's content as the review page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewedProposal {
    /// Code.
    pub code: String,
    /// Status code.
    pub status: String,
    /// Title.
    pub title: String,
    /// Format code.
    pub format_code: String,
    /// Abstract.
    pub abstract_text: String,
    /// Description (Markdown).
    pub description: String,
    /// Objectives.
    pub objectives: String,
    /// Expected outcomes.
    pub outcomes: String,
    /// Action Lines with rationale.
    pub action_lines: Vec<(String, String)>,
    /// SDGs with rationale.
    pub sdgs: Vec<(i64, String)>,
    /// Session languages.
    pub languages: Vec<String>,
    /// Participation mode code.
    pub participation_mode: String,
    /// The language the texts are written in (ISO 639; empty if unknown).
    pub text_language: String,
    /// Lead organization (absent in blind mode).
    pub organization: Option<String>,
    /// Lead organization's stakeholder type.
    pub organization_type: String,
    /// Lead organization's country.
    pub organization_country: String,
    /// Co-organizing organizations (absent in blind mode).
    pub coorganizers: Option<Vec<String>>,
    /// Panel.
    pub panel: Vec<BlindPanelist>,
}

/// One moderation step on a review, as its author and admins see it.
#[derive(Debug, Clone, Serialize)]
pub struct ModerationNote {
    /// Action code (`hide`, `restore`, `edit`, `lock`, …).
    pub action: String,
    /// The moderator's reason.
    pub reason: String,
    /// When.
    pub at: OffsetDateTime,
}

/// A review as shown on the review page.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewView {
    /// Row id.
    pub id: i64,
    /// Reviewer's user id.
    pub reviewer_id: i64,
    /// Reviewer's name.
    pub reviewer: String,
    /// Scores: criterion id, score, note.
    pub scores: Vec<(i64, i64, String)>,
    /// Weighted score, 0–100.
    pub weighted: Option<f64>,
    /// Confidence 1–3.
    pub confidence: i64,
    /// Recommendation.
    pub recommendation: Recommendation,
    /// Comment to the organizers.
    pub comment: String,
    /// `visible` or `hidden`.
    pub state: String,
    /// Locked by a moderator.
    pub locked: bool,
    /// Flagged for moderation.
    pub flagged: bool,
    /// Optimistic-concurrency version.
    pub version: i64,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// What moderators did to it.
    pub moderation: Vec<ModerationNote>,
}

/// One message of the reviewers' discussion.
#[derive(Debug, Clone, Serialize)]
pub struct DiscussionEntry {
    /// Author's name.
    pub author: String,
    /// Text.
    pub body: String,
    /// When.
    pub at: OffsetDateTime,
}

/// Everything on `/review/{code}`.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewPage {
    /// The proposal (blind-aware).
    pub proposal: ReviewedProposal,
    /// Identities are hidden from this reader.
    pub blind: bool,
    /// The reader is an organizer or admin.
    pub staff: bool,
    /// The reader may write or change a review now.
    pub can_review: bool,
    /// Why not, when they are a reviewer of it but may not (message code).
    pub cannot_review: Option<&'static str>,
    /// Criteria.
    pub criteria: Vec<super::Criterion>,
    /// The reader's review.
    pub mine: Option<ReviewView>,
    /// Other reviews the reader may see.
    pub others: Vec<ReviewView>,
    /// Aggregates (staff, or when the phase lets reviewers see others).
    pub aggregate: Option<Aggregate>,
    /// Internal discussion.
    pub discussion: Vec<DiscussionEntry>,
    /// Assigned reviewers (staff): id and name.
    pub assignees: Vec<(i64, String)>,
    /// Declared conflicts (staff): name and reason.
    pub conflicts: Vec<(String, String)>,
    /// Pending or released decision (staff): outcome, note, released.
    pub decision: Option<(String, String, bool)>,
    /// Next proposal in the reader's queue, if any.
    pub next: Option<String>,
    /// Proposals merged into this one (code, title).
    pub merged_from: Vec<(String, String)>,
    /// The session it was merged into.
    pub merged_into: Option<String>,
}

/// The review form as posted: `score-<id>`, `note-<id>`, `confidence`,
/// `recommendation`, `comment`, `version`.
#[derive(Debug, Clone, Default)]
pub struct ReviewForm {
    /// Raw score per criterion id.
    pub scores: Vec<(i64, String)>,
    /// Note per criterion id.
    pub notes: Vec<(i64, String)>,
    /// Confidence as typed.
    pub confidence: String,
    /// Recommendation code.
    pub recommendation: String,
    /// Comment.
    pub comment: String,
    /// Version loaded (0 for a new review).
    pub version: i64,
}

impl ReviewForm {
    /// Reads a posted form.
    pub fn from_pairs(pairs: &[(String, String)]) -> ReviewForm {
        let mut f = ReviewForm::default();
        for (k, v) in pairs {
            if let Some(id) = k.strip_prefix("score-").and_then(|i| i.parse().ok()) {
                f.scores.push((id, v.clone()));
            } else if let Some(id) = k.strip_prefix("note-").and_then(|i| i.parse().ok()) {
                f.notes.push((id, v.clone()));
            } else {
                match k.as_str() {
                    "confidence" => f.confidence = v.clone(),
                    "recommendation" => f.recommendation = v.clone(),
                    "comment" => f.comment = v.clone(),
                    "version" => f.version = v.trim().parse().unwrap_or(0),
                    _ => {}
                }
            }
        }
        f
    }

    /// The form's values by field name, to show them again after an error.
    pub fn values(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for (id, v) in &self.scores {
            out.push((format!("score-{id}"), v.clone()));
        }
        for (id, v) in &self.notes {
            out.push((format!("note-{id}"), v.clone()));
        }
        out.push(("confidence".into(), self.confidence.clone()));
        out.push(("recommendation".into(), self.recommendation.clone()));
        out.push(("comment".into(), self.comment.clone()));
        out
    }
}

#[derive(sqlx::FromRow)]
struct ReviewRow {
    id: i64,
    reviewer_id: i64,
    reviewer: String,
    confidence: i64,
    #[sqlx(try_from = "String")]
    recommendation: Recommendation,
    comment: String,
    state: String,
    locked: bool,
    flagged: bool,
    version: i64,
    updated_at: OffsetDateTime,
}

const QUEUE_STATUSES: &str = "('submitted', 'under-review')";

mod page;
mod queue;
mod write;

impl Portal {
    /// The weights of the current criteria.
    pub(crate) async fn weights(&self) -> AppResult<Vec<Weight>> {
        Ok(self
            .criteria()
            .await?
            .iter()
            .map(|c| Weight {
                criterion: c.id,
                weight: c.weight,
                scale_max: c.scale_max,
            })
            .collect())
    }
}
