//! Selection: the organizers' proposal list with review aggregates,
//! decisions (pending until released), release with templated e-mails
//! through the outbox, and the templates themselves.

use super::require_staff;
use crate::domain::Locale;
use crate::domain::country;
use crate::domain::review::{Aggregate, Outcome, Recommendation, Weight, weighted_score};
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use crate::services::sessions::CurrentUser;
use crate::services::{Portal, RequestMeta};
use crate::validation::{FieldErrors, single_line, text_block};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// Placeholders decision e-mails may use.
pub const PLACEHOLDERS: [&str; 5] = ["name", "code", "title", "link", "edition"];

/// How the organizers' list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrganizerSort {
    /// By code.
    #[default]
    Code,
    /// By title.
    Title,
    /// By weighted mean.
    Mean,
    /// By median.
    Median,
    /// By standard deviation.
    Spread,
    /// By number of reviews.
    Reviews,
    /// By decision.
    Decision,
}

impl OrganizerSort {
    /// Every order, as offered in the list.
    pub const ALL: [OrganizerSort; 7] = [
        OrganizerSort::Code,
        OrganizerSort::Title,
        OrganizerSort::Mean,
        OrganizerSort::Median,
        OrganizerSort::Spread,
        OrganizerSort::Reviews,
        OrganizerSort::Decision,
    ];

    /// The query-string value.
    pub fn code(self) -> &'static str {
        match self {
            OrganizerSort::Code => "code",
            OrganizerSort::Title => "title",
            OrganizerSort::Mean => "mean",
            OrganizerSort::Median => "median",
            OrganizerSort::Spread => "spread",
            OrganizerSort::Reviews => "reviews",
            OrganizerSort::Decision => "decision",
        }
    }
}

/// Filters of the organizers' list (all optional; from the query string).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct OrganizerFilter {
    /// Text in the code, title or organization.
    #[serde(default)]
    pub q: String,
    /// Status code.
    #[serde(default)]
    pub status: String,
    /// Format code.
    #[serde(default)]
    pub format: String,
    /// Action Line (sub-lines included).
    #[serde(default)]
    pub line: String,
    /// SDG number.
    #[serde(default)]
    pub sdg: String,
    /// ITU region letter of the lead organization.
    #[serde(default)]
    pub region: String,
    /// Stakeholder type of the lead organization.
    #[serde(default)]
    pub stakeholder: String,
    /// `none`, `pending`, or an outcome code.
    #[serde(default)]
    pub decision: String,
    /// `yes` to show only proposals whose reviewers disagree.
    #[serde(default)]
    pub disagreement: String,
    /// Order.
    #[serde(default)]
    pub sort: OrganizerSort,
    /// `desc` for descending.
    #[serde(default)]
    pub dir: String,
    /// Page, from 1.
    #[serde(default)]
    pub page: Option<usize>,
}

/// One row of the organizers' list.
#[derive(Debug, Clone, Serialize)]
pub struct OrganizerRow {
    /// Code.
    pub code: String,
    /// Title.
    pub title: String,
    /// Lead organization.
    pub organization: String,
    /// Its stakeholder type.
    pub stakeholder_type: String,
    /// Its country.
    pub country: String,
    /// Its ITU region letter.
    pub region: String,
    /// Format.
    pub format_code: String,
    /// Action Lines.
    pub action_lines: Vec<String>,
    /// SDGs.
    pub sdgs: Vec<i64>,
    /// Status code.
    pub status: String,
    /// Review aggregates (empty when `results_hidden`).
    pub aggregate: Aggregate,
    /// The reader may not see this proposal's review results yet
    /// (`sees_others_reviews`), so `aggregate` was emptied: show "hidden",
    /// never a count of 0.
    pub results_hidden: bool,
    /// Reviewers assigned.
    pub assigned: i64,
    /// Latest decision, if any.
    pub decision: Option<String>,
    /// True when that decision has been released.
    pub released: bool,
}

