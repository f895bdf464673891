//! Weighted review criteria: the defaults every edition starts with, and
//! organizers' own, with what their lowest and highest scores mean.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Creates the default criteria of an edition if it has none yet.
    pub(crate) async fn ensure_criteria(&self, edition_id: i64) -> AppResult<()> {
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM review_criteria WHERE edition_id = $1",
                )
                .bind(edition_id)
                .fetch_one(&mut *tx)
                .await?;
                if n == 0 {
                    for (i, (code, weight, scale)) in DEFAULT_CRITERIA.iter().enumerate() {
                        sqlx::query(
                            "INSERT INTO review_criteria (edition_id, code, name, description, \
                             weight, scale_max, position, created_at, updated_at) VALUES ($1, \
                             $2, '', '', $3, $4, $5, $6, $6) ON CONFLICT DO NOTHING",
                        )
                        .bind(edition_id)
                        .bind(*code)
                        .bind(*weight)
                        .bind(*scale)
                        .bind(i as i64)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// The current edition's criteria (seeding the defaults on first use).
    pub async fn criteria(&self) -> AppResult<Vec<Criterion>> {
        let edition = self.current_edition().await?;
        self.ensure_criteria(edition.id).await?;
        let rows: Vec<Criterion> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, code, name, description, weight, scale_max, scale_low, scale_high \
                 FROM review_criteria WHERE edition_id = $1 ORDER BY position, id",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// Checks a criterion as typed. `existing` is the criterion edited (its
    /// scale texts keep their first-entered order), `None` for a new one.
    pub(super) fn check_criterion(
        form: &CriterionForm,
        existing: Option<&Criterion>,
    ) -> AppResult<CheckedCriterion> {
        let mut e = FieldErrors::default();
        let default_named = existing.is_some_and(|c| is_default_criterion(&c.code));
        let name = if form.name.trim().is_empty() && default_named {
            Some(String::new())
        } else {
            e.check("name", single_line(&form.name, 2, 120))
        };
        let description = e.check("description", text_block(&form.description, 1000, false));
        let weight = parse_number(&mut e, "weight", &form.weight, 1, 100);
        let scale = parse_number(&mut e, "scale_max", &form.scale_max, 2, 10);
        for (_, lo, hi) in SCALE_FIELDS {
            for field in [lo, hi] {
                let typed = form.scale.get(field).map(|v| v.trim()).unwrap_or_default();
                if !typed.is_empty() {
                    e.check(field, single_line(typed, 1, SCALE_TEXT_MAX));
                }
            }
        }
        let empty = LocalizedText::default();
        let low = existing
            .map_or(&empty, |c| &c.scale_low)
            .edited(&form.scale_typed(true));
        let high = existing
            .map_or(&empty, |c| &c.scale_high)
            .edited(&form.scale_typed(false));
        // A criterion of the organizers' own has no standard wording, so a
        // reviewer would otherwise score it without knowing what 1 means.
        if !default_named && (low.is_empty() || high.is_empty()) {
            e.push("scale", "scale-texts-required");
        }
        match (name, description, weight, scale) {
            (Some(name), Some(description), Some(weight), Some(scale)) if e.is_empty() => {
                Ok(CheckedCriterion {
                    name,
                    description,
                    weight,
                    scale,
                    low,
                    high,
                })
            }
            _ => Err(AppError::Validation(e)),
        }
    }

    /// Adds a criterion at the end.
    pub async fn add_criterion(
        &self,
        actor: &CurrentUser,
        form: &CriterionForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let CheckedCriterion {
            name,
            description,
            weight,
            scale,
            low,
            high,
        } = Self::check_criterion(form, None)?;
        let edition = self.current_edition().await?;
        self.ensure_criteria(edition.id).await?;
        let now = self.clock.now();
        // Organizers name criteria; the code only has to be unique.
        let code = format!("c-{:08x}", rand::random::<u32>());
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO review_criteria (edition_id, code, name, description, weight, \
                     scale_max, scale_low, scale_high, position, created_at, updated_at) VALUES \
                     ($1, $2, $3, $4, $5, $6, $8, $9, (SELECT COALESCE(MAX(position), 0) + 1 \
                     FROM review_criteria WHERE edition_id = $1), $7, $7)",
                )
                .bind(edition.id)
                .bind(&code)
                .bind(&name)
                .bind(&description)
                .bind(weight)
                .bind(scale)
                .bind(now)
                .bind(low.to_stored())
                .bind(high.to_stored())
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "review.criterion.add",
                        target_kind: "criterion",
                        target: code.to_string(),
                        before: None,
                        after: Some(json!({
                            "name": name,
                            "weight": weight,
                            "scale": scale,
                            "low": low,
                            "high": high,
                        })),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Changes a criterion. Changing the scale of a criterion already
    /// scored is refused: the existing scores would change meaning.
    pub async fn update_criterion(
        &self,
        actor: &CurrentUser,
        id: i64,
        form: &CriterionForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let existing = self
            .criteria()
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(AppError::NotFound)?;
        let CheckedCriterion {
            name,
            description,
            weight,
            scale,
            low,
            high,
        } = Self::check_criterion(form, Some(&existing))?;
        if scale != existing.scale_max && self.criterion_scored(id).await? {
            return Err(AppError::field("scale_max", "criterion-scored"));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "UPDATE review_criteria SET name = $2, description = $3, weight = $4, \
                     scale_max = $5, scale_low = $7, scale_high = $8, updated_at = $6, version = \
                     version + 1 WHERE id = $1",
                )
                .bind(id)
                .bind(&name)
                .bind(&description)
                .bind(weight)
                .bind(scale)
                .bind(now)
                .bind(low.to_stored())
                .bind(high.to_stored())
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "review.criterion.update",
                        target_kind: "criterion",
                        target: existing.code.to_string(),
                        before: Some(json!({
                            "name": existing.name,
                            "weight": existing.weight,
                            "scale": existing.scale_max,
                            "low": existing.scale_low,
                            "high": existing.scale_high,
                        })),
                        after: Some(json!({
                            "name": name,
                            "weight": weight,
                            "scale": scale,
                            "low": low,
                            "high": high,
                        })),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    pub(super) async fn criterion_scored(&self, id: i64) -> AppResult<bool> {
        let used: bool = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM review_scores WHERE criterion_id = $1)",
        )
        .bind(id)
        .fetch_one(pool)
        .await)?;
        Ok(used)
    }

    /// Removes a criterion nobody has scored yet.
    pub async fn remove_criterion(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let existing = self
            .criteria()
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(AppError::NotFound)?;
        if self.criterion_scored(id).await? {
            return Err(AppError::Conflict(ConflictCode::CriterionScored));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM review_criteria WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor: Some(actor.id),
                    action: "review.criterion.remove",
                    target_kind: "criterion",
                    target: existing.code.to_string(),
                    before: Some(json!({"name": existing.name, "weight": existing.weight})),
                    after: None,
                    client_addr: &meta.client_addr
                }
            )?;
            tx.commit().await
        }
        .await)?;
        Ok(())
    }
}
