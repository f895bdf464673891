//! Reviewing: the queue, the review page (blind-aware), saving a review and
//! the reviewers' internal discussion.

use super::{ProposalFacts, Standing, staff};
use crate::domain::Role;
use crate::domain::review::{
    Aggregate, CONFIDENCE_LEVELS, Recommendation, Weight, line_within, sees_others_reviews,
    weighted_score,
};
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
    recommendation: String,
    comment: String,
    state: String,
    locked: bool,
    flagged: bool,
    version: i64,
    updated_at: OffsetDateTime,
}

const QUEUE_STATUSES: &str = "('submitted', 'under-review')";

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

    /// The reader's queue: assigned proposals, and for a facilitator every
    /// proposal in its lines, without any they have a conflict with.
    pub async fn review_queue(&self, actor: &CurrentUser) -> AppResult<Vec<QueueItem>> {
        if !Portal::may_review(actor) {
            return Err(AppError::Forbidden);
        }
        let edition = self.current_edition().await?;
        let rows: Vec<(i64, String, String, String, bool)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            &format!("SELECT p.id, p.code, p.title, p.format_code, \
               (EXISTS (SELECT 1 FROM review_assignments a WHERE a.proposal_id = p.id AND a.reviewer_id = $2) \
                OR EXISTS (SELECT 1 FROM reviews r WHERE r.proposal_id = p.id AND r.reviewer_id = $2)) AS assigned \
             FROM proposals p WHERE p.edition_id = $1 AND p.status IN {QUEUE_STATUSES} ORDER BY p.seq"),
        ).bind(edition.id).bind(actor.id.0).fetch_all(pool).await)?;
        let lines: Vec<(i64, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT l.proposal_id, l.code FROM proposal_action_lines l JOIN proposals p ON p.id = l.proposal_id \
             WHERE p.edition_id = $1 ORDER BY l.position",
        ).bind(edition.id).fetch_all(pool).await)?;
        let counts: Vec<(i64, i64)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT r.proposal_id, COUNT(*) FROM reviews r JOIN proposals p ON p.id = r.proposal_id \
             WHERE p.edition_id = $1 AND r.state = 'visible' GROUP BY r.proposal_id",
        ).bind(edition.id).fetch_all(pool).await)?;
        let mine: Vec<(i64, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT proposal_id, state FROM reviews WHERE reviewer_id = $1",
        ).bind(actor.id.0).fetch_all(pool).await)?;
        let facilitated = if actor.has(Role::Facilitator) {
            self.facilitator_lines(actor.id).await?
        } else {
            Vec::new()
        };
        let mut lines = super::group_by_id(lines);
        let counts: std::collections::HashMap<i64, i64> = counts.into_iter().collect();
        let mine: std::collections::HashMap<i64, String> = mine.into_iter().collect();
        let mut out = Vec::new();
        for (id, code, title, format_code, assigned) in rows {
            let action_lines = lines.remove(&id).unwrap_or_default();
            let in_line = action_lines
                .iter()
                .any(|l| facilitated.iter().any(|f| line_within(l, f)));
            if !assigned && !in_line {
                continue;
            }
            if self.conflict_reason(id, actor).await?.is_some() {
                continue;
            }
            out.push(QueueItem {
                code,
                title,
                format_code,
                action_lines,
                review_count: counts.get(&id).copied().unwrap_or(0),
                my_review: mine.get(&id).cloned(),
                assigned,
            });
        }
        Ok(out)
    }

    /// The proposal to review next: among the reader's queue items without
    /// their review, the one with the fewest reviews so far (then by code).
    pub async fn next_to_review(&self, actor: &CurrentUser) -> AppResult<Option<String>> {
        self.next_to_review_except(actor, None).await
    }

    /// [`Portal::next_to_review`] leaving out `except` (the proposal being read).
    async fn next_to_review_except(
        &self,
        actor: &CurrentUser,
        except: Option<&str>,
    ) -> AppResult<Option<String>> {
        let queue = self.review_queue(actor).await?;
        Ok(queue
            .into_iter()
            .filter(|q| q.my_review.is_none() && Some(q.code.as_str()) != except)
            .min_by(|a, b| (a.review_count, &a.code).cmp(&(b.review_count, &b.code)))
            .map(|q| q.code))
    }

    /// True when `actor` may write a review of `p`: assigned, or the
    /// facilitator of one of its lines; never with a conflict.
    /// `standing` is the reader's, already established: only staff standing
    /// skipped the conflict check, so only then is it made here.
    async fn reviews_it(
        &self,
        actor: &CurrentUser,
        p: &ProposalFacts,
        standing: Standing,
    ) -> AppResult<bool> {
        if !actor.has(Role::Reviewer) && !actor.has(Role::Facilitator) {
            return Ok(false);
        }
        if standing == Standing::Staff && self.conflict_reason(p.id, actor).await?.is_some() {
            return Ok(false);
        }
        // An assignment now (a review written earlier only lets one read).
        let assigned: bool = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM review_assignments WHERE proposal_id = $1 AND reviewer_id = $2)",
        ).bind(p.id).bind(actor.id.0).fetch_one(pool).await)?;
        if assigned {
            return Ok(true);
        }
        if !actor.has(Role::Facilitator) {
            return Ok(false);
        }
        let mine = self.facilitator_lines(actor.id).await?;
        let lines = self.proposal_lines(p.id).await?;
        Ok(lines.iter().any(|l| mine.iter().any(|m| line_within(l, m))))
    }

    async fn review_rows(&self, proposal_id: i64) -> AppResult<Vec<ReviewView>> {
        let rows: Vec<ReviewRow> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT r.id, r.reviewer_id, u.name AS reviewer, r.confidence, r.recommendation, r.comment, r.state, r.locked, r.flagged, \
             r.version, r.updated_at FROM reviews r JOIN users u ON u.id = r.reviewer_id WHERE r.proposal_id = $1 ORDER BY r.id",
        ).bind(proposal_id).fetch_all(pool).await)?;
        let scores: Vec<(i64, i64, i64, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT s.review_id, s.criterion_id, s.score, s.note FROM review_scores s JOIN reviews r ON r.id = s.review_id \
             WHERE r.proposal_id = $1",
        ).bind(proposal_id).fetch_all(pool).await)?;
        let notes: Vec<(i64, String, String, OffsetDateTime)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT m.review_id, m.action, m.reason, m.at FROM review_moderation m JOIN reviews r ON r.id = m.review_id \
             WHERE r.proposal_id = $1 ORDER BY m.id",
        ).bind(proposal_id).fetch_all(pool).await)?;
        let weights = self.weights().await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let scores: Vec<(i64, i64, String)> = scores
                    .iter()
                    .filter(|(rid, ..)| *rid == r.id)
                    .map(|(_, c, s, n)| (*c, *s, n.clone()))
                    .collect();
                let pairs: Vec<(i64, i64)> = scores.iter().map(|(c, s, _)| (*c, *s)).collect();
                ReviewView {
                    id: r.id,
                    reviewer_id: r.reviewer_id,
                    reviewer: r.reviewer,
                    weighted: weighted_score(&weights, &pairs),
                    scores,
                    confidence: r.confidence,
                    recommendation: Recommendation::from_code(&r.recommendation)
                        .unwrap_or(Recommendation::WeakReject),
                    comment: r.comment,
                    state: r.state,
                    locked: r.locked,
                    flagged: r.flagged,
                    version: r.version,
                    updated_at: r.updated_at,
                    moderation: notes
                        .iter()
                        .filter(|(rid, ..)| *rid == r.id)
                        .map(|(_, a, reason, at)| ModerationNote {
                            action: a.clone(),
                            reason: reason.clone(),
                            at: *at,
                        })
                        .collect(),
                }
            })
            .collect())
    }

    /// The proposal's content, with identities removed when `blind`.
    async fn reviewed_proposal(
        &self,
        p: &ProposalFacts,
        blind: bool,
    ) -> AppResult<ReviewedProposal> {
        #[allow(clippy::type_complexity)]
        let row: (
            String,
            String,
            String,
            String,
            String,
            String,
            String,
            String,
            String,
        ) = crate::dispatch!(&self.db, pool => sqlx::query_as(
                "SELECT p.title, p.abstract_text, p.description, p.objectives, p.outcomes, p.participation_mode, \
                 o.name, o.stakeholder_type, o.country_code FROM proposals p JOIN organizations o ON o.id = p.organization_id WHERE p.id = $1",
            ).bind(p.id).fetch_one(pool).await)?;
        let action_lines: Vec<(String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT code, rationale FROM proposal_action_lines WHERE proposal_id = $1 ORDER BY position",
        ).bind(p.id).fetch_all(pool).await)?;
        let sdgs: Vec<(i64, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT sdg, rationale FROM proposal_sdgs WHERE proposal_id = $1 ORDER BY position",
        ).bind(p.id).fetch_all(pool).await)?;
        let languages: Vec<String> = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT language FROM proposal_languages WHERE proposal_id = $1 ORDER BY language",
        ).bind(p.id).fetch_all(pool).await)?;
        #[allow(clippy::type_complexity)]
        let panel: Vec<(String, String, String, String, String, String, bool)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT role, name, organization, country_code, stakeholder_type, gender, remote FROM proposal_speakers \
             WHERE proposal_id = $1 ORDER BY position",
        ).bind(p.id).fetch_all(pool).await)?;
        let coorganizers: Vec<String> = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT organization FROM proposal_coorganizers WHERE proposal_id = $1 AND status = 'accepted' ORDER BY id",
        ).bind(p.id).fetch_all(pool).await)?;
        let (
            title,
            abstract_text,
            description,
            objectives,
            outcomes,
            participation_mode,
            org,
            org_type,
            org_country,
        ) = row;
        Ok(ReviewedProposal {
            code: p.code.clone(),
            status: p.status.clone(),
            title,
            format_code: p.format_code.clone(),
            abstract_text,
            description,
            objectives,
            outcomes,
            action_lines,
            sdgs,
            languages,
            participation_mode,
            organization: (!blind).then_some(org),
            organization_type: org_type,
            organization_country: org_country,
            coorganizers: (!blind).then_some(coorganizers),
            panel: panel
                .into_iter()
                .map(
                    |(role, name, organization, country, stakeholder_type, gender, remote)| {
                        BlindPanelist {
                            role,
                            name: (!blind).then_some(name),
                            organization: (!blind).then_some(organization),
                            country,
                            stakeholder_type,
                            gender,
                            remote,
                        }
                    },
                )
                .collect(),
        })
    }

    /// Everything on the review page of `code`, as the actor may see it.
    pub async fn review_page(&self, actor: &CurrentUser, code: &str) -> AppResult<ReviewPage> {
        let p = self.proposal_facts(code).await?;
        let standing = self.standing(actor, &p).await?;
        let is_staff = standing == Standing::Staff;
        let settings = self.review_settings().await?;
        let blind = settings.blind_review && !is_staff;
        let phase = self.current_phase().await?;
        let reviewer = self.reviews_it(actor, &p, standing).await?;
        let all = self.review_rows(p.id).await?;
        let (mine, rest): (Vec<ReviewView>, Vec<ReviewView>) =
            all.into_iter().partition(|r| r.reviewer_id == actor.id.0);
        let mine = mine.into_iter().next();
        let see_others = sees_others_reviews(is_staff, phase.reviewers_see_others, mine.is_some());
        let others: Vec<ReviewView> = if see_others {
            rest.into_iter()
                .filter(|r| is_staff || r.state == "visible")
                .collect()
        } else {
            Vec::new()
        };
        // Reviews by someone who has since declared a conflict stop counting,
        // as in the organizers' list.
        let recused: Vec<i64> = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT user_id FROM review_conflicts WHERE proposal_id = $1",
        ).bind(p.id).fetch_all(pool).await)?;
        let counted: Vec<(Option<f64>, Recommendation)> = others
            .iter()
            .chain(mine.iter())
            .filter(|r| r.state == "visible" && !recused.contains(&r.reviewer_id))
            .map(|r| (r.weighted, r.recommendation))
            .collect();
        let aggregate =
            see_others.then(|| Aggregate::of(&counted, settings.disagreement_threshold as f64));
        let cannot_review = if mine.as_ref().is_some_and(|m| m.state == "hidden") {
            Some("review-hidden")
        } else if !reviewer {
            // A review written before the assignment ended stays on record.
            mine.as_ref().map(|_| "review-unassigned")
        } else if !matches!(p.status.as_str(), "submitted" | "under-review") {
            Some("review-decided")
        } else if !phase.reviewers_may_review {
            Some("review-phase-closed")
        } else if mine.as_ref().is_some_and(|m| m.locked) {
            Some("review-locked")
        } else if mine.as_ref().is_some_and(|m| m.state == "hidden") {
            Some("review-hidden")
        } else {
            None
        };
        let discussion: Vec<(String, String, OffsetDateTime)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT COALESCE(u.name, ''), c.body, c.created_at FROM review_comments c LEFT JOIN users u ON u.id = c.author_id \
             WHERE c.proposal_id = $1 ORDER BY c.id",
        ).bind(p.id).fetch_all(pool).await)?;
        let (assignees, conflicts, decision) = if is_staff {
            let a: Vec<(i64, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
                "SELECT u.id, u.name FROM review_assignments a JOIN users u ON u.id = a.reviewer_id WHERE a.proposal_id = $1 ORDER BY u.name",
            ).bind(p.id).fetch_all(pool).await)?;
            let c: Vec<(String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
                "SELECT u.name, c.reason FROM review_conflicts c JOIN users u ON u.id = c.user_id WHERE c.proposal_id = $1 ORDER BY u.name",
            ).bind(p.id).fetch_all(pool).await)?;
            let d: Option<(String, String, Option<OffsetDateTime>, Option<String>)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
                "SELECT outcome, note, released_at, released_outcome FROM decisions WHERE proposal_id = $1",
            ).bind(p.id).fetch_optional(pool).await)?;
            let d = d.map(|(o, n, _, released)| {
                let is_released = released.as_deref() == Some(o.as_str());
                (o, n, is_released)
            });
            (a, c, d)
        } else {
            (Vec::new(), Vec::new(), None)
        };
        let next = if reviewer {
            self.next_to_review_except(actor, Some(&p.code)).await?
        } else {
            None
        };
        let (merged_from, merged_into) = self.provenance(p.id, is_staff).await?;
        Ok(ReviewPage {
            merged_from,
            merged_into,
            proposal: self.reviewed_proposal(&p, blind).await?,
            blind,
            staff: is_staff,
            can_review: reviewer && cannot_review.is_none(),
            cannot_review,
            criteria: self.criteria().await?,
            mine,
            others,
            aggregate,
            discussion: discussion
                .into_iter()
                .map(|(author, body, at)| DiscussionEntry { author, body, at })
                .collect(),
            assignees,
            conflicts,
            decision,
            next,
        })
    }

    /// Saves the actor's review of `code`.
    pub async fn save_review(
        &self,
        actor: &CurrentUser,
        code: &str,
        form: &ReviewForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let p = self.proposal_facts(code).await?;
        // Anyone who may not see it is told it does not exist.
        let standing = self.standing(actor, &p).await?;
        if !self.reviews_it(actor, &p, standing).await? {
            return Err(AppError::Forbidden);
        }
        if !matches!(p.status.as_str(), "submitted" | "under-review") {
            return Err(AppError::Conflict("review-decided"));
        }
        if !self.current_phase().await?.reviewers_may_review {
            return Err(AppError::Conflict("review-phase-closed"));
        }
        let criteria = self.criteria().await?;
        let mut e = FieldErrors::default();
        let mut scores = Vec::new();
        for c in &criteria {
            let field = format!("score-{}", c.id);
            let raw = form
                .scores
                .iter()
                .find(|(id, _)| *id == c.id)
                .map(|(_, v)| v.trim())
                .unwrap_or("");
            match raw.parse::<i64>() {
                Ok(n) if (1..=c.scale_max).contains(&n) => {
                    let note_raw = form
                        .notes
                        .iter()
                        .find(|(id, _)| *id == c.id)
                        .map(|(_, v)| v.as_str())
                        .unwrap_or("");
                    if let Some(note) =
                        e.check(&format!("note-{}", c.id), text_block(note_raw, 1000, false))
                    {
                        scores.push((c.id, n, note));
                    }
                }
                Ok(_) => e.push_limit(&field, "score-out-of-scale", c.scale_max as u32),
                Err(_) => e.push(
                    &field,
                    if raw.is_empty() {
                        "required"
                    } else {
                        "number-invalid"
                    },
                ),
            }
        }
        let confidence = form
            .confidence
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|c| CONFIDENCE_LEVELS.contains(c));
        if confidence.is_none() {
            e.push("confidence", "choose-from-list");
        }
        let recommendation = Recommendation::from_code(form.recommendation.trim());
        if recommendation.is_none() {
            e.push("recommendation", "choose-from-list");
        }
        let comment = e.check("comment", text_block(&form.comment, 5000, false));
        let (Some(confidence), Some(recommendation), Some(comment)) =
            (confidence, recommendation, comment)
        else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let existing: Option<(i64, String, bool, i64)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT id, state, locked, version FROM reviews WHERE proposal_id = $1 AND reviewer_id = $2",
        ).bind(p.id).bind(actor.id.0).fetch_optional(pool).await)?;
        if let Some((_, state, locked, version)) = &existing {
            if *locked {
                return Err(AppError::Conflict("review-locked"));
            }
            if state == "hidden" {
                return Err(AppError::Conflict("review-hidden"));
            }
            if *version != form.version {
                return Err(AppError::Conflict("stale-version"));
            }
        } else if form.version != 0 {
            return Err(AppError::Conflict("stale-version"));
        }
        let now = self.clock.now();
        let rec = recommendation.code();
        let saved: bool = crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            let id: Option<i64> = match &existing {
                Some((id, _, _, version)) => sqlx::query_scalar(
                    "UPDATE reviews SET confidence = $2, recommendation = $3, comment = $4, updated_at = $5, version = version + 1 \
                     WHERE id = $1 AND version = $6 AND locked = FALSE AND state = 'visible' RETURNING id",
                ).bind(*id).bind(confidence).bind(rec).bind(&comment).bind(now).bind(*version).fetch_optional(&mut *tx).await?,
                None => sqlx::query_scalar(
                    "INSERT INTO reviews (proposal_id, reviewer_id, confidence, recommendation, comment, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (proposal_id, reviewer_id) DO NOTHING RETURNING id",
                ).bind(p.id).bind(actor.id.0).bind(confidence).bind(rec).bind(&comment).bind(now).fetch_optional(&mut *tx).await?,
            };
            let Some(id) = id else { return Ok::<bool, sqlx::Error>(false) };
            sqlx::query("DELETE FROM review_scores WHERE review_id = $1").bind(id).execute(&mut *tx).await?;
            for (c, s, note) in &scores {
                sqlx::query("INSERT INTO review_scores (review_id, criterion_id, score, note) VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(*c).bind(*s).bind(note).execute(&mut *tx).await?;
            }
            crate::audit!(&mut *tx, now, Some(actor.id), "review.save", "proposal", &p.code, None,
                Some(json!({"review": id, "recommendation": rec, "confidence": confidence,
                            "scores": scores.iter().map(|(c, s, _)| json!([c, s])).collect::<Vec<_>>()})), &meta.client_addr)?;
            tx.commit().await?;
            Ok(true)
        }.await)?;
        if saved {
            Ok(())
        } else {
            Err(AppError::Conflict("stale-version"))
        }
    }

    /// Adds a message to the reviewers' discussion of `code`.
    pub async fn add_review_comment(
        &self,
        actor: &CurrentUser,
        code: &str,
        body: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let p = self.proposal_facts(code).await?;
        self.standing(actor, &p).await?;
        let mut e = FieldErrors::default();
        let Some(body) = e.check("body", text_block(body, 3000, true)) else {
            return Err(AppError::Validation(e));
        };
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query("INSERT INTO review_comments (proposal_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)")
                .bind(p.id).bind(actor.id.0).bind(&body).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "review.comment", "proposal", &p.code, None,
                Some(json!({"length": body.chars().count()})), &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(())
    }

    /// True when the actor is an organizer or admin (for pages that show
    /// staff-only parts).
    pub fn is_staff(actor: &CurrentUser) -> bool {
        staff(actor)
    }
}
