//! Review rules that need no database: recommendations, the default
//! criteria, score aggregates with the disagreement flag, reviewer scopes
//! and conflict-free automatic assignment.

use super::Locale;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A reviewer's overall recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recommendation {
    /// Select it.
    Accept,
    /// Select it if there is room.
    WeakAccept,
    /// Better not.
    WeakReject,
    /// Do not select it.
    Reject,
}

impl Recommendation {
    /// Every recommendation, most positive first.
    pub const ALL: [Recommendation; 4] = [
        Recommendation::Accept,
        Recommendation::WeakAccept,
        Recommendation::WeakReject,
        Recommendation::Reject,
    ];

    /// Stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Recommendation::Accept => "accept",
            Recommendation::WeakAccept => "weak-accept",
            Recommendation::WeakReject => "weak-reject",
            Recommendation::Reject => "reject",
        }
    }

    /// Parses a stored or submitted code.
    pub fn from_code(code: &str) -> Option<Recommendation> {
        Recommendation::ALL.into_iter().find(|r| r.code() == code)
    }

    fn positive(self) -> bool {
        matches!(self, Recommendation::Accept | Recommendation::WeakAccept)
    }
}

/// What organizers decide about a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// In the programme.
    Accept,
    /// On the waiting list.
    Waitlist,
    /// Not selected.
    Reject,
    /// Became part of another session (set by merging, not chosen directly).
    Merge,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 4] = [
        Outcome::Accept,
        Outcome::Waitlist,
        Outcome::Reject,
        Outcome::Merge,
    ];

    /// The outcomes an organizer picks from a list; merging has its own form.
    pub const DECIDABLE: [Outcome; 3] = [Outcome::Accept, Outcome::Waitlist, Outcome::Reject];

    /// Stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Accept => "accept",
            Outcome::Waitlist => "waitlist",
            Outcome::Reject => "reject",
            Outcome::Merge => "merge",
        }
    }

    /// Parses a stored or submitted code.
    pub fn from_code(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code)
    }

    /// The proposal status this outcome gives once released.
    pub fn status(self) -> super::proposal::ProposalStatus {
        use super::proposal::ProposalStatus;
        match self {
            Outcome::Accept => ProposalStatus::Accepted,
            Outcome::Waitlist => ProposalStatus::Waitlisted,
            Outcome::Reject => ProposalStatus::Rejected,
            Outcome::Merge => ProposalStatus::Merged,
        }
    }
}

/// A criterion as seeded in every new edition: code, weight, scale maximum.
/// The names are translated (`criterion-<code>`).
pub const DEFAULT_CRITERIA: [(&str, i64, i64); 6] = [
    ("relevance", 25, 5),
    ("multistakeholder", 20, 5),
    ("balance", 15, 5),
    ("interactivity", 15, 5),
    ("quality", 15, 5),
    ("novelty", 10, 5),
];

/// The form fields of a criterion's scale texts: for each language, what
/// the lowest score means and what the highest means. Field names are
/// static so a failed post can echo them.
pub const SCALE_FIELDS: [(Locale, &str, &str); 6] = [
    (Locale::Ar, "low_ar", "high_ar"),
    (Locale::Zh, "low_zh", "high_zh"),
    (Locale::En, "low_en", "high_en"),
    (Locale::Fr, "low_fr", "high_fr"),
    (Locale::Ru, "low_ru", "high_ru"),
    (Locale::Es, "low_es", "high_es"),
];

/// Longest scale text, in characters: a short phrase beside the scores.
pub const SCALE_TEXT_MAX: u32 = 160;

/// True for the criteria every edition starts with, whose names and scale
/// texts have translated defaults (`criterion-<code>`, `-low`, `-high`).
pub fn is_default_criterion(code: &str) -> bool {
    DEFAULT_CRITERIA.iter().any(|(c, _, _)| *c == code)
}

/// Reviewer confidence, 1 (low) to 3 (expert).
pub const CONFIDENCE_LEVELS: [i64; 3] = [1, 2, 3];

/// One criterion's weight and scale, as aggregates need them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weight {
    /// Criterion id.
    pub criterion: i64,
    /// Relative weight (any positive number).
    pub weight: i64,
    /// Scores run from 1 to this.
    pub scale_max: i64,
}

