//! Review setup (organizers): settings, weighted criteria, dated phases,
//! teams scoped by Action Line and format, and who reviews.

use super::{require_staff, staff};
use crate::domain::review::{
    DEFAULT_CRITERIA, SCALE_FIELDS, SCALE_TEXT_MAX, Scope, is_default_criterion,
};
use crate::domain::{Locale, LocalizedText};
use crate::domain::taxonomy::action_line_codes;
use crate::domain::{Role, UserId};
use crate::error::{AppError, AppResult};
use crate::services::editions::{parse_local, parse_number};
use crate::services::sessions::CurrentUser;
use crate::services::{Portal, RequestMeta};
use crate::validation::{FieldErrors, single_line, text_block};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::OffsetDateTime;

/// Edition-wide review settings.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ReviewSettings {
    /// Reviewers automatic assignment gives each proposal.
    pub reviewers_per_proposal: i64,
    /// Hide proposer and panel identities from reviewers.
    pub blind_review: bool,
    /// Standard deviation (0–100) above which reviews disagree.
    pub disagreement_threshold: i64,
    /// The edition's version, for optimistic concurrency.
    pub version: i64,
}

/// A weighted review criterion.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Criterion {
    /// Row id.
    pub id: i64,
    /// Stable code; the default criteria's names are translated by it.
    pub code: String,
    /// Name set by organizers; empty means the translated default name.
    pub name: String,
    /// Guidance for reviewers.
    pub description: String,
    /// Relative weight.
    pub weight: i64,
    /// Scores run from 1 to this.
    pub scale_max: i64,
    /// What the lowest score (1) means, per language. Empty on a default
    /// criterion means the translated standard text.
    #[sqlx(try_from = "String")]
    pub scale_low: LocalizedText,
    /// What the highest score (`scale_max`) means, per language.
    #[sqlx(try_from = "String")]
    pub scale_high: LocalizedText,
}

/// A dated review phase.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ReviewPhase {
    /// Row id.
    pub id: i64,
    /// Name, e.g. "First round".
    pub name: String,
    /// Start (inclusive).
    pub starts_at: OffsetDateTime,
    /// End (exclusive).
    pub ends_at: OffsetDateTime,
    /// Reviewers may write and change reviews.
    pub reviewers_may_review: bool,
    /// Reviewers see the other reviews of their proposals.
    pub reviewers_see_others: bool,
    /// Proposers may still edit submitted proposals.
    pub proposers_may_edit: bool,
}

impl ReviewPhase {
    /// The rules when no configured phase applies: reviewing open (no phases
    /// at all) or closed (between phases); nobody sees others' reviews and
    /// proposers do not revise. Its id is not a row's (0 or -1).
    fn implied(now: OffsetDateTime, reviewing: bool) -> ReviewPhase {
        ReviewPhase {
            id: if reviewing { 0 } else { -1 },
            name: String::new(),
            starts_at: now,
            ends_at: now,
            reviewers_may_review: reviewing,
            reviewers_see_others: false,
            proposers_may_edit: false,
        }
    }

    /// True while `now` falls in the phase.
    pub fn is_current(&self, now: OffsetDateTime) -> bool {
        self.starts_at <= now && now < self.ends_at
    }
}

/// A reviewer team.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewTeam {
    /// Row id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Action Line codes (empty: any).
    pub action_lines: Vec<String>,
    /// Format codes (empty: any).
    pub formats: Vec<String>,
    /// Members: id and name.
    pub members: Vec<(i64, String)>,
}

/// Someone who reviews.
#[derive(Debug, Clone, Serialize)]
pub struct StaffMember {
    /// User id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// Holds the reviewer role.
    pub reviewer: bool,
    /// Facilitated Action Lines.
    pub lines: Vec<String>,
    /// Proposals assigned.
    pub assigned: i64,
    /// Reviews written (visible ones).
    pub reviewed: i64,
}

