//! Recording decisions, pending until released.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Records a pending decision on each of `codes`. Nothing is told to
    /// proposers until [`Portal::release_decisions`].
    pub async fn decide(
        &self,
        actor: &CurrentUser,
        codes: &[String],
        outcome: &str,
        note: &str,
        meta: &RequestMeta,
    ) -> AppResult<usize> {
        actor.require_staff()?;
        let Some(outcome) =
            Outcome::from_code(outcome.trim()).filter(|o| Outcome::DECIDABLE.contains(o))
        else {
            return Err(AppError::field("outcome", "choose-from-list"));
        };
        let mut e = FieldErrors::default();
        let Some(note) = e.check("note", text_block(note, 2000, false)) else {
            return Err(AppError::Validation(e));
        };
        if codes.is_empty() {
            return Err(AppError::field("codes", "choose-proposals"));
        }
        let edition = self.current_edition().await?;
        // Every proposal is checked before any is decided: all or nothing.
        let mut targets = Vec::with_capacity(codes.len());
        for code in codes {
            let p = self.proposal_facts(code).await?;
            if p.edition_id != edition.id
                || !matches!(
                    p.status.code(),
                    "submitted" | "under-review" | "accepted" | "waitlisted" | "rejected"
                )
            {
                return Err(AppError::Conflict(ConflictCode::NotDecidable));
            }
            targets.push(p);
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                for p in &targets {
                    let before: Option<String> =
                        sqlx::query_scalar("SELECT outcome FROM decisions WHERE proposal_id = $1")
                            .bind(p.id)
                            .fetch_optional(&mut *tx)
                            .await?;
                    // Deciding otherwise on a proposal about to be merged undoes the merge.
                    sqlx::query(
                        "DELETE FROM proposal_merges WHERE source_id = $1 AND applied_at IS NULL",
                    )
                    .bind(p.id)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query(
                        "INSERT INTO decisions (proposal_id, outcome, note, decided_by, \
                         decided_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (proposal_id) DO \
                         UPDATE SET outcome = $2, note = $3, decided_by = $4, decided_at = $5, \
                         version = decisions.version + 1",
                    )
                    .bind(p.id)
                    .bind(outcome.code())
                    .bind(&note)
                    .bind(actor.id.0)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "decision.set",
                            target_kind: "proposal",
                            target: p.code.to_string(),
                            before: before.map(|b| json!({
                                "outcome": b,
                            })),
                            after: Some(json!({
                                "outcome": outcome.code(),
                                "note": note,
                            })),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await
            }
            .await
        })?;
        Ok(targets.len())
    }

    /// Decisions not yet released, by outcome.
    pub async fn pending_decisions(&self, actor: &CurrentUser) -> AppResult<Vec<(String, i64)>> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let rows: Vec<(String, i64)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT d.outcome, COUNT(*) FROM decisions d JOIN proposals p ON p.id = \
                 d.proposal_id WHERE p.edition_id = $1 AND (d.released_outcome IS NULL OR \
                 d.released_outcome <> d.outcome) AND p.status NOT IN ('withdrawn', 'merged') \
                 GROUP BY d.outcome ORDER BY d.outcome",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }
}