/// A decision e-mail template.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionTemplate {
    /// Outcome code.
    pub outcome: String,
    /// Language tag.
    pub locale: String,
    /// Subject with placeholders.
    pub subject: String,
    /// Body with placeholders.
    pub body: String,
    /// True when organizers changed the built-in text.
    pub custom: bool,
}

/// A rendered template.
#[derive(Debug, Clone, Serialize)]
pub struct TemplatePreview {
    /// Subject.
    pub subject: String,
    /// Body.
    pub body: String,
}

/// Fills `{placeholder}`s.
fn fill(text: &str, values: &[(&str, String)]) -> String {
    let mut out = text.to_owned();
    for (k, v) in values {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// Placeholders used in `text` that are not known.
fn unknown_placeholders(text: &str) -> bool {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            return true;
        };
        if !PLACEHOLDERS.contains(&&after[..end]) {
            return true;
        }
        rest = &after[end + 1..];
    }
    rest.contains('}')
}

/// A submitted proposal as the organizers' list reads it: one row each,
/// its child rows packed into text. On SQLite every row fetched is a
/// hand-over between threads, and fetching the action lines, SDGs,
/// reviews, scores, assignments and decisions a row each cost 140 ms a
/// request at 5,000 proposals (docs/benchmarks.md, growth).
#[derive(sqlx::FromRow)]
struct PackedProposal {
    code: String,
    title: String,
    organization: String,
    stakeholder_type: String,
    country_code: String,
    format_code: String,
    status: String,
    /// Action Line codes in the proposal's order, `,`-separated.
    lines: Option<String>,
    /// SDG numbers in order, `,`-separated.
    sdgs: Option<String>,
    assigned: i64,
    outcome: Option<String>,
    released_outcome: Option<String>,
    /// Counted reviews as `recommendation=criterion:score,…`, `;`-separated.
    reviews: Option<String>,
}

impl PackedProposal {
    /// Each counted review's weighted score and recommendation.
    fn reviews(&self, weights: &[Weight]) -> Vec<(Option<f64>, Recommendation)> {
        self.reviews
            .as_deref()
            .unwrap_or_default()
            .split(';')
            .filter_map(|review| review.split_once('='))
            .map(|(rec, scores)| {
                let scores: Vec<(i64, i64)> = split_packed(Some(scores))
                    .filter_map(|pair| {
                        let (c, s) = pair.split_once(':')?;
                        Some((c.parse().ok()?, s.parse().ok()?))
                    })
                    .collect();
                (
                    weighted_score(weights, &scores),
                    Recommendation::from_code(rec).unwrap_or(Recommendation::WeakReject),
                )
            })
            .collect()
    }
}

/// The items of a `,`-separated packed column (none when it is empty).
fn split_packed(packed: Option<&str>) -> impl Iterator<Item = &str> {
    packed
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
}

