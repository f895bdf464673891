//! Assigning reviewers (by hand and automatically) and conflicts of interest.

use crate::domain::Role;
use crate::domain::proposal::ProposalStatus;
use crate::domain::review::{AssignProposal, AssignReviewer, plan_assignments};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use crate::services::sessions::CurrentUser;
use crate::services::{Portal, RequestMeta};
use crate::validation::single_line;
use serde::Serialize;
use serde_json::json;
use std::collections::{HashMap, HashSet};

/// What automatic assignment did.
#[derive(Debug, Clone, Serialize)]
pub struct AssignOutcome {
    /// New assignments made.
    pub added: usize,
    /// Proposals still short of reviewers (code, reviewers they have).
    pub short: Vec<(String, usize)>,
}

/// One reviewer's load, for the assignment table.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewerLoad {
    /// User id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Assigned proposals.
    pub assigned: i64,
}

/// Proposals that are reviewed: submitted ones (and ones already in review).
const REVIEWABLE: &str = "('submitted', 'under-review')";

impl Portal {
    /// Assigns proposal `code` to reviewer `reviewer` by hand. Refused when
    /// the reviewer has a conflict with it.
    pub async fn assign_reviewer(
        &self,
        actor: &CurrentUser,
        code: &str,
        reviewer: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let p = self.proposal_facts(code).await?;
        if !matches!(
            p.status,
            ProposalStatus::Submitted | ProposalStatus::UnderReview
        ) {
            return Err(AppError::Conflict(ConflictCode::NotInReview));
        }
        let user = self.reviewer_user(reviewer).await?;
        if self.conflict_reason(p.id, &user).await?.is_some() {
            return Err(AppError::field("reviewer", "reviewer-conflicted"));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "INSERT INTO review_assignments (proposal_id, reviewer_id, source, \
                     assigned_by, created_at) VALUES ($1, $2, 'manual', $3, $4) ON CONFLICT \
                     (proposal_id, reviewer_id) DO NOTHING",
                )
                .bind(p.id)
                .bind(reviewer)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "review.assign",
                            target_kind: "proposal",
                            target: p.code.to_string(),
                            before: None,
                            after: Some(json!({
                                "reviewer": reviewer,
                            })),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Removes an assignment (the reviewer's review, if any, stays on record).
    pub async fn unassign_reviewer(
        &self,
        actor: &CurrentUser,
        code: &str,
        reviewer: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let p = self.proposal_facts(code).await?;
        let now = self.clock.now();
        let n: u64 = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let n = sqlx::query(
                "DELETE FROM review_assignments WHERE proposal_id = $1 AND reviewer_id = $2",
            )
            .bind(p.id)
            .bind(reviewer)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 1 {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "review.unassign",
                        target_kind: "proposal",
                        target: p.code.to_string(),
                        before: Some(json!({"reviewer": reviewer})),
                        after: None,
                        client_addr: &meta.client_addr
                    }
                )?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(n)
        }
        .await)?;
        if n == 1 {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    /// A reviewer or facilitator account as a `CurrentUser` (for conflict checks).
    async fn reviewer_user(&self, id: i64) -> AppResult<CurrentUser> {
        let row: Option<(String, String, Option<i64>)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT name, email, organization_id FROM users WHERE id = $1 AND is_active = \
                 TRUE",
            )
            .bind(id)
            .fetch_optional(pool)
            .await)?;
        let Some((name, email, org)) = row else {
            return Err(AppError::field("reviewer", "not-a-reviewer"));
        };
        let roles = self.roles_of(crate::domain::UserId(id)).await?;
        if !roles.contains(&Role::Reviewer) && !roles.contains(&Role::Facilitator) {
            return Err(AppError::field("reviewer", "not-a-reviewer"));
        }
        Ok(CurrentUser {
            id: crate::domain::UserId(id),
            name,
            email,
            locale: Default::default(),
            organization_id: org.map(crate::domain::OrganizationId),
            roles,
        })
    }

    /// Gives every submitted proposal of the current edition the configured
    /// number of reviewers, balancing load, within team scopes and never
    /// with a conflict (see [`plan_assignments`]).
    pub async fn auto_assign(
        &self,
        actor: &CurrentUser,
        meta: &RequestMeta,
    ) -> AppResult<AssignOutcome> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let settings = self.review_settings().await?;
        let ed = edition.id;
        let proposals: Vec<(i64, String, String, i64, i64)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(&format!(
                "SELECT id, code, format_code, organization_id, created_by FROM proposals WHERE \
                 edition_id = $1 AND status IN {REVIEWABLE} ORDER BY id"
            ))
            .bind(ed)
            .fetch_all(pool)
            .await
        })?;
        let lines: Vec<(i64, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT l.proposal_id, l.code FROM proposal_action_lines l JOIN proposals p ON \
                 p.id = l.proposal_id WHERE p.edition_id = $1",
            )
            .bind(ed)
            .fetch_all(pool)
            .await
        })?;
        let assigned: Vec<(i64, i64)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT a.proposal_id, a.reviewer_id FROM review_assignments a JOIN proposals p \
                 ON p.id = a.proposal_id WHERE p.edition_id = $1",
            )
            .bind(ed)
            .fetch_all(pool)
            .await
        })?;
        let declared: Vec<(i64, i64)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT c.proposal_id, c.user_id FROM review_conflicts c JOIN proposals p ON \
                 p.id = c.proposal_id WHERE p.edition_id = $1",
            )
            .bind(ed)
            .fetch_all(pool)
            .await
        })?;
        let speakers: Vec<(i64, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT s.proposal_id, s.email FROM proposal_speakers s JOIN proposals p ON p.id \
                 = s.proposal_id WHERE p.edition_id = $1",
            )
            .bind(ed)
            .fetch_all(pool)
            .await
        })?;
        // With the organization of the co-organizer who accepted: its members are conflicted too.
        let coorgs: Vec<(i64, Option<i64>, String, Option<i64>)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT c.proposal_id, c.user_id, c.email, u.organization_id FROM \
                     proposal_coorganizers c JOIN proposals p ON p.id = c.proposal_id LEFT JOIN \
                     users u ON u.id = c.user_id WHERE p.edition_id = $1",
                )
                .bind(ed)
                .fetch_all(pool)
                .await
            })?;
        let reviewers: Vec<(i64, String, Option<i64>)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT DISTINCT u.id, u.email, u.organization_id FROM role_grants g JOIN users \
                 u ON u.id = g.user_id WHERE g.role = 'reviewer' AND u.is_active = TRUE ORDER BY \
                 u.id",
            )
            .fetch_all(pool)
            .await
        })?;
        let scopes = self.team_scopes(ed).await?;

        let by_email: HashMap<&str, i64> = reviewers
            .iter()
            .map(|(id, e, _)| (e.as_str(), *id))
            .collect();
        let by_org: HashMap<i64, Vec<i64>> =
            reviewers
                .iter()
                .fold(HashMap::new(), |mut m, (id, _, org)| {
                    if let Some(o) = org {
                        m.entry(*o).or_default().push(*id);
                    }
                    m
                });
        let mut conflicts: HashMap<i64, HashSet<i64>> = HashMap::new();
        for (p, u) in &declared {
            conflicts.entry(*p).or_default().insert(*u);
        }
        for (p, email) in &speakers {
            if let Some(u) = by_email.get(email.as_str()) {
                conflicts.entry(*p).or_default().insert(*u);
            }
        }
        for (p, user, email, org) in &coorgs {
            let set = conflicts.entry(*p).or_default();
            if let Some(u) = user {
                set.insert(*u);
            }
            if let Some(o) = org {
                set.extend(by_org.get(o).into_iter().flatten().copied());
            }
            if let Some(u) = by_email.get(email.as_str()) {
                set.insert(*u);
            }
        }
        let mut load: HashMap<i64, usize> = HashMap::new();
        for (_, r) in &assigned {
            *load.entry(*r).or_default() += 1;
        }
        let lines = super::group_by_id(lines);
        let assigned_to = super::group_by_id(assigned);
        let input: Vec<AssignProposal> = proposals
            .iter()
            .map(|(id, _, format, org, author)| {
                let mut c = conflicts.remove(id).unwrap_or_default();
                c.insert(*author);
                c.extend(by_org.get(org).into_iter().flatten().copied());
                AssignProposal {
                    id: *id,
                    action_lines: lines.get(id).cloned().unwrap_or_default(),
                    format: format.clone(),
                    assigned: assigned_to.get(id).cloned().unwrap_or_default(),
                    conflicts: c,
                }
            })
            .collect();
        let pool_in: Vec<AssignReviewer> = reviewers
            .iter()
            .map(|(id, _, _)| AssignReviewer {
                id: *id,
                scopes: scopes
                    .iter()
                    .filter(|(u, _)| u.0 == *id)
                    .map(|(_, s)| s.clone())
                    .collect(),
                load: load.get(id).copied().unwrap_or(0),
            })
            .collect();
        let plan = plan_assignments(
            &input,
            &pool_in,
            settings.reviewers_per_proposal.max(1) as usize,
        );
        let now = self.clock.now();
        let pairs = plan.pairs.clone();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                for (p, r) in &pairs {
                    sqlx::query(
                        "INSERT INTO review_assignments (proposal_id, reviewer_id, source, \
                         assigned_by, created_at) VALUES ($1, $2, 'auto', $3, $4) ON CONFLICT \
                         (proposal_id, reviewer_id) DO NOTHING",
                    )
                    .bind(*p)
                    .bind(*r)
                    .bind(actor.id.0)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "review.auto-assign",
                        target_kind: "edition",
                        target: edition.code.to_string(),
                        before: None,
                        after: Some(json!({"added": pairs.len(), "short": plan.short.len()})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        let code_of: HashMap<i64, &str> = proposals
            .iter()
            .map(|(id, code, ..)| (*id, code.as_str()))
            .collect();
        Ok(AssignOutcome {
            added: plan.pairs.len(),
            short: plan
                .short
                .iter()
                .map(|(id, n)| (code_of.get(id).copied().unwrap_or_default().to_owned(), *n))
                .collect(),
        })
    }

    /// Declares a conflict of interest with proposal `code`: the reviewer
    /// (or a facilitator) is recused at once; their assignment ends and any
    /// review they wrote stops counting. Organizers may record one for
    /// someone else with `for_user`.
    pub async fn declare_conflict(
        &self,
        actor: &CurrentUser,
        code: &str,
        reason: &str,
        for_user: Option<i64>,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let p = self.proposal_facts(code).await?;
        let target = match for_user {
            Some(u) if u != actor.id.0 => {
                actor.require_staff()?;
                u
            }
            _ => {
                // Anyone who can see it for review may recuse themselves.
                self.standing(actor, &p).await?;
                actor.id.0
            }
        };
        let mut e = crate::FieldErrors::default();
        let Some(reason) = e.check("reason", single_line(reason, 3, 300)) else {
            return Err(AppError::Validation(e));
        };
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO review_conflicts (proposal_id, user_id, reason, declared_by, \
                     created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (proposal_id, user_id) \
                     DO UPDATE SET reason = $3",
                )
                .bind(p.id)
                .bind(target)
                .bind(&reason)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "DELETE FROM review_assignments WHERE proposal_id = $1 AND reviewer_id = $2",
                )
                .bind(p.id)
                .bind(target)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "review.conflict",
                        target_kind: "proposal",
                        target: p.code.to_string(),
                        before: None,
                        after: Some(json!({"user": target, "reason": reason})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Assignment counts per reviewer (organizers).
    pub async fn reviewer_loads(&self, actor: &CurrentUser) -> AppResult<Vec<ReviewerLoad>> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        Ok(self
            .review_staff(edition.id)
            .await?
            .into_iter()
            .map(|s| ReviewerLoad {
                id: s.id,
                name: s.name,
                assigned: s.assigned,
            })
            .collect())
    }
}
