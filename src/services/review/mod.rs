//! Review, selection and moderation.
//!
//! Who may do what, checked here for every action:
//! - organizers and admins configure reviewing, assign, read every review and
//!   decide; admins also moderate reviews;
//! - a reviewer reads and reviews the proposals assigned to them;
//! - an Action Line facilitator reads and reviews every proposal in its lines;
//! - nobody reads or reviews a proposal they have a conflict with: declared,
//!   or derived (their organization leads it, co-organizes it, or they are on
//!   its panel). Such proposals are reported as not found.
//!
//! In blind mode, everything reviewers and facilitators receive is stripped of
//! the proposers' and panelists' identities here, in the service, so no page,
//! export or API response can show them by mistake.

mod assign;
mod balance;
mod decisions;
mod merge;
mod moderation;
mod reviewing;
mod setup;

pub use assign::{AssignOutcome, ReviewerLoad};
pub(crate) use balance::count as count_dimension;
pub use balance::{BalanceReport, Dimension, LineReport, csv_field};
pub use decisions::{
    DecisionTemplate, OrganizerFilter, OrganizerRow, OrganizerSort, TemplatePreview,
};
pub use moderation::{ModerationAction, ModerationEntry, ModerationForm, ModerationRow};
pub use reviewing::{
    BlindPanelist, DiscussionEntry, QueueItem, ReviewForm, ReviewPage, ReviewView, ReviewedProposal,
};
pub use setup::{
    Criterion, CriterionForm, PhaseForm, ReviewPhase, ReviewSettings, ReviewSettingsForm,
    ReviewSetup, ReviewTeam, StaffMember, TeamForm,
};

use super::Portal;
use super::sessions::CurrentUser;
use crate::domain::Role;
use crate::domain::proposal::ProposalStatus;
use crate::domain::review::line_within;
use crate::error::{AppError, AppResult};

/// How the actor relates to one proposal under review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Standing {
    /// Organizer or admin: sees everything, identities included.
    Staff,
    /// Assigned reviewer without a conflict.
    Assigned,
    /// Facilitator of one of its Action Lines, without a conflict.
    Facilitator,
}

/// The facts about a proposal that access and blind mode depend on.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct ProposalFacts {
    pub id: i64,
    pub code: String,
    #[sqlx(try_from = "String")]
    pub status: ProposalStatus,
    pub format_code: String,
    pub edition_id: i64,
}

impl ProposalFacts {
    /// Statuses in which a proposal is reviewed (drafts and withdrawn ones are not).
    fn in_review(&self) -> bool {
        matches!(
            self.status,
            ProposalStatus::Submitted
                | ProposalStatus::UnderReview
                | ProposalStatus::Accepted
                | ProposalStatus::Waitlisted
                | ProposalStatus::Rejected
                | ProposalStatus::Confirmed
                | ProposalStatus::Scheduled
        )
    }
}

/// Rows keyed by their first column (a proposal id), so each proposal's
/// lines, SDGs or assignments are found at once instead of by a scan.
pub(crate) fn group_by_id<V>(rows: Vec<(i64, V)>) -> std::collections::HashMap<i64, Vec<V>> {
    let mut map: std::collections::HashMap<i64, Vec<V>> = std::collections::HashMap::new();
    for (id, v) in rows {
        map.entry(id).or_default().push(v);
    }
    map
}