/// A review's weighted score on a 0–100 scale: each score is placed on
/// 0–100 within its own scale (1 → 0, max → 100), then weighted. Criteria
/// the reviewer left unscored do not count. `None` when nothing is scored.
pub fn weighted_score(weights: &[Weight], scores: &[(i64, i64)]) -> Option<f64> {
    let mut sum = 0.0;
    let mut total = 0.0;
    for (criterion, score) in scores {
        let Some(w) = weights.iter().find(|w| w.criterion == *criterion) else {
            continue;
        };
        if w.weight <= 0 || w.scale_max < 2 {
            continue;
        }
        let s = (*score).clamp(1, w.scale_max);
        let pct = (s - 1) as f64 / (w.scale_max - 1) as f64 * 100.0;
        sum += pct * w.weight as f64;
        total += w.weight as f64;
    }
    (total > 0.0).then(|| sum / total)
}

/// Aggregates of a proposal's counted reviews.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Aggregate {
    /// Number of reviews counted.
    pub count: usize,
    /// Mean of the weighted scores (0–100).
    pub mean: Option<f64>,
    /// Median of the weighted scores.
    pub median: Option<f64>,
    /// Population standard deviation of the weighted scores.
    pub std_dev: Option<f64>,
    /// Reviewers disagree: the spread is above the threshold, or some
    /// recommend accepting while others recommend rejecting.
    pub disagreement: bool,
}

impl Aggregate {
    /// Aggregates reviews given as (weighted score, recommendation).
    /// `threshold` is the standard deviation (on 0–100) above which
    /// reviewers are considered to disagree.
    pub fn of(reviews: &[(Option<f64>, Recommendation)], threshold: f64) -> Aggregate {
        let mut scores: Vec<f64> = reviews.iter().filter_map(|(s, _)| *s).collect();
        scores.sort_by(f64::total_cmp);
        let n = scores.len();
        let mean = (n > 0).then(|| scores.iter().sum::<f64>() / n as f64);
        let median = (n > 0).then(|| {
            if n % 2 == 1 {
                scores[n / 2]
            } else {
                (scores[n / 2 - 1] + scores[n / 2]) / 2.0
            }
        });
        let std_dev =
            mean.map(|m| (scores.iter().map(|s| (s - m).powi(2)).sum::<f64>() / n as f64).sqrt());
        let split =
            reviews.iter().any(|(_, r)| r.positive()) && reviews.iter().any(|(_, r)| !r.positive());
        let strong_split = reviews.iter().any(|(_, r)| *r == Recommendation::Accept)
            && reviews.iter().any(|(_, r)| *r == Recommendation::Reject);
        Aggregate {
            count: reviews.len(),
            mean,
            median,
            std_dev,
            disagreement: n >= 2 && std_dev.is_some_and(|s| s > threshold)
                || strong_split
                || (split && std_dev.is_some_and(|s| s > threshold / 2.0)),
        }
    }
}

/// Where a reviewer may review: Action Lines and formats (empty = any).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Action Line codes; `C7` covers its sub-lines such as `C7-EHEALTH`.
    pub action_lines: Vec<String>,
    /// Format codes.
    pub formats: Vec<String>,
}

impl Scope {
    /// Parses the comma-separated columns of a team.
    pub fn parse(action_lines: &str, formats: &str) -> Scope {
        let split = |s: &str| {
            s.split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect()
        };
        Scope {
            action_lines: split(action_lines),
            formats: split(formats),
        }
    }

    /// True when a proposal of `format` on `lines` falls in this scope.
    pub fn covers(&self, lines: &[String], format: &str) -> bool {
        let line_ok = self.action_lines.is_empty()
            || lines
                .iter()
                .any(|l| self.action_lines.iter().any(|s| line_within(l, s)));
        let format_ok = self.formats.is_empty() || self.formats.iter().any(|f| f == format);
        line_ok && format_ok
    }
}

/// Whether a reader sees other reviewers' reviews of a proposal and every
/// figure computed from them (counts, means, medians, spreads).
///
/// Organizers and admins always do. Anyone else only in a phase that shows
/// reviewers each other's work, and only once they have written their own
/// review of that proposal: otherwise a mean of one other review would be
/// that reviewer's exact score. Every page, export and API answer that shows
/// review results applies this one rule.
pub fn sees_others_reviews(staff: bool, phase_shows_others: bool, wrote_own: bool) -> bool {
    staff || (phase_shows_others && wrote_own)
}

