//! Review setup (organizers): settings, weighted criteria, dated phases,
//! teams scoped by Action Line and format, and who reviews.

use crate::domain::review::{
    DEFAULT_CRITERIA, SCALE_FIELDS, SCALE_TEXT_MAX, Scope, is_default_criterion,
};
use crate::domain::taxonomy::action_line_codes;
use crate::domain::{Locale, LocalizedText};
use crate::domain::{Role, UserId};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
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
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
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
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
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
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
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

mod criteria;
mod phases;

impl Portal {
    /// The current edition's review settings.
    pub async fn review_settings(&self) -> AppResult<ReviewSettings> {
        let edition = self.current_edition().await?;
        let s: ReviewSettings = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT reviewers_per_proposal, blind_review, disagreement_threshold, version \
                 FROM editions WHERE id = $1",
            )
            .bind(edition.id)
            .fetch_one(pool)
            .await
        })?;
        Ok(s)
    }

    /// Everything on the setup page. Organizers and admins only.
    pub async fn review_setup(&self, actor: &CurrentUser) -> AppResult<ReviewSetup> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let teams_raw: Vec<(i64, String, String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, name, action_lines, formats FROM review_teams WHERE edition_id = $1 \
                 ORDER BY name, id",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        let members: Vec<(i64, i64, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT m.team_id, u.id, u.name FROM review_team_members m JOIN users u ON u.id \
                 = m.user_id JOIN review_teams t ON t.id = m.team_id WHERE t.edition_id = $1 \
                 ORDER BY u.name",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
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
        let rows: Vec<(i64, String, String, String, String)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT u.id, u.name, u.email, g.role, g.scope FROM role_grants g JOIN users \
                     u ON u.id = g.user_id WHERE g.role IN ('reviewer', 'facilitator') AND \
                     u.is_active = TRUE ORDER BY u.name, u.id, g.scope",
                )
                .fetch_all(pool)
                .await
            })?;
        let loads: Vec<(i64, i64, i64)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT a.reviewer_id, COUNT(*), COUNT(r.id) FROM review_assignments a JOIN \
                 proposals p ON p.id = a.proposal_id LEFT JOIN reviews r ON r.proposal_id = \
                 a.proposal_id AND r.reviewer_id = a.reviewer_id AND r.state = 'visible' WHERE \
                 p.edition_id = $1 GROUP BY a.reviewer_id",
            )
            .bind(edition_id)
            .fetch_all(pool)
            .await
        })?;
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
        actor.require_staff()?;
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
        let n: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE editions SET reviewers_per_proposal = $3, blind_review = $4, \
                     disagreement_threshold = $5, updated_at = $6, version = version + 1 WHERE \
                     id = $1 AND version = $2",
                )
                .bind(edition.id)
                .bind(form.version)
                .bind(per)
                .bind(blind)
                .bind(threshold)
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
                            action: "review.settings",
                            target_kind: "edition",
                            target: edition.code.to_string(),
                            before: Some(json!({
                                "per": before.reviewers_per_proposal,
                                "blind": before.blind_review,
                                "threshold": before.disagreement_threshold,
                            })),
                            after: Some(json!({
                                "per": per,
                                "blind": blind,
                                "threshold": threshold,
                            })),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }
            .await
        })?;
        if n == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::StaleVersion))
        }
    }

    /// True when `actor` may see review pages at all.
    pub fn may_review(actor: &CurrentUser) -> bool {
        actor.is_staff() || actor.has(Role::Reviewer) || actor.has(Role::Facilitator)
    }
}