/// Everything on the review setup page.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewSetup {
    /// Settings.
    pub settings: ReviewSettings,
    /// Criteria in order.
    pub criteria: Vec<Criterion>,
    /// Phases by start.
    pub phases: Vec<ReviewPhase>,
    /// Teams.
    pub teams: Vec<ReviewTeam>,
    /// Reviewers and facilitators.
    pub staff: Vec<StaffMember>,
}

/// The settings form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ReviewSettingsForm {
    /// Reviewers per proposal.
    #[serde(default)]
    pub reviewers_per_proposal: String,
    /// Present when blind.
    #[serde(default)]
    pub blind_review: Option<String>,
    /// Disagreement threshold.
    #[serde(default)]
    pub disagreement_threshold: String,
    /// Version loaded.
    #[serde(default)]
    pub version: i64,
}

/// A criterion as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CriterionForm {
    /// Name (empty keeps the default name of a default criterion).
    #[serde(default)]
    pub name: String,
    /// Guidance.
    #[serde(default)]
    pub description: String,
    /// Weight.
    #[serde(default)]
    pub weight: String,
    /// Scale maximum.
    #[serde(default)]
    pub scale_max: String,
    /// The scale texts, by the field names of [`SCALE_FIELDS`]
    /// (`low_fr`, `high_fr`, …); other fields of the post are ignored.
    #[serde(flatten)]
    pub scale: std::collections::BTreeMap<String, String>,
}

impl CriterionForm {
    /// What was typed for one end of the scale (`low` picks the lowest),
    /// per language.
    pub fn scale_typed(&self, low: bool) -> Vec<(Locale, String)> {
        SCALE_FIELDS
            .iter()
            .map(|(l, lo, hi)| {
                let field = if low { lo } else { hi };
                (*l, self.scale.get(*field).cloned().unwrap_or_default())
            })
            .collect()
    }
}

/// A criterion's checked values.
struct CheckedCriterion {
    name: String,
    description: String,
    weight: i64,
    scale: i64,
    low: LocalizedText,
    high: LocalizedText,
}

/// A phase as typed (times in Geneva).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PhaseForm {
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Start.
    #[serde(default)]
    pub starts_at: String,
    /// End.
    #[serde(default)]
    pub ends_at: String,
    /// Checkbox.
    #[serde(default)]
    pub reviewers_may_review: Option<String>,
    /// Checkbox.
    #[serde(default)]
    pub reviewers_see_others: Option<String>,
    /// Checkbox.
    #[serde(default)]
    pub proposers_may_edit: Option<String>,
}

/// A team as typed: codes separated by commas.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TeamForm {
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Action Line codes.
    #[serde(default)]
    pub action_lines: String,
    /// Format codes.
    #[serde(default)]
    pub formats: String,
    /// Member e-mails, one per line or separated by commas.
    #[serde(default)]
    pub members: String,
}

fn codes_in(raw: &str) -> Vec<String> {
    raw.split([',', ' ', '\n'])
        .map(|c| c.trim().to_uppercase())
        .filter(|c| !c.is_empty())
        .collect()
}