impl Portal {
    /// The Action Lines a facilitator is responsible for (role scopes).
    pub async fn facilitator_lines(&self, user: crate::domain::UserId) -> AppResult<Vec<String>> {
        let lines: Vec<String> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT scope FROM role_grants WHERE user_id = $1 AND role = 'facilitator' AND \
                 scope <> '' ORDER BY scope",
            )
            .bind(user.0)
            .fetch_all(pool)
            .await
        })?;
        Ok(lines)
    }

    pub(crate) async fn proposal_facts(&self, code: &str) -> AppResult<ProposalFacts> {
        let code = code.trim().to_uppercase();
        let row: Option<ProposalFacts> = crate::dispatch!(&self.db, |pool| sqlx::query_as(
            "SELECT id, code, status, format_code, edition_id FROM proposals WHERE code = $1",
        )
        .bind(&code)
        .fetch_optional(pool)
        .await)?;
        row.ok_or(AppError::NotFound)
    }

    pub(crate) async fn proposal_lines(&self, proposal_id: i64) -> AppResult<Vec<String>> {
        let lines: Vec<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT code FROM proposal_action_lines WHERE proposal_id = $1 ORDER BY position",
        )
        .bind(proposal_id)
        .fetch_all(pool)
        .await)?;
        Ok(lines)
    }

    /// Why `user` may not review proposal `proposal_id`, if they may not:
    /// `declared`, `organization`, `coorganizer`, `speaker` or `author`.
    pub(crate) async fn conflict_reason(
        &self,
        proposal_id: i64,
        user: &CurrentUser,
    ) -> AppResult<Option<&'static str>> {
        let org = user.organization_id.map(|o| o.0).unwrap_or(-1);
        let (declared, author, organization, coorganizer, speaker): (bool, bool, bool, bool, bool) =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT EXISTS (SELECT 1 FROM review_conflicts WHERE proposal_id = $1 AND \
                     user_id = $2), EXISTS (SELECT 1 FROM proposals WHERE id = $1 AND created_by \
                     = $2), EXISTS (SELECT 1 FROM proposals WHERE id = $1 AND organization_id = \
                     $3), EXISTS (SELECT 1 FROM proposal_coorganizers c WHERE c.proposal_id = $1 \
                     AND (c.user_id = $2 OR c.email = $4 OR c.user_id IN (SELECT u.id FROM users \
                     u WHERE u.organization_id = $3))), EXISTS (SELECT 1 FROM proposal_speakers \
                     WHERE proposal_id = $1 AND email = $4)",
                )
                .bind(proposal_id)
                .bind(user.id.0)
                .bind(org)
                .bind(user.email.to_lowercase())
                .fetch_one(pool)
                .await
            })?;
        Ok(if declared {
            Some("declared")
        } else if author {
            Some("author")
        } else if organization {
            Some("organization")
        } else if coorganizer {
            Some("coorganizer")
        } else if speaker {
            Some("speaker")
        } else {
            None
        })
    }

    /// How the actor stands towards a proposal, or `NotFound` when they may
    /// not see it at all (including every conflict of interest).
    pub(crate) async fn standing(
        &self,
        actor: &CurrentUser,
        p: &ProposalFacts,
    ) -> AppResult<Standing> {
        // Organizers see every submitted proposal, merged and withdrawn
        // ones included; reviewers only those still in review or decided.
        if p.status == ProposalStatus::Draft {
            return Err(AppError::NotFound);
        }
        if actor.is_staff() {
            return Ok(Standing::Staff);
        }
        if !p.in_review() {
            return Err(AppError::NotFound);
        }
        if !actor.has(Role::Reviewer) && !actor.has(Role::Facilitator) {
            return Err(AppError::NotFound);
        }
        if self.conflict_reason(p.id, actor).await?.is_some() {
            return Err(AppError::NotFound);
        }
        // A reviewer whose review was reassigned away still reads the page,
        // to see what happened to the review.
        let assigned: bool = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM review_assignments WHERE proposal_id = $1 AND \
                 reviewer_id = $2) OR EXISTS (SELECT 1 FROM reviews WHERE proposal_id = $1 AND \
                 reviewer_id = $2)",
            )
            .bind(p.id)
            .bind(actor.id.0)
            .fetch_one(pool)
            .await
        })?;
        if assigned {
            return Ok(Standing::Assigned);
        }
        if actor.has(Role::Facilitator) {
            let mine = self.facilitator_lines(actor.id).await?;
            let lines = self.proposal_lines(p.id).await?;
            if lines.iter().any(|l| mine.iter().any(|m| line_within(l, m))) {
                return Ok(Standing::Facilitator);
            }
        }
        Err(AppError::NotFound)
    }
}
