//! Moderation of reviews (admins): flag, hide and restore, edit with a
//! trace, reassign, lock and unlock; each with a reason, each in the audit
//! log and in the review's own history, which its author sees.

use crate::domain::Role;
use crate::domain::review::Recommendation;
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use crate::services::sessions::CurrentUser;
use crate::services::{Portal, RequestMeta};
use crate::validation::{FieldErrors, single_line, text_block};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::OffsetDateTime;

/// What a moderator does to a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ModerationAction {
    /// Mark for an admin's attention (organizers and fellow reviewers too).
    Flag,
    /// Clear a flag.
    Unflag,
    /// Stop counting and showing it.
    Hide,
    /// Undo a hide.
    Restore,
    /// Change its comment or recommendation, keeping the old text.
    Edit,
    /// Hand the proposal to another reviewer; the review is hidden.
    Reassign,
    /// Freeze it: its author can no longer change it.
    Lock,
    /// Undo a lock.
    Unlock,
}

impl ModerationAction {
    /// Every action.
    pub const ALL: [ModerationAction; 8] = [
        ModerationAction::Flag,
        ModerationAction::Unflag,
        ModerationAction::Hide,
        ModerationAction::Restore,
        ModerationAction::Edit,
        ModerationAction::Reassign,
        ModerationAction::Lock,
        ModerationAction::Unlock,
    ];

    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            ModerationAction::Flag => "flag",
            ModerationAction::Unflag => "unflag",
            ModerationAction::Hide => "hide",
            ModerationAction::Restore => "restore",
            ModerationAction::Edit => "edit",
            ModerationAction::Reassign => "reassign",
            ModerationAction::Lock => "lock",
            ModerationAction::Unlock => "unlock",
        }
    }

    /// Parses a posted code.
    pub fn from_code(c: &str) -> Option<ModerationAction> {
        ModerationAction::ALL.into_iter().find(|a| a.code() == c)
    }
}

/// One step in a review's moderation history.
#[derive(Debug, Clone, Serialize)]
pub struct ModerationEntry {
    /// Action code.
    pub action: String,
    /// Reason given.
    pub reason: String,
    /// Who did it.
    pub actor: String,
    /// When.
    pub at: OffsetDateTime,
    /// State before (JSON), for edits.
    pub before: Option<String>,
    /// State after (JSON).
    pub after: Option<String>,
}

/// A review as moderators see it.
#[derive(Debug, Clone, Serialize)]
pub struct ModerationRow {
    /// Review id.
    pub id: i64,
    /// Proposal code.
    pub code: String,
    /// Proposal title.
    pub title: String,
    /// Reviewer's name.
    pub reviewer: String,
    /// Recommendation code.
    pub recommendation: String,
    /// Comment.
    pub comment: String,
    /// `visible` or `hidden`.
    pub state: String,
    /// Locked.
    pub locked: bool,
    /// Flagged.
    pub flagged: bool,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// History, oldest first.
    pub history: Vec<ModerationEntry>,
}

/// A moderation request as posted.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ModerationForm {
    /// Action code.
    #[serde(default)]
    pub action: String,
    /// Why.
    #[serde(default)]
    pub reason: String,
    /// New comment (edit).
    #[serde(default)]
    pub comment: Option<String>,
    /// New recommendation (edit).
    #[serde(default)]
    pub recommendation: Option<String>,
    /// New reviewer's id (reassign).
    #[serde(default)]
    pub reviewer: Option<String>,
}

/// review id, action, reason, actor name, when, before, after
type HistoryRow = (
    i64,
    String,
    String,
    String,
    OffsetDateTime,
    Option<String>,
    Option<String>,
);

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    proposal_id: i64,
    reviewer_id: i64,
    code: String,
    title: String,
    reviewer: String,
    recommendation: String,
    comment: String,
    state: String,
    locked: bool,
    flagged: bool,
    updated_at: OffsetDateTime,
    version: i64,
}

const SELECT: &str = "SELECT r.id, r.proposal_id, r.reviewer_id, p.code, p.title, u.name AS \
    reviewer, r.recommendation, r.comment, r.state, r.locked, r.flagged, r.updated_at, r.version \
    FROM reviews r JOIN proposals p ON p.id = r.proposal_id JOIN users u ON u.id = r.reviewer_id";