impl Portal {
    /// Creates the default criteria of an edition if it has none yet.
    pub(crate) async fn ensure_criteria(&self, edition_id: i64) -> AppResult<()> {
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM review_criteria WHERE edition_id = $1")
                .bind(edition_id).fetch_one(&mut *tx).await?;
            if n == 0 {
                for (i, (code, weight, scale)) in DEFAULT_CRITERIA.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO review_criteria (edition_id, code, name, description, weight, scale_max, position, created_at, updated_at) \
                         VALUES ($1, $2, '', '', $3, $4, $5, $6, $6) ON CONFLICT DO NOTHING",
                    )
                    .bind(edition_id).bind(*code).bind(*weight).bind(*scale).bind(i as i64).bind(now)
                    .execute(&mut *tx).await?;
                }
            }
            tx.commit().await
        }.await)?;
        Ok(())
    }

    /// The current edition's review settings.
    pub async fn review_settings(&self) -> AppResult<ReviewSettings> {
        let edition = self.current_edition().await?;
        let s: ReviewSettings = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT reviewers_per_proposal, blind_review, disagreement_threshold, version FROM editions WHERE id = $1",
        ).bind(edition.id).fetch_one(pool).await)?;
        Ok(s)
    }

    /// The current edition's criteria (seeding the defaults on first use).
    pub async fn criteria(&self) -> AppResult<Vec<Criterion>> {
        let edition = self.current_edition().await?;
        self.ensure_criteria(edition.id).await?;
        let rows: Vec<Criterion> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT id, code, name, description, weight, scale_max, scale_low, scale_high FROM review_criteria \
             WHERE edition_id = $1 ORDER BY position, id",
        ).bind(edition.id).fetch_all(pool).await)?;
        Ok(rows)
    }

    /// The current edition's review phases.
    pub async fn review_phases(&self) -> AppResult<Vec<ReviewPhase>> {
        let edition = self.current_edition().await?;
        let rows: Vec<ReviewPhase> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT id, name, starts_at, ends_at, reviewers_may_review, reviewers_see_others, proposers_may_edit \
             FROM review_phases WHERE edition_id = $1 ORDER BY starts_at, id",
        ).bind(edition.id).fetch_all(pool).await)?;
        Ok(rows)
    }

    /// The phase in force now. Without any phase configured, reviewing is
    /// open and reviewers do not see each other's reviews.
    pub async fn current_phase(&self) -> AppResult<ReviewPhase> {
        let now = self.clock.now();
        let phases = self.review_phases().await?;
        if phases.is_empty() {
            return Ok(ReviewPhase::implied(now, true));
        }
        Ok(phases
            .into_iter()
            .find(|p| p.is_current(now))
            .unwrap_or_else(|| ReviewPhase::implied(now, false)))
    }

    /// Everything on the setup page. Organizers and admins only.
    pub async fn review_setup(&self, actor: &CurrentUser) -> AppResult<ReviewSetup> {
        require_staff(actor)?;
        let edition = self.current_edition().await?;
        let teams_raw: Vec<(i64, String, String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT id, name, action_lines, formats FROM review_teams WHERE edition_id = $1 ORDER BY name, id",
        ).bind(edition.id).fetch_all(pool).await)?;
        let members: Vec<(i64, i64, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT m.team_id, u.id, u.name FROM review_team_members m JOIN users u ON u.id = m.user_id \
             JOIN review_teams t ON t.id = m.team_id WHERE t.edition_id = $1 ORDER BY u.name",
        ).bind(edition.id).fetch_all(pool).await)?;
        let teams = teams_raw
            .into_iter()
            .map(|(id, name, lines, formats)| {
                let scope = Scope::parse(&lines, &formats);
                ReviewTeam {
                    id,
                    name,
                    action_lines: scope.action_lines,
                    formats: scope.formats,
                    members: members
                        .iter()
                        .filter(|(t, _, _)| *t == id)
                        .map(|(_, u, n)| (*u, n.clone()))
                        .collect(),
                }
            })
            .collect();
        Ok(ReviewSetup {
            settings: self.review_settings().await?,
            criteria: self.criteria().await?,
            phases: self.review_phases().await?,
            teams,
            staff: self.review_staff(edition.id).await?,
        })
    }

    /// Reviewers and facilitators with their load in `edition_id`.
    pub(crate) async fn review_staff(&self, edition_id: i64) -> AppResult<Vec<StaffMember>> {
        let rows: Vec<(i64, String, String, String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT u.id, u.name, u.email, g.role, g.scope FROM role_grants g JOIN users u ON u.id = g.user_id \
             WHERE g.role IN ('reviewer', 'facilitator') AND u.is_active = TRUE ORDER BY u.name, u.id, g.scope",
        ).fetch_all(pool).await)?;
        let loads: Vec<(i64, i64, i64)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT a.reviewer_id, COUNT(*), \
               COUNT(r.id) \
             FROM review_assignments a JOIN proposals p ON p.id = a.proposal_id \
             LEFT JOIN reviews r ON r.proposal_id = a.proposal_id AND r.reviewer_id = a.reviewer_id AND r.state = 'visible' \
             WHERE p.edition_id = $1 GROUP BY a.reviewer_id",
        ).bind(edition_id).fetch_all(pool).await)?;
        let mut out: Vec<StaffMember> = Vec::new();
        for (id, name, email, role, scope) in rows {
            if out.last().is_none_or(|m| m.id != id) {
                let (assigned, reviewed) = loads
                    .iter()
                    .find(|(u, _, _)| *u == id)
                    .map(|(_, a, r)| (*a, *r))
                    .unwrap_or((0, 0));
                out.push(StaffMember {
                    id,
                    name,
                    email,
                    reviewer: false,
                    lines: Vec::new(),
                    assigned,
                    reviewed,
                });
            }
            if let Some(m) = out.last_mut() {
                if role == "reviewer" {
                    m.reviewer = true;
                } else if !scope.is_empty() {
                    m.lines.push(scope);
                }
            }
        }
        Ok(out)
    }

    /// Changes the review settings.
    pub async fn update_review_settings(
        &self,
        actor: &CurrentUser,
        form: &ReviewSettingsForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let mut e = FieldErrors::default();
        let per = parse_number(
            &mut e,
            "reviewers_per_proposal",
            &form.reviewers_per_proposal,
            1,
            10,
        );
        let threshold = parse_number(
            &mut e,
            "disagreement_threshold",
            &form.disagreement_threshold,
            1,
            100,
        );
        let (Some(per), Some(threshold)) = (per, threshold) else {
            return Err(AppError::Validation(e));
        };
        let blind = form.blind_review.is_some();
        let edition = self.current_edition().await?;
        let before = self.review_settings().await?;
        let now = self.clock.now();
        let n: u64 = crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            let n = sqlx::query(
                "UPDATE editions SET reviewers_per_proposal = $3, blind_review = $4, disagreement_threshold = $5, \
                 updated_at = $6, version = version + 1 WHERE id = $1 AND version = $2",
            ).bind(edition.id).bind(form.version).bind(per).bind(blind).bind(threshold).bind(now)
            .execute(&mut *tx).await?.rows_affected();
            if n == 1 {
                crate::audit!(&mut *tx, now, Some(actor.id), "review.settings", "edition", &edition.code,
                    Some(json!({"per": before.reviewers_per_proposal, "blind": before.blind_review, "threshold": before.disagreement_threshold})),
                    Some(json!({"per": per, "blind": blind, "threshold": threshold})), &meta.client_addr)?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(n)
        }.await)?;
        if n == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict("stale-version"))
        }
    }

    /// Checks a criterion as typed. `existing` is the criterion edited (its
    /// scale texts keep their first-entered order), `None` for a new one.
    fn check_criterion(
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
        let low = existing.map_or(&empty, |c| &c.scale_low).edited(&form.scale_typed(true));
        let high = existing.map_or(&empty, |c| &c.scale_high).edited(&form.scale_typed(false));
        // A criterion of the organizers' own has no standard wording, so a
        // reviewer would otherwise score it without knowing what 1 means.
        if !default_named && (low.is_empty() || high.is_empty()) {
            e.push("scale", "scale-texts-required");
        }
        match (name, description, weight, scale) {
            (Some(name), Some(description), Some(weight), Some(scale)) if e.is_empty() => {
                Ok(CheckedCriterion { name, description, weight, scale, low, high })
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
        require_staff(actor)?;
        let CheckedCriterion { name, description, weight, scale, low, high } =
            Self::check_criterion(form, None)?;
        let edition = self.current_edition().await?;
        self.ensure_criteria(edition.id).await?;
        let now = self.clock.now();
        // Organizers name criteria; the code only has to be unique.
        let code = format!("c-{:08x}", rand::random::<u32>());
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO review_criteria (edition_id, code, name, description, weight, scale_max, scale_low, scale_high, position, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $8, $9, (SELECT COALESCE(MAX(position), 0) + 1 FROM review_criteria WHERE edition_id = $1), $7, $7)",
            ).bind(edition.id).bind(&code).bind(&name).bind(&description).bind(weight).bind(scale).bind(now)
            .bind(low.to_stored()).bind(high.to_stored())
            .execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "review.criterion.add", "criterion", &code, None,
                Some(json!({"name": name, "weight": weight, "scale": scale, "low": low, "high": high})),
                &meta.client_addr)?;
            tx.commit().await
        }.await)?;
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
        require_staff(actor)?;
        let existing = self
            .criteria()
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(AppError::NotFound)?;
        let CheckedCriterion { name, description, weight, scale, low, high } =
            Self::check_criterion(form, Some(&existing))?;
        if scale != existing.scale_max && self.criterion_scored(id).await? {
            return Err(AppError::field("scale_max", "criterion-scored"));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE review_criteria SET name = $2, description = $3, weight = $4, scale_max = $5, \
                         scale_low = $7, scale_high = $8, updated_at = $6, version = version + 1 WHERE id = $1")
                .bind(id).bind(&name).bind(&description).bind(weight).bind(scale).bind(now)
                .bind(low.to_stored()).bind(high.to_stored()).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "review.criterion.update", "criterion", &existing.code,
                Some(json!({"name": existing.name, "weight": existing.weight, "scale": existing.scale_max,
                    "low": existing.scale_low, "high": existing.scale_high})),
                Some(json!({"name": name, "weight": weight, "scale": scale, "low": low, "high": high})),
                &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(())
    }

    async fn criterion_scored(&self, id: i64) -> AppResult<bool> {
        let used: bool = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM review_scores WHERE criterion_id = $1)",
        ).bind(id).fetch_one(pool).await)?;
        Ok(used)
    }

    /// Removes a criterion nobody has scored yet.
    pub async fn remove_criterion(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let existing = self
            .criteria()
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(AppError::NotFound)?;
        if self.criterion_scored(id).await? {
            return Err(AppError::Conflict("criterion-scored"));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM review_criteria WHERE id = $1").bind(id).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "review.criterion.remove", "criterion", &existing.code,
                Some(json!({"name": existing.name, "weight": existing.weight})), None, &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(())
    }

    /// Adds a review phase.
    pub async fn add_phase(
        &self,
        actor: &CurrentUser,
        form: &PhaseForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let mut e = FieldErrors::default();
        let name = e.check("name", single_line(&form.name, 2, 120));
        let starts = parse_local(&mut e, "starts_at", &form.starts_at, true);
        let ends = parse_local(&mut e, "ends_at", &form.ends_at, true);
        if let (Some(s), Some(en)) = (starts, ends)
            && en <= s
        {
            e.push("ends_at", "ends-before-start");
        }
        let (Some(name), Some(starts), Some(ends)) = (name, starts, ends) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let edition = self.current_edition().await?;
        if self
            .review_phases()
            .await?
            .iter()
            .any(|p| p.starts_at < ends && starts < p.ends_at)
        {
            return Err(AppError::field("starts_at", "phase-overlaps"));
        }
        let now = self.clock.now();
        let (review, see, edit) = (
            form.reviewers_may_review.is_some(),
            form.reviewers_see_others.is_some(),
            form.proposers_may_edit.is_some(),
        );
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO review_phases (edition_id, name, starts_at, ends_at, reviewers_may_review, reviewers_see_others, proposers_may_edit, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
            ).bind(edition.id).bind(&name).bind(starts).bind(ends).bind(review).bind(see).bind(edit).bind(now)
            .execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "review.phase.add", "edition", &edition.code, None,
                Some(json!({"name": name, "starts": starts, "ends": ends, "review": review, "see_others": see, "proposers_edit": edit})), &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(())
    }

    /// Removes a review phase.
    pub async fn remove_phase(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let phase = self
            .review_phases()
            .await?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM review_phases WHERE id = $1").bind(id).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "review.phase.remove", "phase", id, Some(json!({"name": phase.name})), None, &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(())
    }

    /// Adds a team. Codes must be Action Lines and formats of the edition;
    /// members must be reviewers or facilitators.
    pub async fn add_team(
        &self,
        actor: &CurrentUser,
        form: &TeamForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let edition = self.current_edition().await?;
        let mut e = FieldErrors::default();
        let name = e.check("name", single_line(&form.name, 2, 120));
        let lines = codes_in(&form.action_lines);
        let known = action_line_codes();
        if lines.iter().any(|l| !known.contains(&l.as_str())) {
            e.push("action_lines", "unknown-code");
        }
        let formats: Vec<String> = codes_in(&form.formats)
            .into_iter()
            .map(|f| f.to_lowercase())
            .collect();
        if formats.iter().any(|f| edition.format(f).is_none()) {
            e.push("formats", "unknown-code");
        }
        let staff_list = self.review_staff(edition.id).await?;
        let mut member_ids = Vec::new();
        for email in form
            .members
            .split([',', '\n', ' ', ';'])
            .map(|m| m.trim().to_lowercase())
            .filter(|m| !m.is_empty())
        {
            match staff_list.iter().find(|s| s.email == email) {
                Some(s) => member_ids.push(s.id),
                None => {
                    e.push("members", "not-a-reviewer");
                    break;
                }
            }
        }
        let Some(name) = name else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO review_teams (edition_id, name, action_lines, formats, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
            ).bind(edition.id).bind(&name).bind(lines.join(",")).bind(formats.join(",")).bind(now).fetch_one(&mut *tx).await?;
            for m in &member_ids {
                sqlx::query("INSERT INTO review_team_members (team_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(id).bind(*m).execute(&mut *tx).await?;
            }
            crate::audit!(&mut *tx, now, Some(actor.id), "review.team.add", "team", id, None,
                Some(json!({"name": name, "lines": lines, "formats": formats, "members": member_ids})), &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(())
    }

    /// Removes a team (its members keep their assignments).
    pub async fn remove_team(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        self.delete_audited(
            actor,
            "review_teams",
            "team",
            "review.team.remove",
            id,
            meta,
        )
        .await
    }

    /// Makes the account with `email` a reviewer, or (with `line`) the
    /// facilitator of an Action Line. Organizers and admins only.
    pub async fn add_reviewer(
        &self,
        actor: &CurrentUser,
        email: &str,
        line: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let line = line.trim().to_uppercase();
        if !line.is_empty() && !action_line_codes().contains(&line.as_str()) {
            return Err(AppError::field("line", "unknown-code"));
        }
        let account = self
            .account_by_email(email.trim())
            .await?
            .ok_or(AppError::field("email", "no-such-account"))?;
        let (role, scope) = if line.is_empty() {
            (Role::Reviewer, String::new())
        } else {
            (Role::Facilitator, line)
        };
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query("INSERT INTO role_grants (user_id, role, scope, granted_by, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
                .bind(account.id.0).bind(role.code()).bind(&scope).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "role.grant", "user", account.id, None,
                Some(json!({"role": role.code(), "scope": scope})), &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(())
    }

    /// True when `actor` may see review pages at all.
    pub fn may_review(actor: &CurrentUser) -> bool {
        staff(actor) || actor.has(Role::Reviewer) || actor.has(Role::Facilitator)
    }

    /// The user ids of reviewers in teams, with their scopes (for assignment).
    pub(crate) async fn team_scopes(&self, edition_id: i64) -> AppResult<Vec<(UserId, Scope)>> {
        let rows: Vec<(i64, String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT m.user_id, t.action_lines, t.formats FROM review_team_members m JOIN review_teams t ON t.id = m.team_id \
             WHERE t.edition_id = $1",
        ).bind(edition_id).fetch_all(pool).await)?;
        Ok(rows
            .into_iter()
            .map(|(u, l, f)| (UserId(u), Scope::parse(&l, &f)))
            .collect())
    }
}
