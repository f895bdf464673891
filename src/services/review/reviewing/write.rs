//! Writing a review and the internal discussion.

use super::*;
use crate::services::Audit;

impl Portal {
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
        if !matches!(
            p.status,
            ProposalStatus::Submitted | ProposalStatus::UnderReview
        ) {
            return Err(AppError::Conflict(ConflictCode::ReviewDecided));
        }
        if !self.current_phase().await?.reviewers_may_review {
            return Err(AppError::Conflict(ConflictCode::ReviewPhaseClosed));
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
        let existing: Option<(i64, String, bool, i64)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, state, locked, version FROM reviews WHERE proposal_id = $1 AND \
                 reviewer_id = $2",
            )
            .bind(p.id)
            .bind(actor.id.0)
            .fetch_optional(pool)
            .await
        })?;
        if let Some((_, state, locked, version)) = &existing {
            if *locked {
                return Err(AppError::Conflict(ConflictCode::ReviewLocked));
            }
            if state == "hidden" {
                return Err(AppError::Conflict(ConflictCode::ReviewHidden));
            }
            if *version != form.version {
                return Err(AppError::Conflict(ConflictCode::StaleVersion));
            }
        } else if form.version != 0 {
            return Err(AppError::Conflict(ConflictCode::StaleVersion));
        }
        let now = self.clock.now();
        let rec = recommendation.code();
        let saved: bool = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let id: Option<i64> =
                    match &existing {
                        Some((id, _, _, version)) => sqlx::query_scalar(
                            "UPDATE reviews SET confidence = $2, recommendation = $3, comment = \
                             $4, updated_at = $5, version = version + 1 WHERE id = $1 AND \
                             version = $6 AND locked = FALSE AND state = 'visible' RETURNING id",
                        )
                        .bind(*id)
                        .bind(confidence)
                        .bind(rec)
                        .bind(&comment)
                        .bind(now)
                        .bind(*version)
                        .fetch_optional(&mut *tx)
                        .await?,
                        None => {
                            sqlx::query_scalar(
                                "INSERT INTO reviews (proposal_id, reviewer_id, confidence, \
                                 recommendation, comment, created_at, updated_at) VALUES ($1, \
                                 $2, $3, $4, $5, $6, $6) ON CONFLICT (proposal_id, reviewer_id) \
                                 DO NOTHING RETURNING id",
                            )
                            .bind(p.id)
                            .bind(actor.id.0)
                            .bind(confidence)
                            .bind(rec)
                            .bind(&comment)
                            .bind(now)
                            .fetch_optional(&mut *tx)
                            .await?
                        }
                    };
                let Some(id) = id else {
                    return Ok::<bool, sqlx::Error>(false);
                };
                sqlx::query(
                    "DELETE FROM review_scores WHERE review_id = $1",
                )
                .bind(id)
                .execute(&mut *tx)
                .await?;
                for (c, s, note) in &scores {
                    sqlx::query(
                        "INSERT INTO review_scores (review_id, criterion_id, score, note) VALUES \
                         ($1, $2, $3, $4)",
                    )
                    .bind(id)
                    .bind(*c)
                    .bind(*s)
                    .bind(note)
                    .execute(&mut *tx)
                    .await?;
                }
                crate::audit!(&mut *tx, Audit { at: now, actor: Some(actor.id), action: "review.save", target_kind: "proposal", target: p.code.to_string(), before: None, after: Some(json!({
                        "review": id,
                        "recommendation": rec,
                        "confidence": confidence,
                        "scores": scores.iter().map(|(c, s, _)| json!([c, s])).collect::<Vec<_>>(),
                    })), client_addr: &meta.client_addr })?;
                tx.commit().await?;
                Ok(true)
            }
            .await
        })?;
        if saved {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::StaleVersion))
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
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO review_comments (proposal_id, author_id, body, created_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(p.id)
                .bind(actor.id.0)
                .bind(&body)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "review.comment",
                        target_kind: "proposal",
                        target: p.code.to_string(),
                        before: None,
                        after: Some(json!({"length": body.chars().count()})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }
}