/// True when Action Line `line` is `scope` or one of its sub-lines
/// (`C7-EHEALTH` is within `C7`; `C1` is not within `C10`).
pub fn line_within(line: &str, scope: &str) -> bool {
    line == scope
        || line
            .strip_prefix(scope)
            .is_some_and(|rest| rest.starts_with('-'))
}

/// A proposal waiting for reviewers.
#[derive(Debug, Clone, Default)]
pub struct AssignProposal {
    /// Proposal id.
    pub id: i64,
    /// Its Action Lines.
    pub action_lines: Vec<String>,
    /// Its format.
    pub format: String,
    /// Reviewers already assigned.
    pub assigned: Vec<i64>,
    /// Reviewers who must never see it (declared or derived conflicts).
    pub conflicts: HashSet<i64>,
}

/// A reviewer who can take proposals.
#[derive(Debug, Clone, Default)]
pub struct AssignReviewer {
    /// User id.
    pub id: i64,
    /// Team scopes; empty means the reviewer is in no team and may review
    /// anything.
    pub scopes: Vec<Scope>,
    /// Proposals already assigned to them (in any state).
    pub load: usize,
}

impl AssignReviewer {
    fn covers(&self, p: &AssignProposal) -> bool {
        self.scopes.is_empty()
            || self
                .scopes
                .iter()
                .any(|s| s.covers(&p.action_lines, &p.format))
    }
}

/// The result of automatic assignment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssignPlan {
    /// New (proposal, reviewer) pairs.
    pub pairs: Vec<(i64, i64)>,
    /// Proposals that could not get `per_proposal` reviewers, with how many
    /// they have after the plan.
    pub short: Vec<(i64, usize)>,
}

/// Gives every proposal up to `per_proposal` reviewers. Reviewers are
/// chosen within their team scopes, never with a conflict, never twice for
/// the same proposal, and always the least-loaded eligible one (ties by id),
/// so the load stays balanced. Proposals with the fewest eligible reviewers
/// are served first so scarce reviewers go where they are needed.
/// Deterministic: the same input gives the same plan.
pub fn plan_assignments(
    proposals: &[AssignProposal],
    reviewers: &[AssignReviewer],
    per_proposal: usize,
) -> AssignPlan {
    let mut load: Vec<usize> = reviewers.iter().map(|r| r.load).collect();
    // Eligible reviewer indexes per proposal, computed once.
    let eligible: Vec<Vec<usize>> = proposals
        .iter()
        .map(|p| {
            reviewers
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    !p.conflicts.contains(&r.id) && !p.assigned.contains(&r.id) && r.covers(p)
                })
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    let mut order: Vec<usize> = (0..proposals.len()).collect();
    order.sort_by_key(|&i| (eligible[i].len(), proposals[i].id));
    let mut plan = AssignPlan::default();
    // Round-robin over proposals, one reviewer per round, so an early
    // proposal does not take every light reviewer before later ones get any.
    let mut have: Vec<usize> = proposals.iter().map(|p| p.assigned.len()).collect();
    let mut taken: Vec<Vec<usize>> = vec![Vec::new(); proposals.len()];
    for _round in 0..per_proposal {
        for &pi in &order {
            if have[pi] >= per_proposal {
                continue;
            }
            let best = eligible[pi]
                .iter()
                .copied()
                .filter(|ri| !taken[pi].contains(ri))
                .min_by_key(|&ri| (load[ri], reviewers[ri].id));
            if let Some(ri) = best {
                load[ri] += 1;
                have[pi] += 1;
                taken[pi].push(ri);
                plan.pairs.push((proposals[pi].id, reviewers[ri].id));
            }
        }
    }
    for (pi, p) in proposals.iter().enumerate() {
        if have[pi] < per_proposal {
            plan.short.push((p.id, have[pi]));
        }
    }
    plan.short.sort_unstable();
    plan
}

crate::domain::stored::stored_code!(Recommendation, "recommendation");

#[cfg(test)]
mod tests;
