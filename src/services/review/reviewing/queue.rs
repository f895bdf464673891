//! A reviewer's queue and what to review next.

use super::*;

impl Portal {
    /// The reader's queue: assigned proposals, and for a facilitator every
    /// proposal in its lines, without any they have a conflict with.
    pub async fn review_queue(&self, actor: &CurrentUser) -> AppResult<Vec<QueueItem>> {
        if !Portal::may_review(actor) {
            return Err(AppError::Forbidden);
        }
        let edition = self.current_edition().await?;
        let rows: Vec<(i64, String, String, String, bool)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(&format!(
                "SELECT p.id, p.code, p.title, p.format_code, (EXISTS (SELECT 1 FROM \
                 review_assignments a WHERE a.proposal_id = p.id AND a.reviewer_id = $2) OR \
                 EXISTS (SELECT 1 FROM reviews r WHERE r.proposal_id = p.id AND r.reviewer_id = \
                 $2)) AS assigned FROM proposals p WHERE p.edition_id = $1 AND p.status IN \
                 {QUEUE_STATUSES} ORDER BY p.seq"
            ))
            .bind(edition.id)
            .bind(actor.id.0)
            .fetch_all(pool)
            .await
        })?;
        let lines: Vec<(i64, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT l.proposal_id, l.code FROM proposal_action_lines l JOIN proposals p ON \
                 p.id = l.proposal_id WHERE p.edition_id = $1 ORDER BY l.position",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        let counts: Vec<(i64, i64)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT r.proposal_id, COUNT(*) FROM reviews r JOIN proposals p ON p.id = \
                 r.proposal_id WHERE p.edition_id = $1 AND r.state = 'visible' GROUP BY \
                 r.proposal_id",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        let mine: Vec<(i64, String)> = crate::dispatch!(&self.db, |pool| sqlx::query_as(
            "SELECT proposal_id, state FROM reviews WHERE reviewer_id = $1",
        )
        .bind(actor.id.0)
        .fetch_all(pool)
        .await)?;
        let facilitated = if actor.has(Role::Facilitator) {
            self.facilitator_lines(actor.id).await?
        } else {
            Vec::new()
        };
        let mut lines = super::super::group_by_id(lines);
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
    pub(super) async fn next_to_review_except(
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
    pub(super) async fn reviews_it(
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
        let assigned: bool = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM review_assignments WHERE proposal_id = $1 AND \
                 reviewer_id = $2)",
            )
            .bind(p.id)
            .bind(actor.id.0)
            .fetch_one(pool)
            .await
        })?;
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
}
