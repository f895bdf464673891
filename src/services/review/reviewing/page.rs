//! The review page of one proposal: its content (blind when the edition
//! says so), the reviews the reader may see, and what the reader may do.

use super::*;

impl Portal {
    pub(super) async fn review_rows(&self, proposal_id: i64) -> AppResult<Vec<ReviewView>> {
        let rows: Vec<ReviewRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT r.id, r.reviewer_id, u.name AS reviewer, r.confidence, r.recommendation, \
                 r.comment, r.state, r.locked, r.flagged, r.version, r.updated_at FROM reviews r \
                 JOIN users u ON u.id = r.reviewer_id WHERE r.proposal_id = $1 ORDER BY r.id",
            )
            .bind(proposal_id)
            .fetch_all(pool)
            .await
        })?;
        let scores: Vec<(i64, i64, i64, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT s.review_id, s.criterion_id, s.score, s.note FROM review_scores s JOIN \
                 reviews r ON r.id = s.review_id WHERE r.proposal_id = $1",
            )
            .bind(proposal_id)
            .fetch_all(pool)
            .await
        })?;
        let notes: Vec<(i64, String, String, OffsetDateTime)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT m.review_id, m.action, m.reason, m.at FROM review_moderation m JOIN \
                     reviews r ON r.id = m.review_id WHERE r.proposal_id = $1 ORDER BY m.id",
                )
                .bind(proposal_id)
                .fetch_all(pool)
                .await
            })?;
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
                    recommendation: r.recommendation,
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
    pub(super) async fn reviewed_proposal(
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
            String,
        ) = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT p.title, p.abstract_text, p.description, p.objectives, p.outcomes, \
                 p.participation_mode, p.text_language, o.name, o.stakeholder_type, o.country_code FROM proposals \
                 p JOIN organizations o ON o.id = p.organization_id WHERE p.id = $1",
            )
            .bind(p.id)
            .fetch_one(pool)
            .await
        })?;
        let action_lines: Vec<(String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT code, rationale FROM proposal_action_lines WHERE proposal_id = $1 ORDER \
                 BY position",
            )
            .bind(p.id)
            .fetch_all(pool)
            .await
        })?;
        let sdgs: Vec<(i64, String)> = crate::dispatch!(&self.db, |pool| sqlx::query_as(
            "SELECT sdg, rationale FROM proposal_sdgs WHERE proposal_id = $1 ORDER BY position",
        )
        .bind(p.id)
        .fetch_all(pool)
        .await)?;
        let languages: Vec<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT language FROM proposal_languages WHERE proposal_id = $1 ORDER BY language",
        )
        .bind(p.id)
        .fetch_all(pool)
        .await)?;
        #[allow(clippy::type_complexity)]
        let panel: Vec<(String, String, String, String, String, String, bool)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT role, name, organization, country_code, stakeholder_type, gender, \
                     remote FROM proposal_speakers WHERE proposal_id = $1 ORDER BY position",
                )
                .bind(p.id)
                .fetch_all(pool)
                .await
            })?;
        let coorganizers: Vec<String> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT organization FROM proposal_coorganizers WHERE proposal_id = $1 AND \
                 status = 'accepted' ORDER BY id",
            )
            .bind(p.id)
            .fetch_all(pool)
            .await
        })?;
        let (
            title,
            abstract_text,
            description,
            objectives,
            outcomes,
            participation_mode,
            text_language,
            org,
            org_type,
            org_country,
        ) = row;
        Ok(ReviewedProposal {
            code: p.code.clone(),
            status: p.status.code().to_owned(),
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
            text_language,
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
        let recused: Vec<i64> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT user_id FROM review_conflicts WHERE proposal_id = $1",
        )
        .bind(p.id)
        .fetch_all(pool)
        .await)?;
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
        } else if !matches!(
            p.status,
            ProposalStatus::Submitted | ProposalStatus::UnderReview
        ) {
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
        let discussion: Vec<(String, String, OffsetDateTime)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT COALESCE(u.name, ''), c.body, c.created_at FROM review_comments c \
                     LEFT JOIN users u ON u.id = c.author_id WHERE c.proposal_id = $1 ORDER BY \
                     c.id",
                )
                .bind(p.id)
                .fetch_all(pool)
                .await
            })?;
        let (assignees, conflicts, decision) =
            if is_staff {
                let a: Vec<(i64, String)> = crate::dispatch!(&self.db, |pool| {
                    sqlx::query_as(
                        "SELECT u.id, u.name FROM review_assignments a JOIN users u ON u.id = \
                         a.reviewer_id WHERE a.proposal_id = $1 ORDER BY u.name",
                    )
                    .bind(p.id)
                    .fetch_all(pool)
                    .await
                })?;
                let c: Vec<(String, String)> =
                    crate::dispatch!(&self.db, |pool| {
                        sqlx::query_as(
                "SELECT u.name, c.reason FROM review_conflicts c JOIN users u ON u.id = \
                 c.user_id WHERE c.proposal_id = $1 ORDER BY u.name",
            ).bind(p.id).fetch_all(pool).await
                    })?;
                let d: Option<(String, String, Option<OffsetDateTime>, Option<String>)> =
                    crate::dispatch!(&self.db, |pool| {
                        sqlx::query_as(
                            "SELECT outcome, note, released_at, released_outcome FROM decisions \
                             WHERE proposal_id = $1",
                        )
                        .bind(p.id)
                        .fetch_optional(pool)
                        .await
                    })?;
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
}
