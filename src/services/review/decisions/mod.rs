//! Selection: the organizers' proposal list with review aggregates,
//! decisions (pending until released), release with templated e-mails
//! through the outbox, and the templates themselves.

use crate::domain::Locale;
use crate::domain::country;
use crate::domain::review::{Aggregate, Outcome, Recommendation, Weight, weighted_score};
use crate::error::ConflictCode;
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
    fn reviews(&self, weights: &[Weight]) -> AppResult<Vec<(Option<f64>, Recommendation)>> {
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
                let rec = Recommendation::stored(rec).map_err(AppError::internal)?;
                Ok((weighted_score(weights, &scores), rec))
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

mod decide;
mod release;
mod templates;

impl Portal {
    /// Organizer rows for every proposal of the current edition that was
    /// submitted (drafts are nobody's business yet).
    pub(crate) async fn organizer_rows(&self) -> AppResult<Vec<OrganizerRow>> {
        let edition = self.current_edition().await?;
        let settings = self.review_settings().await?;
        let weights = self.weights().await?;
        let ed = edition.id;
        let rows: Vec<PackedProposal> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT p.code, p.title, o.name AS organization, o.stakeholder_type, \
                 o.country_code, p.format_code, p.status, (SELECT string_agg(l.code, ',' ORDER \
                 BY l.position) FROM proposal_action_lines l WHERE l.proposal_id = p.id) AS \
                 lines, (SELECT string_agg(CAST(s.sdg AS TEXT), ',' ORDER BY s.position) FROM \
                 proposal_sdgs s WHERE s.proposal_id = p.id) AS sdgs, (SELECT COUNT(*) FROM \
                 review_assignments a WHERE a.proposal_id = p.id) AS assigned, d.outcome, \
                 d.released_outcome, (SELECT string_agg(r.recommendation || '=' || COALESCE( \
                 (SELECT string_agg(CAST(s.criterion_id AS TEXT) || ':' || CAST(s.score AS \
                 TEXT), ',') FROM review_scores s WHERE s.review_id = r.id), ''), ';') FROM \
                 reviews r WHERE r.proposal_id = p.id AND r.state = 'visible' AND NOT EXISTS \
                 (SELECT 1 FROM review_conflicts c WHERE c.proposal_id = r.proposal_id AND \
                 c.user_id = r.reviewer_id)) AS reviews FROM proposals p JOIN organizations o ON \
                 o.id = p.organization_id LEFT JOIN decisions d ON d.proposal_id = p.id WHERE \
                 p.edition_id = $1 AND p.status <> 'draft' ORDER BY p.seq",
            )
            .bind(ed)
            .fetch_all(pool)
            .await
        })?;
        let threshold = settings.disagreement_threshold as f64;
        rows.into_iter()
            .map(|p| {
                let reviews = p.reviews(&weights)?;
                Ok(OrganizerRow {
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
                })
            })
            .collect()
    }

    /// The organizers' list, filtered, sorted and paged (50 a page).
    /// Returns the page's rows and the number of matching proposals.
    pub async fn organizer_proposals(
        &self,
        actor: &CurrentUser,
        f: &OrganizerFilter,
    ) -> AppResult<(Vec<OrganizerRow>, usize)> {
        actor.require_staff()?;
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