impl Portal {
    /// Reviews for moderation (admins): flagged first, then newest; with
    /// `flagged_only`, only flagged ones.
    pub async fn moderation_queue(
        &self,
        actor: &CurrentUser,
        flagged_only: bool,
    ) -> AppResult<Vec<ModerationRow>> {
        actor.require_any(&[Role::Admin])?;
        let edition = self.current_edition().await?;
        let rows: Vec<Row> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(&format!(
                "{SELECT} WHERE p.edition_id = $1 AND (r.flagged = TRUE OR $2 = FALSE) ORDER BY \
                 r.flagged DESC, r.updated_at DESC, r.id DESC LIMIT 500"
            ))
            .bind(edition.id)
            .bind(flagged_only)
            .fetch_all(pool)
            .await
        })?;
        let history: Vec<HistoryRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT m.review_id, m.action, m.reason, COALESCE(u.name, ''), m.at, \
                 m.before_json, m.after_json FROM review_moderation m LEFT JOIN users u ON u.id \
                 = m.actor_user_id JOIN reviews r ON r.id = m.review_id JOIN proposals p ON p.id \
                 = r.proposal_id WHERE p.edition_id = $1 ORDER BY m.id",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|r| ModerationRow {
                history: history
                    .iter()
                    .filter(|h| h.0 == r.id)
                    .map(|h| ModerationEntry {
                        action: h.1.clone(),
                        reason: h.2.clone(),
                        actor: h.3.clone(),
                        at: h.4,
                        before: h.5.clone(),
                        after: h.6.clone(),
                    })
                    .collect(),
                id: r.id,
                code: r.code,
                title: r.title,
                reviewer: r.reviewer,
                recommendation: r.recommendation,
                comment: r.comment,
                state: r.state,
                locked: r.locked,
                flagged: r.flagged,
                updated_at: r.updated_at,
            })
            .collect())
    }

    /// Flags review `id` for the admins, with a reason. Organizers, admins,
    /// and reviewers who can see the review may flag it.
    pub async fn flag_review(
        &self,
        actor: &CurrentUser,
        id: i64,
        reason: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let row = self.review_for_moderation(id).await?;
        if !actor.is_staff() {
            // Only someone shown the review on its page may flag it.
            let page = self.review_page(actor, &row.code).await?;
            if !page.others.iter().any(|r| r.id == id) {
                return Err(AppError::NotFound);
            }
        }
        self.apply_moderation(actor, row, ModerationAction::Flag, reason, None, None, meta)
            .await
    }

    /// Carries out a moderation action on review `id` (admins only).
    pub async fn moderate_review(
        &self,
        actor: &CurrentUser,
        id: i64,
        form: &ModerationForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_any(&[Role::Admin])?;
        let row = self.review_for_moderation(id).await?;
        let action = ModerationAction::from_code(form.action.trim())
            .ok_or(AppError::field("action", "choose-from-list"))?;
        let edit = if action == ModerationAction::Edit {
            let mut e = FieldErrors::default();
            let comment = e.check(
                "comment",
                text_block(form.comment.as_deref().unwrap_or(""), 5000, false),
            );
            let rec =
                Recommendation::from_code(form.recommendation.as_deref().unwrap_or("").trim());
            if rec.is_none() {
                e.push("recommendation", "choose-from-list");
            }
            match (comment, rec) {
                (Some(c), Some(r)) if e.is_empty() => Some((c, r)),
                _ => return Err(AppError::Validation(e)),
            }
        } else {
            None
        };
        // The reason first: a refused action must change nothing.
        let mut e = FieldErrors::default();
        if e.check("reason", single_line(&form.reason, 3, 500))
            .is_none()
        {
            return Err(AppError::Validation(e));
        }
        let reassign = if action == ModerationAction::Reassign {
            let to = form
                .reviewer
                .as_deref()
                .and_then(|r| r.trim().parse::<i64>().ok())
                .ok_or(AppError::field("reviewer", "choose-from-list"))?;
            if to == row.reviewer_id {
                return Err(AppError::field("reviewer", "same-reviewer"));
            }
            // Refuses non-reviewers and conflicts, like a manual assignment.
            self.assign_reviewer(actor, &row.code, to, meta).await?;
            Some(to)
        } else {
            None
        };
        self.apply_moderation(actor, row, action, &form.reason, edit, reassign, meta)
            .await
    }

    async fn review_for_moderation(&self, id: i64) -> AppResult<Row> {
        let row: Option<Row> = crate::dispatch!(&self.db, |pool| sqlx::query_as(&format!(
            "{SELECT} WHERE r.id = $1"
        ))
        .bind(id)
        .fetch_optional(pool)
        .await)?;
        row.ok_or(AppError::NotFound)
    }

    #[allow(clippy::too_many_arguments)]
    async fn apply_moderation(
        &self,
        actor: &CurrentUser,
        row: Row,
        action: ModerationAction,
        reason: &str,
        edit: Option<(String, Recommendation)>,
        reassign: Option<i64>,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let mut e = FieldErrors::default();
        let Some(reason) = e.check("reason", single_line(reason, 3, 500)) else {
            return Err(AppError::Validation(e));
        };
        use ModerationAction as A;
        let invalid = match action {
            A::Flag => row.flagged,
            A::Unflag => !row.flagged,
            A::Hide | A::Reassign => row.state == "hidden" && action == A::Hide,
            A::Restore => row.state != "hidden",
            A::Lock => row.locked,
            A::Unlock => !row.locked,
            A::Edit => false,
        };
        if invalid {
            return Err(AppError::Conflict(ConflictCode::ModerationNoChange));
        }
        let before = json!({
            "state": row.state,
            "locked": row.locked,
            "flagged": row.flagged,
            "comment": row.comment,
            "recommendation": row.recommendation,
        });
        let (state, locked, flagged, comment, rec) = match action {
            A::Flag => (
                row.state.clone(),
                row.locked,
                true,
                row.comment.clone(),
                row.recommendation.clone(),
            ),
            A::Unflag => (
                row.state.clone(),
                row.locked,
                false,
                row.comment.clone(),
                row.recommendation.clone(),
            ),
            A::Hide | A::Reassign => (
                "hidden".to_owned(),
                row.locked,
                false,
                row.comment.clone(),
                row.recommendation.clone(),
            ),
            A::Restore => (
                "visible".to_owned(),
                row.locked,
                row.flagged,
                row.comment.clone(),
                row.recommendation.clone(),
            ),
            A::Lock => (
                row.state.clone(),
                true,
                row.flagged,
                row.comment.clone(),
                row.recommendation.clone(),
            ),
            A::Unlock => (
                row.state.clone(),
                false,
                row.flagged,
                row.comment.clone(),
                row.recommendation.clone(),
            ),
            A::Edit => {
                let (c, r) = edit
                    .clone()
                    .unwrap_or((row.comment.clone(), Recommendation::WeakReject));
                (
                    row.state.clone(),
                    row.locked,
                    row.flagged,
                    c,
                    r.code().to_owned(),
                )
            }
        };
        let mut after = json!({
            "state": state,
            "locked": locked,
            "flagged": flagged,
            "comment": comment,
            "recommendation": rec,
        });
        if let Some(to) = reassign {
            after["reassigned_to"] = json!(to);
        }
        let now = self.clock.now();
        let applied: bool = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                // Claimed by version: a review changed since it was read (by its
                // author or another moderator) is not overwritten.
                let n = sqlx::query(
                    "UPDATE reviews SET state = $2, locked = $3, flagged = $4, comment = $5, \
                     recommendation = $6, version = version + 1 WHERE id = $1 AND version = $7",
                )
                .bind(row.id)
                .bind(&state)
                .bind(locked)
                .bind(flagged)
                .bind(&comment)
                .bind(&rec)
                .bind(row.version)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 0 {
                    return Ok::<bool, sqlx::Error>(false);
                }
                if reassign.is_some() {
                    sqlx::query(
                        "DELETE FROM review_assignments WHERE proposal_id = $1 AND reviewer_id = \
                         $2",
                    )
                    .bind(row.proposal_id)
                    .bind(row.reviewer_id)
                    .execute(&mut *tx)
                    .await?;
                }
                sqlx::query(
                    "INSERT INTO review_moderation (review_id, action, reason, actor_user_id, \
                     before_json, after_json, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(row.id)
                .bind(action.code())
                .bind(&reason)
                .bind(actor.id.0)
                .bind(before.to_string())
                .bind(after.to_string())
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: &format!("review.{}", action.code()),
                        target_kind: "review",
                        target: row.id.to_string(),
                        before: Some(before.clone()),
                        after: Some(json!({"after": after, "reason": reason})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await?;
                Ok(true)
            }
            .await
        })?;
        if applied {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::StaleVersion))
        }
    }
}