impl Portal {
    /// Organizer rows for every proposal of the current edition that was
    /// submitted (drafts are nobody's business yet).
    pub(crate) async fn organizer_rows(&self) -> AppResult<Vec<OrganizerRow>> {
        let edition = self.current_edition().await?;
        let settings = self.review_settings().await?;
        let weights = self.weights().await?;
        let ed = edition.id;
        let rows: Vec<PackedProposal> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT p.code, p.title, o.name AS organization, o.stakeholder_type, o.country_code, p.format_code, p.status, \
                    (SELECT string_agg(l.code, ',' ORDER BY l.position) FROM proposal_action_lines l WHERE l.proposal_id = p.id) AS lines, \
                    (SELECT string_agg(CAST(s.sdg AS TEXT), ',' ORDER BY s.position) FROM proposal_sdgs s WHERE s.proposal_id = p.id) AS sdgs, \
                    (SELECT COUNT(*) FROM review_assignments a WHERE a.proposal_id = p.id) AS assigned, \
                    d.outcome, d.released_outcome, \
                    (SELECT string_agg(r.recommendation || '=' || COALESCE( \
                         (SELECT string_agg(CAST(s.criterion_id AS TEXT) || ':' || CAST(s.score AS TEXT), ',') \
                          FROM review_scores s WHERE s.review_id = r.id), ''), ';') \
                     FROM reviews r WHERE r.proposal_id = p.id AND r.state = 'visible' \
                       AND NOT EXISTS (SELECT 1 FROM review_conflicts c WHERE c.proposal_id = r.proposal_id AND c.user_id = r.reviewer_id)) AS reviews \
             FROM proposals p JOIN organizations o ON o.id = p.organization_id \
             LEFT JOIN decisions d ON d.proposal_id = p.id \
             WHERE p.edition_id = $1 AND p.status <> 'draft' ORDER BY p.seq",
        ).bind(ed).fetch_all(pool).await)?;
        let threshold = settings.disagreement_threshold as f64;
        Ok(rows
            .into_iter()
            .map(|p| {
                let reviews = p.reviews(&weights);
                OrganizerRow {
                    region: country(&p.country_code)
                        .map(|c| c.region.code().to_string())
                        .unwrap_or_default(),
                    action_lines: split_packed(p.lines.as_deref())
                        .map(str::to_owned)
                        .collect(),
                    sdgs: split_packed(p.sdgs.as_deref())
                        .filter_map(|n| n.parse().ok())
                        .collect(),
                    aggregate: Aggregate::of(&reviews, threshold),
                    results_hidden: false,
                    released: p.outcome.is_some() && p.released_outcome == p.outcome,
                    code: p.code,
                    title: p.title,
                    organization: p.organization,
                    stakeholder_type: p.stakeholder_type,
                    country: p.country_code,
                    format_code: p.format_code,
                    status: p.status,
                    assigned: p.assigned,
                    decision: p.outcome,
                }
            })
            .collect())
    }

    /// The organizers' list, filtered, sorted and paged (50 a page).
    /// Returns the page's rows and the number of matching proposals.
    pub async fn organizer_proposals(
        &self,
        actor: &CurrentUser,
        f: &OrganizerFilter,
    ) -> AppResult<(Vec<OrganizerRow>, usize)> {
        require_staff(actor)?;
        let q = f.q.trim().to_lowercase();
        let mut rows: Vec<OrganizerRow> = self
            .organizer_rows()
            .await?
            .into_iter()
            .filter(|r| {
                (q.is_empty()
                    || r.code.to_lowercase().contains(&q)
                    || r.title.to_lowercase().contains(&q)
                    || r.organization.to_lowercase().contains(&q))
                    && (f.status.is_empty() || r.status == f.status)
                    && (f.format.is_empty() || r.format_code == f.format)
                    && (f.line.is_empty()
                        || r.action_lines
                            .iter()
                            .any(|l| crate::domain::review::line_within(l, &f.line)))
                    && (f.sdg.is_empty() || r.sdgs.iter().any(|s| s.to_string() == f.sdg))
                    && (f.region.is_empty() || r.region == f.region)
                    && (f.stakeholder.is_empty() || r.stakeholder_type == f.stakeholder)
                    && match f.decision.as_str() {
                        "" => true,
                        "none" => r.decision.is_none(),
                        "pending" => r.decision.is_some() && !r.released,
                        o => r.decision.as_deref() == Some(o),
                    }
                    && (f.disagreement != "yes" || r.aggregate.disagreement)
            })
            .collect();
        let key = |v: Option<f64>| v.unwrap_or(-1.0);
        match f.sort {
            OrganizerSort::Code => {}
            OrganizerSort::Title => rows.sort_by_key(|r| r.title.to_lowercase()),
            OrganizerSort::Mean => {
                rows.sort_by(|a, b| key(a.aggregate.mean).total_cmp(&key(b.aggregate.mean)))
            }
            OrganizerSort::Median => {
                rows.sort_by(|a, b| key(a.aggregate.median).total_cmp(&key(b.aggregate.median)))
            }
            OrganizerSort::Spread => {
                rows.sort_by(|a, b| key(a.aggregate.std_dev).total_cmp(&key(b.aggregate.std_dev)))
            }
            OrganizerSort::Reviews => rows.sort_by_key(|r| r.aggregate.count),
            OrganizerSort::Decision => rows.sort_by(|a, b| a.decision.cmp(&b.decision)),
        }
        if f.dir == "desc" {
            rows.reverse();
        }
        let total = rows.len();
        let page = f.page.unwrap_or(1).max(1);
        let rows = rows
            .into_iter()
            .skip((page - 1).saturating_mul(50))
            .take(50)
            .collect();
        Ok((rows, total))
    }

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
        require_staff(actor)?;
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
                    p.status.as_str(),
                    "submitted" | "under-review" | "accepted" | "waitlisted" | "rejected"
                )
            {
                return Err(AppError::Conflict("not-decidable"));
            }
            targets.push(p);
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            for p in &targets {
                let before: Option<String> = sqlx::query_scalar("SELECT outcome FROM decisions WHERE proposal_id = $1")
                    .bind(p.id).fetch_optional(&mut *tx).await?;
                // Deciding otherwise on a proposal about to be merged undoes the merge.
                sqlx::query("DELETE FROM proposal_merges WHERE source_id = $1 AND applied_at IS NULL")
                    .bind(p.id).execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO decisions (proposal_id, outcome, note, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (proposal_id) DO UPDATE SET outcome = $2, note = $3, decided_by = $4, decided_at = $5, version = decisions.version + 1",
                ).bind(p.id).bind(outcome.code()).bind(&note).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
                crate::audit!(&mut *tx, now, Some(actor.id), "decision.set", "proposal", &p.code,
                    before.map(|b| json!({"outcome": b})), Some(json!({"outcome": outcome.code(), "note": note})), &meta.client_addr)?;
            }
            tx.commit().await
        }.await)?;
        Ok(targets.len())
    }

    /// Decisions not yet released, by outcome.
    pub async fn pending_decisions(&self, actor: &CurrentUser) -> AppResult<Vec<(String, i64)>> {
        require_staff(actor)?;
        let edition = self.current_edition().await?;
        let rows: Vec<(String, i64)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT d.outcome, COUNT(*) FROM decisions d JOIN proposals p ON p.id = d.proposal_id \
             WHERE p.edition_id = $1 AND (d.released_outcome IS NULL OR d.released_outcome <> d.outcome) \
               AND p.status NOT IN ('withdrawn', 'merged') GROUP BY d.outcome ORDER BY d.outcome",
        ).bind(edition.id).fetch_all(pool).await)?;
        Ok(rows)
    }

    /// The template for `outcome` in `locale`: the organizers' version or the
    /// built-in text.
    pub async fn decision_template(
        &self,
        outcome: Outcome,
        locale: Locale,
    ) -> AppResult<DecisionTemplate> {
        let edition = self.current_edition().await?;
        let row: Option<(String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT subject, body FROM decision_templates WHERE edition_id = $1 AND outcome = $2 AND locale = $3",
        ).bind(edition.id).bind(outcome.code()).bind(locale.tag()).fetch_optional(pool).await)?;
        Ok(match row {
            Some((subject, body)) => DecisionTemplate {
                outcome: outcome.code().into(),
                locale: locale.tag().into(),
                subject,
                body,
                custom: true,
            },
            None => {
                let args: Vec<(&'static str, String)> = PLACEHOLDERS
                    .iter()
                    .map(|p| (*p, format!("{{{p}}}")))
                    .collect();
                let c = compose(locale, &format!("decision-{}", outcome.code()), &args);
                DecisionTemplate {
                    outcome: outcome.code().into(),
                    locale: locale.tag().into(),
                    subject: c.subject,
                    body: c.body,
                    custom: false,
                }
            }
        })
    }

    /// Every outcome's template in `locale` (organizers).
    pub async fn decision_templates(
        &self,
        actor: &CurrentUser,
        locale: Locale,
    ) -> AppResult<Vec<DecisionTemplate>> {
        require_staff(actor)?;
        let mut out = Vec::new();
        for o in Outcome::ALL {
            out.push(self.decision_template(o, locale).await?);
        }
        Ok(out)
    }

    fn check_template(subject: &str, body: &str) -> AppResult<(String, String)> {
        let mut e = FieldErrors::default();
        let subject = e.check("subject", single_line(subject, 3, 200));
        let body = e.check("body", text_block(body, 10_000, true));
        if let Some(s) = &subject
            && unknown_placeholders(s)
        {
            e.push("subject", "unknown-placeholder");
        }
        if let Some(b) = &body
            && unknown_placeholders(b)
        {
            e.push("body", "unknown-placeholder");
        }
        match (subject, body) {
            (Some(s), Some(b)) if e.is_empty() => Ok((s, b)),
            _ => Err(AppError::Validation(e)),
        }
    }

    /// Shows a template filled with the first proposal of the edition (or
    /// sample values), without saving it.
    pub async fn preview_template(
        &self,
        actor: &CurrentUser,
        subject: &str,
        body: &str,
    ) -> AppResult<TemplatePreview> {
        require_staff(actor)?;
        let (subject, body) = Self::check_template(subject, body)?;
        let edition = self.current_edition().await?;
        let sample: Option<(String, String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT p.code, p.title, u.name FROM proposals p JOIN users u ON u.id = p.created_by \
             WHERE p.edition_id = $1 AND p.status <> 'draft' ORDER BY p.seq LIMIT 1",
        ).bind(edition.id).fetch_optional(pool).await)?;
        let (code, title, name) = sample.unwrap_or_else(|| {
            (
                format!("{}-0001", edition.code),
                "Community networks for the last billion".into(),
                "Amina Diallo".into(),
            )
        });
        let values = [
            ("name", name),
            ("link", self.link(&format!("/proposals/{code}"))),
            ("code", code),
            ("title", title),
            ("edition", edition.title.clone()),
        ];
        Ok(TemplatePreview {
            subject: fill(&subject, &values),
            body: fill(&body, &values),
        })
    }

    /// Saves the organizers' wording of a decision e-mail.
    pub async fn save_decision_template(
        &self,
        actor: &CurrentUser,
        outcome: &str,
        locale: Locale,
        subject: &str,
        body: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let outcome = Outcome::from_code(outcome).ok_or(AppError::NotFound)?;
        let (subject, body) = Self::check_template(subject, body)?;
        let edition = self.current_edition().await?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO decision_templates (edition_id, outcome, locale, subject, body, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (edition_id, outcome, locale) DO UPDATE SET subject = $4, body = $5, updated_by = $6, updated_at = $7",
            ).bind(edition.id).bind(outcome.code()).bind(locale.tag()).bind(&subject).bind(&body).bind(actor.id.0).bind(now)
            .execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "decision.template", "edition", &edition.code, None,
                Some(json!({"outcome": outcome.code(), "locale": locale.tag(), "subject": subject})), &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(())
    }

    /// Releases every pending decision: the proposal takes the decided
    /// status and its author and co-organizers get the decision e-mail, in
    /// their language, through the outbox. Safe to run on two instances at
    /// once: each decision is claimed by its version. Returns how many were
    /// released.
    pub async fn release_decisions(
        &self,
        actor: &CurrentUser,
        meta: &RequestMeta,
    ) -> AppResult<usize> {
        require_staff(actor)?;
        let edition = self.current_edition().await?;
        let pending: Vec<(i64, String, String, String, i64)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT p.id, p.code, p.title, d.outcome, d.version FROM decisions d JOIN proposals p ON p.id = d.proposal_id \
             WHERE p.edition_id = $1 AND (d.released_outcome IS NULL OR d.released_outcome <> d.outcome) \
               AND p.status NOT IN ('withdrawn', 'merged') \
             ORDER BY CASE WHEN d.outcome = 'merge' THEN 0 ELSE 1 END, p.seq",
        ).bind(edition.id).fetch_all(pool).await)?;
        // Merges go first, so the merged organizations are co-organizers of
        // the session by the time its acceptance is sent.
        let now = self.clock.now();
        let mut released = 0;
        for (id, code, title, outcome_code, version) in pending {
            let Some(outcome) = Outcome::from_code(&outcome_code) else {
                continue;
            };
            let recipients: Vec<(String, String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
                "SELECT u.email, u.name, u.locale FROM proposals p JOIN users u ON u.id = p.created_by WHERE p.id = $1 AND u.is_active = TRUE \
                 UNION SELECT u.email, u.name, u.locale FROM proposal_coorganizers c JOIN users u ON u.id = c.user_id \
                 WHERE c.proposal_id = $1 AND c.status = 'accepted' AND u.is_active = TRUE",
            ).bind(id).fetch_all(pool).await)?;
            let mut mails = Vec::new();
            for (email, name, locale) in recipients {
                let locale = Locale::from_tag(&locale).unwrap_or_default();
                let t = self.decision_template(outcome, locale).await?;
                let values = [
                    ("name", name.clone()),
                    ("code", code.clone()),
                    ("title", title.clone()),
                    ("link", self.link(&format!("/proposals/{code}"))),
                    ("edition", edition.title.clone()),
                ];
                mails.push((
                    email,
                    name,
                    locale,
                    fill(&t.subject, &values),
                    fill(&t.body, &values),
                ));
            }
            let status = outcome.status().code();
            // Hashes for co-organizer rows a merge adds (the column is unique).
            let tokens: Vec<String> = if outcome == Outcome::Merge {
                (0..32)
                    .map(|_| crate::auth::SecretToken::generate().hash)
                    .collect()
            } else {
                Vec::new()
            };
            let done: bool = crate::dispatch!(&self.db, pool => async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE decisions SET released_outcome = outcome, released_at = $3, version = version + 1 WHERE proposal_id = $1 AND version = $2",
                ).bind(id).bind(version).bind(now).execute(&mut *tx).await?.rows_affected();
                if n == 0 {
                    return Ok::<bool, sqlx::Error>(false);
                }
                // A proposal withdrawn meanwhile keeps its status: nothing is sent.
                let changed = sqlx::query(
                    "UPDATE proposals SET status = $2, updated_at = $3, version = version + 1 WHERE id = $1 AND status NOT IN ('withdrawn', 'merged')",
                ).bind(id).bind(status).bind(now).execute(&mut *tx).await?.rows_affected();
                if changed == 0 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                sqlx::query("INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(status).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
                if outcome == Outcome::Merge {
                    let target: Option<i64> = sqlx::query_scalar("SELECT target_id FROM proposal_merges WHERE source_id = $1 AND applied_at IS NULL")
                        .bind(id).fetch_optional(&mut *tx).await?;
                    if let Some(target) = target {
                        let mut tokens = tokens.iter().cloned();
                        super::merge::apply_merge!(tx, id, target, actor.id.0, now, tokens);
                    }
                }
                for (email, name, locale, subject, body) in &mails {
                    crate::enqueue_email!(&mut *tx, now, email, name, locale.tag(), &format!("decision-{}", outcome.code()), subject, body)?;
                }
                crate::audit!(&mut *tx, now, Some(actor.id), "decision.release", "proposal", &code, None,
                    Some(json!({"outcome": outcome.code(), "emails": mails.len()})), &meta.client_addr)?;
                tx.commit().await?;
                Ok(true)
            }.await)?;
            if done {
                released += 1;
            }
        }
        Ok(released)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_unknown_ones_found() {
        assert_eq!(
            fill(
                "Dear {name}, {code}",
                &[("name", "Ana".into()), ("code", "WF27-0001".into())]
            ),
            "Dear Ana, WF27-0001"
        );
        assert!(!unknown_placeholders("Dear {name}, see {link}"));
        assert!(unknown_placeholders("Dear {nmae}"));
        assert!(unknown_placeholders("Dear {name"));
        assert!(unknown_placeholders("Dear name}"));
    }
}
